/**
 * Registers the service worker (src/sw/sw.ts), which keeps the app for offline use, and offers a
 * new version when one is deployed. Imported by main.tsx after the first render, when the
 * browser is idle: neither this nor workbox-window is in the first load.
 */
import { Workbox } from "workbox-window";
import { offerUpdate } from "./app-update";

/** How often an open page asks whether a new version was deployed (also whenever it is shown again). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(base: string): void {
  if (!("serviceWorker" in navigator)) return;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  // A new version is installed and waits for this page (and the app's other tabs) to let it in.
  workbox.addEventListener("waiting", () => {
    offerUpdate(() => {
      let reloading = false;
      const reload = () => {
        if (reloading) return;
        reloading = true;
        window.location.reload();
      };
      // The new worker taking over this page, or (for a page it would not take over) its activation:
      // either one means the next load is the new version's.
      navigator.serviceWorker.addEventListener("controllerchange", reload, { once: true });
      void navigator.serviceWorker.getRegistration().then((registration) => {
        const waiting = registration?.waiting;
        if (!waiting) return reload(); // already activated (another tab said yes)
        waiting.addEventListener("statechange", () => {
          if (waiting.state === "activated") reload();
        });
        waiting.postMessage({ type: "SKIP_WAITING" });
      }, reload);
    });
  });
  const check = () => void workbox.update().catch(() => undefined);
  // No worker (blocked, private mode, a failed fetch): the page simply works online only.
  workbox.register().then(
    () => {
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") check();
      });
      setInterval(check, CHECK_EVERY_MS);
    },
    () => undefined,
  );
}
