import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ShowMore, useListLimit } from "./show-more";

function Names({ total }: { total: number }) {
  const list = useListLimit(5);
  const names = Array.from({ length: total }, (_, i) => `Company ${i + 1}`);
  const shown = names.slice(0, list.limit);
  return (
    <>
      <ul>
        {shown.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <ShowMore
        shown={shown.length}
        total={total}
        allLabel={`Show all ${total} companies`}
        fewerLabel="Show fewer"
        list={list}
      />
    </>
  );
}

describe("a list that grows with the data", () => {
  it("shows 50 more at a time, then the rest, then fewer, and the one button keeps the focus", async () => {
    render(<Names total={230} />);
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
    const button = screen.getByRole("button", { name: "Show 50 more (5 of 230 shown)" });
    await userEvent.click(button);
    expect(screen.getAllByRole("listitem")).toHaveLength(55);
    expect(button).toHaveAccessibleName("Show 50 more (55 of 230 shown)");
    expect(screen.getByRole("button", { name: "Show fewer" })).toBeInTheDocument();
    for (const shown of [105, 155, 205]) {
      await userEvent.click(button);
      expect(screen.getAllByRole("listitem")).toHaveLength(shown);
    }
    // 25 left: one step shows the rest, in the list's own words.
    expect(button).toHaveAccessibleName("Show all 230 companies");
    expect(button).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(button);
    expect(screen.getAllByRole("listitem")).toHaveLength(230);
    expect(button).toHaveAccessibleName("Show fewer");
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(button).toHaveFocus();
    expect(screen.getAllByRole("button")).toHaveLength(1);
    await userEvent.click(button);
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
    expect(button).toHaveFocus();
  });

  it("offers nothing when the list is short, and 'all' when the rest fits in one step", async () => {
    const { unmount } = render(<Names total={5} />);
    expect(screen.queryByRole("button")).toBeNull();
    unmount();
    render(<Names total={21} />);
    await userEvent.click(screen.getByRole("button", { name: "Show all 21 companies" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(21);
  });
});
