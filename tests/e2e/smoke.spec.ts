import { expect, test } from "@playwright/test";
import { collectPageErrors, expectAllPanelsReady, PANELS } from "./support/panels";

test("the dashboard opens with its four panels ready", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/");
  await expect(page.locator("section[data-panel]")).toHaveCount(PANELS.length);
  await expectAllPanelsReady(page);
  expect(errors, "uncaught errors in the page").toEqual([]);
});
