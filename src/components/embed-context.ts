import { createContext, useContext } from "react";

/**
 * True inside a panel's chart-only view (/embed/<panel>): the panel draws its embed frame
 * (tabs, sources, a link back) instead of its dashboard frame, and links that point into the
 * dashboard page (the Sources list) are left out.
 */
export const EmbedContext = createContext(false);

export function useEmbedded(): boolean {
  return useContext(EmbedContext);
}
