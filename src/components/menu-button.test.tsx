import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { MenuButton, type MenuItem } from "./menu-button";

function Harness() {
  const [picked, setPicked] = useState<string[]>([]);
  const [checked, setChecked] = useState(false);
  const items: MenuItem[] = [
    { key: "csv", label: "CSV", name: "Download as CSV", onSelect: () => setPicked((p) => [...p, "csv"]) },
    { key: "png", label: "PNG", disabled: true, describedBy: "why", onSelect: () => setPicked((p) => [...p, "png"]) },
    { key: "svg", label: "SVG", onSelect: () => setPicked((p) => [...p, "svg"]) },
    { key: "energy", label: "Energy", checked, onSelect: () => setChecked((c) => !c) },
  ];
  return (
    <div>
      <MenuButton label="Download" buttonContent="Download" items={items} footer={<p id="why">No chart</p>} />
      <p>picked: {picked.join(",")}</p>
      <button type="button">elsewhere</button>
    </div>
  );
}

const trigger = () => screen.getByRole("button", { name: "Download" });

describe("MenuButton", () => {
  it("opens from the keyboard on the first item and moves with arrows, Home and End", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    trigger().focus();
    await user.keyboard("{ArrowDown}");
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(await screen.findByRole("menu")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Download as CSV" })).toHaveFocus());
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "PNG" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitemcheckbox", { name: "Energy" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("menuitem", { name: "Download as CSV" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("menuitemcheckbox", { name: "Energy" })).toHaveFocus();
  });

  it("jumps by type-ahead and activates with Enter, closing and returning focus", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    trigger().focus();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Download as CSV" })).toHaveFocus());
    await user.keyboard("s");
    expect(screen.getByRole("menuitem", { name: "SVG" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByText("picked: svg")).toBeInTheDocument();
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
  });

  it("keeps a disabled item focusable, explained, and inert", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(trigger());
    const png = screen.getByRole("menuitem", { name: "PNG" });
    expect(png).toHaveAttribute("aria-disabled", "true");
    expect(png).toHaveAccessibleDescription("No chart");
    await user.click(png);
    expect(screen.getByText("picked:")).toBeInTheDocument();
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });

  it("toggles a checkbox item without closing", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(trigger());
    const energy = screen.getByRole("menuitemcheckbox", { name: "Energy" });
    expect(energy).toHaveAttribute("aria-checked", "false");
    await user.click(energy);
    expect(screen.getByRole("menuitemcheckbox", { name: "Energy" })).toHaveAttribute("aria-checked", "true");
    expect(await screen.findByRole("menu")).toBeInTheDocument();
  });

  it("closes on Escape with focus back on the button, and on a click outside", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    trigger().focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("menuitem", { name: "Download as CSV" })).toHaveFocus());
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute("aria-expanded", "false");

    await user.click(trigger());
    expect(await screen.findByRole("menu")).toBeInTheDocument();
    await user.click(screen.getByText(/picked/));
    await waitFor(() => expect(screen.queryByRole("menu")).not.toBeInTheDocument());
  });
});
