/**
 * Every language's catalog at once, registered: for the server render only (the build's
 * prerender and the reference server), which writes pages in every language. The browser
 * never imports this file: it fetches only its page's catalog (index.ts).
 */
import { registerMessages } from "./index.ts";
import { messages as az } from "./catalog-az.ts";
import { messages as en } from "./catalog-en.ts";
import { messages as ru } from "./catalog-ru.ts";

export function registerAllCatalogs(): void {
  registerMessages("en", en);
  registerMessages("az", az);
  registerMessages("ru", ru);
}
