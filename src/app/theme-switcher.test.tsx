import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { THEME_STORAGE_KEY } from "../lib/theme";
import { ThemeSwitcher } from "./theme-switcher";

const button = () => screen.getByRole("button", { name: /^Theme:/ });

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
});

describe("ThemeSwitcher", () => {
  it("offers System, Light and Dark as radio items; a choice pins the theme on <html> and in storage only", async () => {
    const user = userEvent.setup();
    render(<ThemeSwitcher />);
    expect(button()).toHaveAccessibleName("Theme: System");
    button().focus();
    await user.keyboard("{ArrowDown}");
    const system = await screen.findByRole("menuitemradio", { name: "System" });
    await waitFor(() => expect(system).toHaveFocus());
    expect(system).toHaveAttribute("aria-checked", "true");
    expect(screen.getByRole("menuitemradio", { name: "Dark" })).toHaveAttribute("aria-checked", "false");
    await user.keyboard("{End}{Enter}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(button()).toHaveFocus();
    expect(button()).toHaveAccessibleName("Theme: Dark");
    expect(document.documentElement).toHaveAttribute("data-theme", "dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    expect(window.location.search).toBe("");

    await user.click(button());
    await user.click(await screen.findByRole("menuitemradio", { name: "System" }));
    expect(document.documentElement).not.toHaveAttribute("data-theme");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(button()).toHaveAccessibleName("Theme: System");
  });
});
