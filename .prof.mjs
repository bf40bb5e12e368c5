import { chromium } from "@playwright/test";
import http from "node:http"; import fs from "node:fs"; import path from "node:path";
const root = "/tmp/dist-prof";
const server = http.createServer((req, res) => { let p = path.join(root, decodeURIComponent(req.url.split("?")[0])); if (!fs.existsSync(p) || fs.statSync(p).isDirectory()) p = path.join(root, "index.html"); res.setHeader("content-type", p.endsWith(".js") ? "text/javascript" : p.endsWith(".css") ? "text/css" : "text/html"); res.end(fs.readFileSync(p)); }).listen(4199);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const mode = process.argv[2];
const agg = new Map(); let totalAll = 0;
for (let i = 0; i < 3; i++) {
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } }); const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
if (mode === "load") await cdp.send("Profiler.start");
await page.goto("http://127.0.0.1:4199/");
await page.waitForFunction(() => document.querySelectorAll('[data-panel][data-state="ready"]').length === 4);
if (mode === "year") { await page.waitForTimeout(300); await cdp.send("Profiler.start"); await page.selectOption("select", i % 2 ? "2025" : "2023").catch(()=>{}); await page.selectOption("select", "2023"); await page.waitForFunction(() => [...document.querySelectorAll('[data-panel]')].every(e => e.dataset.year === "2023")); }
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas;
profile.samples.forEach((id, k) => { const us = dt[k] ?? 0; totalAll += us;
  // attribute to every distinct function on the stack (inclusive time)
  const seen = new Set(); let cur = id; while (cur !== undefined) { const cf = byId.get(cur).callFrame; const key = `${cf.functionName || "(anon)"}:${cf.lineNumber}`; if (!seen.has(key)) { seen.add(key); agg.set(key, (agg.get(key) ?? 0) + us); } cur = parent.get(cur); } });
await ctx.close();
}
console.log("total", (totalAll/3000).toFixed(0), "ms per run");
[...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 90).forEach(([k, v]) => console.log((v/3000).toFixed(1).padStart(7), k));
await browser.close(); server.close();
