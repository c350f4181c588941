// Measures how long the public pages and the sign-in page take to load for a first-time visitor
// (new browser context, empty cache) on a 360×740 phone viewport, against a local Sigap server.
// "ready" is when the page's main heading is on screen. The numbers go into bench/README.md.
// Usage: npx tsx scripts/web-first-load.ts [runs=5]
import { Sigap } from "../test/e2e/harness.ts";

const runs = Number(process.argv[2] ?? 5);
const PAGES = [
  { path: "/", heading: "Laporkan insiden siber" },
  { path: "/aduan", heading: "Formulir Aduan Siber" },
  { path: "/track", heading: "Lacak Aduan" },
  { path: "/login", heading: "Masuk" },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const sigap = await Sigap.start();
try {
  console.log(`| page | DOMContentLoaded | ready (heading shown) | JS+CSS bytes on the wire |`);
  console.log(`|---|---:|---:|---:|`);
  for (const { path, heading } of PAGES) {
    const dom: number[] = [];
    const ready: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const page = await sigap.newPage({ phone: true });
      const sizes: Array<Promise<number>> = [];
      page.on("requestfinished", (request) => {
        if (/\.(js|css)$/.test(request.url())) sizes.push(request.sizes().then((s) => s.responseBodySize));
      });
      const start = Date.now();
      await page.goto(sigap.url + path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      ready.push(Date.now() - start);
      dom.push(
        await page.evaluate("Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)"),
      );
      await page.waitForLoadState("networkidle");
      bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      await sigap.closeContexts();
    }
    console.log(`| ${path} | ${median(dom)} ms | ${median(ready)} ms | ${(bytes / 1024).toFixed(0)} kB |`);
  }
  const problems = sigap.takeProblems();
  if (problems.errors.length > 0) console.error(problems.errors);
} finally {
  await sigap.stop();
}
