import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { failOnPageProblems, search } from "./support/page-problems";
import { expectAllPanels } from "./support/panels";

failOnPageProblems();

test.describe.configure({ timeout: 120_000 });

const lead = (page: Page) => page.getByRole("region", { name: /^In brief, / });
const panel = (page: Page, name: string) => page.getByRole("region", { name });

test("compares two years: the change and its formula in the lead and the panels", async ({ page }) => {
  await page.goto("/?year=2024&vs=2022");
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("combobox", { name: "Compare with" })).toHaveValue("2022");
  await expect(lead(page)).toContainText(
    "In 2024, goods trade between Azerbaijan and the U.S. came to $1,752.96M⚠ 3 versions, up +$1,182.86M (+207.5%) on 2022 ($570.1M⚠ 2 versions).",
  );
  const trade = panel(page, "Trade turnover");
  await expect(trade.getByRole("heading", { name: "2024 compared with 2022" })).toBeVisible();
  await expect(trade).toContainText(
    "Imports from U.S.: $1,617.93M⚠ 4 versions in 2024 against $479.8M in 2022, up +$1,138.13M (+237.2%).",
  );
  await expect(trade).toContainText("the primary version of each year is compared");

  // The change opens its formula and both records with their sources.
  await trade
    .getByRole("button", { name: /^Turnover: change, 2022 to 2024: \+\$1,182\.86M \(\+207\.5%\), derived/ })
    .click();
  const dialog = page.getByRole("dialog", { name: "Turnover: change, 2022 to 2024: +$1,182.86M (+207.5%)" });
  await expect(dialog).toContainText("($1,752.96M − $570.1M) ÷ $570.1M = +207.5%; $1,752.96M − $570.1M = +$1,182.86M");
  await expect(dialog).toContainText("Turnover, 2024: $1,752.96M");
  await expect(dialog).toContainText("Turnover, 2022: $570.1M");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // Where the sources give nothing for a year, the panel says so in words.
  await expect(panel(page, "Foreign direct investment")).toContainText(
    "Direct investment U.S. → Azerbaijan: not compared: the sources give no figure for 2022.",
  );
  await expect(panel(page, "Companies present")).toContainText(
    "U.S. companies counted as operating: not compared: the sources give no figure for 2024.",
  );
  const axe = await new AxeBuilder({ page }).include("main").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});

test("part of a year is compared only with the same months, never with a full year", async ({ page }) => {
  await page.goto("/?year=2025&vs=2024");
  await expectAllPanels(page, { year: "2025" });
  await expect.poll(() => search(page)).toBe("?vs=2024");
  const fdi = panel(page, "Foreign direct investment");
  await expect(fdi).toContainText(
    "Direct investment U.S. → Azerbaijan, Jan–Sep 2025: $133.24M⚠ 2 versions against $102.1M in the same months of 2024, up +$31.14M (+30.5%).",
  );
  await page.getByRole("combobox", { name: "Compare with" }).selectOption("2023");
  await expect(fdi).toContainText(
    "Direct investment Azerbaijan → U.S.: not compared: 2025 has figures only for Jan–Sep 2025, and the sources give none for the same months of 2023",
  );
});

test("the Compare-with control writes vs, Back and Forward walk it, a range link is rewritten", async ({ page }) => {
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  const compare = page.getByRole("combobox", { name: "Compare with" });
  await expect(compare).toHaveValue("");
  await compare.selectOption("2023");
  await expect.poll(() => search(page)).toBe("?year=2024&vs=2023");
  await expect(lead(page)).toContainText("up +$848.86M (+93.9%) on 2023");
  await compare.selectOption("");
  await expect.poll(() => search(page)).toBe("?year=2024");
  await expect(lead(page)).not.toContainText("on 2023 (");
  await page.goBack();
  await expect.poll(() => search(page)).toBe("?year=2024&vs=2023");
  await expect(compare).toHaveValue("2023");
  await expect(lead(page)).toContainText("up +$848.86M (+93.9%) on 2023");
  await page.goBack();
  await expect.poll(() => search(page)).toBe("?year=2024");
  await expect(panel(page, "Trade turnover").getByRole("heading", { name: /compared with/ })).toHaveCount(0);
  await page.goForward();
  await expect(compare).toHaveValue("2023");

  await page.goto("/?years=2022..2024");
  await expect.poll(() => search(page)).toBe("?year=2024&vs=2022");
  await expect(compare).toHaveValue("2022");
});

test("a bad comparison year is ignored with a notice; the year still applies", async ({ page }) => {
  await page.goto("/?year=2024&vs=2024");
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("status").filter({ hasText: "Some parts of the link were ignored" })).toContainText(
    "comparison year 2024 is the year shown; no comparison shown",
  );
  await expect.poll(() => search(page)).toBe("?year=2024");
});

test("the Russian page shows the change in Russian", async ({ page }) => {
  await page.goto("/ru/?year=2024&vs=2023");
  await expect(page.getByRole("combobox", { name: "Сравнить с" })).toHaveValue("2023");
  await expect(page.getByRole("region", { name: "Кратко, 2024" })).toContainText(
    "рост на +848,86 млн $ (+93,9 %) к 2023 г.",
  );
  await expect(page.getByRole("region", { name: "Прямые иностранные инвестиции" })).toContainText(
    "Прямые инвестиции, США → Азербайджан: 149,8 млн $ в 2024 г. против 171,9 млн $ в 2023 г., снижение на −22,1 млн $ (−12,9 %).",
  );
});
