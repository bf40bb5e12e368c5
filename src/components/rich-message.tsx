import { Fragment, isValidElement, type ReactNode } from "react";
import { t, type MessageKey } from "../lib/messages";

const OPEN = "\u0001";
const CLOSE = "\u0002";

/**
 * A message whose arguments may be elements (a figure's provenance button inside a sentence),
 * so translators keep whole sentences and their word order. Text and numbers are formatted by
 * `t` as usual; each element stands where its `{name}` stands.
 */
export function RichMessage({ id, values }: { id: MessageKey; values: Readonly<Record<string, ReactNode>> }) {
  const nodes: ReactNode[] = [];
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "string" || typeof value === "number") params[name] = value;
    else {
      params[name] = `${OPEN}${nodes.length}${CLOSE}`;
      nodes.push(value);
    }
  }
  const parts = t(id, params).split(new RegExp(`${OPEN}(\\d+)${CLOSE}`));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          part
        ) : (
          <Fragment key={i}>{isValidElement(nodes[Number(part)]) ? nodes[Number(part)] : null}</Fragment>
        ),
      )}
    </>
  );
}
