/** Russian messages: the colour theme menu in the header. ICU message syntax. */
import type { themeMessages as english } from "./en-theme";

export const themeMessages = {
  "theme.button": "Тема: {choice, select, light {светлая} dark {тёмная} other {системная}}",
  "theme.system": "Системная",
  "theme.light": "Светлая",
  "theme.dark": "Тёмная",
} as const satisfies Record<keyof typeof english, string>;
