/*
 * Full-text search over 1,000,000 reports, on SQLite and on PostgreSQL: the reports (each with its
 * incident; a few open with their step runs) are bulk-loaded with the FTS triggers and indexes of
 * the migrations in place, then 200 varied searches — words, prefixes, codes, addresses, with and
 * without filters — run one after another through `searchIncidents`, the function the
 * `GET /api/v1/search` route calls, as a CSIRT analyst. Targets: p95 < 50 ms on SQLite, < 100 ms
 * on PostgreSQL. Run with `npm run bench -- search` (see README.md).
 * BENCH_SEARCH_REPORTS changes the count; --sqlite or --postgres runs one database only.
 */
import { queryContext } from "../src/commands/query-context.ts";
import { FakeClock } from "../src/core/clock.ts";
import { SEVERITIES } from "../src/core/severity.ts";
import type { DialectName } from "../src/db/connect.ts";
import { mulberry32, type Rng } from "../src/seed/prng.ts";
import { searchIncidents, type SearchInput } from "../src/search/search-incidents.ts";
import { bulkLoad } from "./lib/bulk-data.ts";
import { describeMachine, loadAverage, machineLine } from "./lib/machine.ts";
import { ms, percentile, recordSection, today } from "./lib/readme.ts";
import { createBenchWorld, type BenchWorld } from "./lib/world.ts";

const REPORTS = Number(process.env.BENCH_SEARCH_REPORTS ?? 1_000_000);
const OPEN = Math.round(REPORTS * 0.05);
const SPAN_DAYS = 5 * 365;
const QUERIES = 200;
const WARMUP = 20;
const UNTIL = new Date("2026-11-27T02:00:00.000Z");
const TARGET: Record<DialectName, number> = { sqlite: 50, postgres: 100 };

/** Words people search for, from the demo stories: common, rarer, and names, hosts and addresses. */
const COMMON = ["situs", "halaman", "login", "data", "akun", "admin", "server", "aplikasi"];
const TOPICAL = [
  "judi",
  "slot",
  "gacor",
  "peretas",
  "phishing",
  "tebusan",
  "shell",
  "bocor",
  "pasien",
  "bansos",
  "sertifikat",
  "pemindaian",
  "spam",
  "hoaks",
  "whatsapp",
  "ransomware",
  "kripto",
  "injection",
  "instagram",
  "ktp",
];
const PHRASES = [
  "slot gacor",
  "login palsu",
  "data pasien",
  "akun admin",
  "halaman judi",
  "kata sandi",
  "folder upload",
];
const PREFIXES = ["gac", "pemin", "sertif", "boco", "kiner", "peret", "ransom", "phish"];
const NAMES = ["Suardana", "Wulandari", "Adnyana", "Sutrisna", "Pradnyana", "Lestari"];
const ADDRESSES = [
  "198.51.100.23",
  "203.0.113.99",
  "192.0.2.45",
  "pajak.denpasarkota.go.id",
  "simpus.denpasarkota.go.id",
];

/** The 200 (plus warm-up) searches, the same every run. */
function searches(rng: Rng, world: BenchWorld): SearchInput[] {
  const agencies = [...world.registry.agencies.values()].map((a) => a.id);
  const steps = world.team.sop.steps.slice(1).map((s) => s.code);
  const days = (n: number) => new Date(UNTIL.getTime() - n * 86_400_000).toISOString().slice(0, 10);
  const words = (): string =>
    rng.weighted<() => string>([
      [() => rng.pick(COMMON), 2],
      [() => rng.pick(TOPICAL), 4],
      [() => rng.pick(PHRASES), 2],
      [() => rng.pick(PREFIXES), 2],
      [() => rng.pick(NAMES), 1],
      [() => rng.pick(ADDRESSES), 1],
      [() => `DPS-CSIRT-${rng.int(2022, 2026)}-${String(rng.int(1, 150_000)).padStart(6, "0")}`, 1],
    ])();
  const filter = (): Partial<SearchInput> =>
    rng.weighted<() => Partial<SearchInput>>([
      [() => ({ status: rng.pick(["open", "closed"] as const) }), 3],
      [() => ({ status: "open" as const, step: rng.pick(steps) }), 1],
      [() => ({ category: rng.pick(["JUD", "DEF", "PHI", "LEK", "WEB", "MAL"] as const) }), 2],
      [() => ({ severity: rng.pick(SEVERITIES) }), 1],
      [() => ({ agency: rng.pick(agencies) }), 2],
      [() => ({ late: true }), 1],
      [() => ({ from: days(rng.pick([7, 30, 90, 365])) }), 2],
      [() => ({ from: days(400), to: days(300) }), 1],
    ])();
  const list: SearchInput[] = [];
  for (let i = 0; i < QUERIES + WARMUP; i++) {
    const kind = rng.weighted([
      ["words", 45],
      ["words+filter", 40],
      ["filters", 15],
    ] as const);
    const input: SearchInput = { limit: 20 };
    if (kind !== "filters") input.q = words();
    if (kind !== "words") Object.assign(input, filter(), rng.chance(0.3) ? filter() : {});
    list.push(input);
  }
  return list;
}

interface Measured {
  dialect: DialectName;
  version: string;
  loadSeconds: number;
  times: number[];
  slowest: { ms: number; input: SearchInput }[];
  hits: number[];
}

async function measure(dialect: DialectName): Promise<Measured> {
  console.log(`search on ${dialect}: loading ${REPORTS.toLocaleString("en")} reports…`);
  const world = await createBenchWorld(dialect, "search", UNTIL, SPAN_DAYS);
  try {
    const analyst = await world.actor("csirt");
    const t0 = Date.now();
    await bulkLoad({
      dialect,
      url: world.loadUrl,
      incidents: REPORTS,
      open: OPEN,
      until: UNTIL,
      spanDays: SPAN_DAYS,
      seed: 1,
      registry: world.registry,
      sop: world.team.sop,
      calendar: world.team.calendar,
      log: console.log,
    });
    const loadSeconds = (Date.now() - t0) / 1000;
    await world.reopen();
    const ctx = queryContext({ database: world.database, clock: new FakeClock(UNTIL) }, analyst);
    const all = searches(mulberry32(2026), world);
    for (const input of all.slice(0, WARMUP)) await searchIncidents(ctx, input);
    const times: number[] = [];
    const hits: number[] = [];
    const timed: { ms: number; input: SearchInput }[] = [];
    for (const input of all.slice(WARMUP)) {
      const t = performance.now();
      const page = await searchIncidents(ctx, input);
      const elapsed = performance.now() - t;
      times.push(elapsed);
      hits.push(page.items.length);
      timed.push({ ms: elapsed, input });
    }
    const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, 3);
    return { dialect, version: world.version, loadSeconds, times, slowest, hits };
  } finally {
    await world.close();
  }
}

const only = process.argv.includes("--sqlite") ? ["sqlite"] : process.argv.includes("--postgres") ? ["postgres"] : null;
const dialects = (only ?? ["sqlite", "postgres"]) as DialectName[];
const loadBefore = loadAverage();
const results: Measured[] = [];
for (const dialect of dialects) results.push(await measure(dialect));

const machine = describeMachine();
const pgVersion = results.find((r) => r.dialect === "postgres")?.version;
const lines = [
  `### Full-text search — ${today()}`,
  "",
  `Machine: ${machineLine(machine, pgVersion ? `, PostgreSQL ${pgVersion}` : "")}; load average ${loadBefore} before, ${loadAverage()} after.`,
  "",
  `Parameters: ${REPORTS.toLocaleString("en")} reports, one incident each (5 % closed as merged duplicates), ${OPEN.toLocaleString("en")} open` +
    ` with their step runs, opened over ${SPAN_DAYS / 365} years, demo-story text; bulk-loaded with the FTS5 triggers (SQLite)` +
    ` and GIN expression indexes (PostgreSQL) of the migrations maintained row by row. ${QUERIES} searches after ${WARMUP} warm-up` +
    " ones, one at a time, through `searchIncidents` (the `/api/v1/search` route's function) as a CSIRT analyst, 20 results a page:" +
    " 45 % words only (common and topical words, two-word phrases, type-ahead prefixes, names, hosts, IP addresses, ticket codes)," +
    " 40 % words with filters (status, step, category, severity, agency, late, date range), 15 % filters only." +
    " PostgreSQL: a throwaway local cluster (fsync off), or `SIGAP_BENCH_PG_URL`.",
  "",
  "| database | load | p50 | p95 | max | mean results | target p95 | |",
  "|---|---|---|---|---|---|---|---|",
  ...results.map((r) => {
    const p95 = percentile(r.times, 95);
    const mean = r.hits.reduce((a, b) => a + b, 0) / r.hits.length;
    return `| ${r.dialect} | ${Math.round(r.loadSeconds)} s | ${ms(percentile(r.times, 50))} ms | ${ms(p95)} ms | ${ms(Math.max(...r.times))} ms | ${mean.toFixed(1)} | < ${TARGET[r.dialect]} ms | ${p95 < TARGET[r.dialect] ? "**met**" : "**missed**"} |`;
  }),
  "",
  "Slowest searches:",
  ...results.flatMap((r) => r.slowest.map((s) => `- ${r.dialect}, ${ms(s.ms)} ms: \`${JSON.stringify(s.input)}\``)),
];
console.log(lines.join("\n"));
if (REPORTS === 1_000_000 && !only) recordSection("search", lines.join("\n"));
else console.log("(a partial run: bench/README.md is left as it is)");
