import { chromium } from "@playwright/test";
import http from "node:http"; import fs from "node:fs"; import path from "node:path";
const root = "dist";
const server = http.createServer((req, res) => { let p = path.join(root, decodeURIComponent(req.url.split("?")[0])); if (!fs.existsSync(p) || fs.statSync(p).isDirectory()) p = path.join(root, "index.html"); res.setHeader("content-type", p.endsWith(".js") ? "text/javascript" : p.endsWith(".css") ? "text/css" : "text/html"); res.end(fs.readFileSync(p)); }).listen(4198);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--headless"] });
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } }); const page = await ctx.newPage();
  await page.addInitScript(`(${(() => {
    window.__marks = { frames: [] };
    const check = () => { const ps = document.querySelectorAll('[data-panel]'); window.__marks.frames.push(performance.now()|0);
      if ([...ps].filter(p => p.dataset.state === "ready").length === 4 && document.querySelectorAll(".recharts-wrapper").length >= NEED_PLACEHOLDER && !window.__marks.ready) { window.__marks.ready = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => { window.__marks.painted = performance.now(); }; c.port2.postMessage(null); }
      if (!window.__marks.painted) requestAnimationFrame(check); };
    requestAnimationFrame(check);
  }).toString().replace("NEED_PLACEHOLDER", process.env.NEED ?? "5")})()`);
  await page.goto("http://127.0.0.1:4198/");
  await page.waitForFunction(() => window.__marks.painted);
  const r = await page.evaluate(() => { const nav = performance.getEntriesByType("navigation")[0]; return { dcl: nav.domContentLoadedEventEnd|0, ready: window.__marks.ready|0, painted: window.__marks.painted|0, frames: window.__marks.frames.slice(-6) }; });
  console.log(JSON.stringify(r));
  await ctx.close();
}
await browser.close(); server.close();
