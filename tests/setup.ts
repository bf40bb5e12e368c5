import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { activateLanguage, registerMessages } from "../src/lib/messages";
import { messages as english } from "../src/lib/messages/catalog-en";

// Waits are for a condition, with a budget wide enough for a busy 2-core machine (the default 1 s
// is a timing assumption: a loaded machine renders the whole app in several seconds).
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => {
  cleanup();
});

// jsdom lays nothing out and has no scrolling; the browser's method is a no-op here. (Tests in
// the node environment, the server's, have no DOM at all.)
if (typeof Element !== "undefined" && typeof Element.prototype.scrollIntoView !== "function")
  Element.prototype.scrollIntoView = () => undefined;

// The English catalog, as main.tsx loads it before the first render (other languages: per test).
registerMessages("en", english);
activateLanguage("en");
