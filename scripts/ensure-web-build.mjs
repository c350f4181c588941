// Builds the web app (web/ → web/dist) when the build is missing or older than its sources, so
// that `npm start` on a fresh clone serves the app without a separate build step. Run by
// `prestart`, by scripts/test.sh before the end-to-end tests, and by the e2e harness.
// Usage: node scripts/ensure-web-build.mjs [--force]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const builtIndex = join(repo, "web", "dist", "index.html");

/** What the build reads: the app, its config, and the server's pure modules it imports. */
const SOURCES = [
  "web/src",
  "web/public",
  "web/index.html",
  "web/tsconfig.json",
  "vite.config.ts",
  "src/core",
  "package-lock.json",
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when web/dist is up to date. */
export function staleReason() {
  if (!existsSync(builtIndex)) return "web/dist is missing";
  const built = statSync(builtIndex).mtimeMs;
  const changed = SOURCES.find((source) => newestMtime(join(repo, source)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** Runs `vite build`; throws when it fails. */
export function buildWeb() {
  const vite = join(repo, "node_modules", "vite", "bin", "vite.js");
  // A production build even when called from a test run, which sets NODE_ENV=test (and would
  // get React's development build).
  const env = { ...process.env, NODE_ENV: "production" };
  const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
    cwd: repo,
    stdio: "inherit",
    env,
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reason = process.argv.includes("--force") ? "--force" : staleReason();
  if (reason) {
    console.log(`Membangun aplikasi web / building the web app (${reason})…`);
    try {
      buildWeb();
    } catch (error) {
      console.error(error.message);
      process.exit(1);
    }
  }
}
