/**
 * The web manifest (and its <link> in index.html) and the service worker's code, by
 * vite-plugin-pwa. The worker's precache list is NOT written here: scripts/prerender.mjs
 * rewrites the pages after `vite build`, so scripts/service-worker.mjs writes the list at the
 * end of `npm run build`, from the final files. The page registers the worker itself
 * (src/app/service-worker.ts), once it is drawn and the browser is idle.
 */
import { VitePWA } from "vite-plugin-pwa";

/** The dashboard's blue (the icon's background) and the page's background. */
const THEME_COLOR = "#0072B2";
const BACKGROUND_COLOR = "#ffffff";

export function pwaPlugin() {
  return VitePWA({
    strategies: "injectManifest",
    srcDir: "src/sw",
    filename: "sw.ts",
    injectRegister: false,
    // Left in the built worker for scripts/service-worker.mjs to fill.
    injectManifest: { injectionPoint: undefined, minify: true },
    includeManifestIcons: false,
    manifestFilename: "manifest.webmanifest",
    manifest: {
      name: "Azerbaijan–U.S. economic relations dashboard",
      short_name: "AZ–US economy",
      description: "Azerbaijan–U.S. trade, investment and companies, sourced figure by figure.",
      lang: "en",
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      display: "standalone",
      // Relative to the manifest, which sits at the base path: they follow the deployment's base.
      start_url: "./",
      scope: "./",
      icons: [
        { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
        { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
        { src: "icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
        { src: "favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ],
    },
  });
}
