/** Azerbaijani (Latin) messages: the colour theme menu in the header. ICU message syntax. */
import type { themeMessages as english } from "./en-theme";

export const themeMessages = {
  "theme.button": "Rəng rejimi: {choice, select, light {Açıq} dark {Tünd} other {Sistem}}",
  "theme.system": "Sistem",
  "theme.light": "Açıq",
  "theme.dark": "Tünd",
} as const satisfies Record<keyof typeof english, string>;
