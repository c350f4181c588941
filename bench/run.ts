/*
 * `npm run bench [-- NAME…] [-- --sqlite|--postgres]`: runs the benchmarks one after another, each
 * in its own process (intake, search, incident-list; all by default). Each prints its figures and
 * records them in bench/README.md. Not part of the test suite.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ALL = ["intake", "search", "incident-list"];
const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const flags = args.filter((a) => a.startsWith("--"));
const unknown = names.filter((n) => !ALL.includes(n));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(", ")} (choose from ${ALL.join(", ")})`);
  process.exit(2);
}
let failed = false;
for (const name of names.length > 0 ? names : ALL) {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  console.log(`\n=== bench: ${name} ===`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...flags], { stdio: "inherit" });
  console.log(
    `=== ${name}: ${result.status === 0 ? "done" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s ===`,
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
