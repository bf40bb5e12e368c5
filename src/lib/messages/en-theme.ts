/** English messages: the colour theme menu in the header. ICU message syntax. */
export const themeMessages = {
  "theme.button": "Theme: {choice, select, light {Light} dark {Dark} other {System}}",
  "theme.system": "System",
  "theme.light": "Light",
  "theme.dark": "Dark",
} as const;
