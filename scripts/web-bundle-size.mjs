// Prints the gzip size of the JavaScript and CSS each area of the web app loads, from the Vite
// manifest of the last build (run `npm run build:web` first). The numbers go into bench/README.md.
// Usage: node scripts/web-bundle-size.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "web", "dist");
const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));

/** Every file a manifest entry loads at once: its chunk, its static imports (transitively), their CSS. */
function closure(key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(entry.file)) return seen;
  seen.add(entry.file);
  for (const css of entry.css ?? []) seen.add(css);
  for (const imported of entry.imports ?? []) closure(imported, seen);
  return seen;
}

const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const sum = (files, ext) => [...files].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzip(f), 0);

const shell = closure("index.html");
const AREAS = {
  "Public: landing page": ["src/pages/public/landing-page.tsx"],
  "Public: Aduan Siber form": ["src/pages/public/report-page.tsx"],
  "Public: tracking page": ["src/pages/public/track-page.tsx"],
  "Public portal, all pages": [
    "src/pages/public/landing-page.tsx",
    "src/pages/public/report-page.tsx",
    "src/pages/public/confirmation-page.tsx",
    "src/pages/public/track-page.tsx",
  ],
  "Sign-in page": ["src/pages/auth/login-page.tsx"],
  "Console: layout and first page": ["src/pages/console/console-layout.tsx", "src/pages/console/placeholder-page.tsx"],
};
const consoleKeys = Object.keys(manifest).filter((k) => k.startsWith("src/pages/console/"));
AREAS["Console, all pages so far"] = consoleKeys;

console.log("| what loads | JS gzip | CSS gzip |");
console.log("|---|---:|---:|");
console.log(
  `| shell (index.html: React, router, Mantine core, i18n) | ${kb(sum(shell, ".js"))} | ${kb(sum(shell, ".css"))} |`,
);
for (const [name, keys] of Object.entries(AREAS)) {
  const files = new Set();
  for (const key of keys) closure(key, files);
  const own = new Set([...files].filter((f) => !shell.has(f)));
  console.log(`| + ${name} | ${kb(sum(own, ".js"))} | ${kb(sum(own, ".css"))} |`);
}
const defaults = closure("../src/core/settings.ts");
const defaultsOwn = [...defaults].filter((f) => !shell.has(f));
console.log(`| + team defaults (only when the server's profile lacks a field) | ${kb(sum(defaultsOwn, ".js"))} | – |`);
const publicFiles = new Set();
for (const key of AREAS["Public portal, all pages"]) closure(key, publicFiles);
const consoleFiles = new Set();
for (const key of consoleKeys) closure(key, consoleFiles);
const consoleOnly = [...consoleFiles].filter((f) => !shell.has(f) && !publicFiles.has(f) && f.endsWith(".js"));
console.log(
  `\nConsole chunks a public visitor never loads: ${consoleOnly.length} files, ${kb(consoleOnly.reduce((n, f) => n + gzip(f), 0))} gzip.`,
);
