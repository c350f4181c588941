/*
 * The incident list at 100,000 open incidents, on SQLite and on PostgreSQL: open incidents (each at
 * an SOP step with the runs of the steps before it and the active one, some past due) and closed
 * ones are bulk-loaded, then 200 varied list requests — status, step, severity, category, agency,
 * late, and combinations, first pages and later pages — run one after another through
 * `listIncidents`, the function the `GET /api/v1/incidents` route calls, as a CSIRT analyst and as
 * agency officers. Target: p95 < 50 ms. Run with `npm run bench -- incident-list` (see README.md).
 * BENCH_LIST_OPEN changes the count; --sqlite or --postgres runs one database only.
 */
import type { UserActor } from "../src/core/actor.ts";
import { FakeClock } from "../src/core/clock.ts";
import { SEVERITIES } from "../src/core/severity.ts";
import { queryContext } from "../src/commands/query-context.ts";
import { listIncidents, type ListIncidentsInput } from "../src/commands/incidents/list-incidents.ts";
import type { DialectName } from "../src/db/connect.ts";
import { mulberry32, type Rng } from "../src/seed/prng.ts";
import { bulkLoad } from "./lib/bulk-data.ts";
import { describeMachine, loadAverage, machineLine } from "./lib/machine.ts";
import { ms, percentile, recordSection, today } from "./lib/readme.ts";
import { createBenchWorld, type BenchWorld } from "./lib/world.ts";

const OPEN = Number(process.env.BENCH_LIST_OPEN ?? 100_000);
const CLOSED = Math.round(OPEN / 2);
const SPAN_DAYS = 2 * 365;
const QUERIES = 200;
const WARMUP = 20;
const UNTIL = new Date("2026-11-27T02:00:00.000Z");
const TARGET_MS = 50;

interface Request {
  input: ListIncidentsInput;
  /** Who asks: the analyst, or the officer of this agency. */
  agencyOfficer: number | null;
  /** How many pages deep (following nextCursor). */
  page: number;
}

/** The requests, the same every run. */
function requests(rng: Rng, world: BenchWorld): Request[] {
  const agencies = [...world.registry.agencies.values()].map((a) => a.id);
  const steps = world.team.sop.steps.slice(1).map((s) => s.code);
  const filter = (): Partial<ListIncidentsInput> =>
    rng.weighted<() => Partial<ListIncidentsInput>>([
      [() => ({ status: rng.pick(["open", "closed"] as const) }), 3],
      [() => ({ step: rng.pick(steps) }), 3],
      [() => ({ severity: rng.pick(SEVERITIES) }), 2],
      [() => ({ category: rng.pick(["JUD", "DEF", "PHI", "LEK", "WEB", "MAL", "DOS"] as const) }), 2],
      [() => ({ agency: rng.pick(agencies) }), 2],
      [() => ({ late: rng.chance(0.7) }), 3],
    ])();
  const list: Request[] = [];
  for (let i = 0; i < QUERIES + WARMUP; i++) {
    const input: ListIncidentsInput = { limit: 25 };
    const filters = rng.weighted([
      [0, 1],
      [1, 5],
      [2, 3],
      [3, 1],
    ] as const);
    for (let f = 0; f < filters; f++) Object.assign(input, filter());
    list.push({
      input,
      agencyOfficer: rng.chance(0.15) ? rng.pick(agencies) : null,
      page: rng.weighted([
        [1, 8],
        [2, 1],
        [5, 1],
      ] as const),
    });
  }
  return list;
}

interface Measured {
  dialect: DialectName;
  version: string;
  loadSeconds: number;
  runs: number;
  times: number[];
  slowest: { ms: number; request: Request }[];
}

async function measure(dialect: DialectName): Promise<Measured> {
  console.log(`incident list on ${dialect}: loading ${OPEN.toLocaleString("en")} open incidents…`);
  const world = await createBenchWorld(dialect, "list", UNTIL, SPAN_DAYS);
  try {
    const analyst = await world.actor("csirt");
    const officers = new Map<number, UserActor>();
    for (const agency of world.registry.agencies.values())
      officers.set(agency.id, await world.actor("agency", agency.id));
    const t0 = Date.now();
    const loaded = await bulkLoad({
      dialect,
      url: world.loadUrl,
      incidents: OPEN + CLOSED,
      open: OPEN,
      until: UNTIL,
      spanDays: SPAN_DAYS,
      seed: 3,
      registry: world.registry,
      sop: world.team.sop,
      calendar: world.team.calendar,
      log: console.log,
    });
    const loadSeconds = (Date.now() - t0) / 1000;
    await world.reopen();
    const deps = { database: world.database, clock: new FakeClock(UNTIL) };
    const all = requests(mulberry32(2027), world);
    const run = async (request: Request): Promise<number> => {
      const actor = request.agencyOfficer === null ? analyst : officers.get(request.agencyOfficer)!;
      const ctx = queryContext(deps, actor);
      // Later pages: the cursors are fetched first; only the last page is timed.
      let cursor: string | undefined;
      for (let p = 1; p < request.page; p++) {
        const page = await listIncidents(ctx, world.team, { ...request.input, cursor });
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const t = performance.now();
      await listIncidents(ctx, world.team, { ...request.input, cursor });
      return performance.now() - t;
    };
    for (const request of all.slice(0, WARMUP)) await run(request);
    const timed: { ms: number; request: Request }[] = [];
    for (const request of all.slice(WARMUP)) timed.push({ ms: await run(request), request });
    return {
      dialect,
      version: world.version,
      loadSeconds,
      runs: loaded.runs,
      times: timed.map((t) => t.ms),
      slowest: [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3),
    };
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
const describe = (r: Request) =>
  `${JSON.stringify(r.input)}${r.agencyOfficer === null ? "" : ` as the officer of agency ${r.agencyOfficer}`}${r.page > 1 ? `, page ${r.page}` : ""}`;
const lines = [
  `### Incident list — ${today()}`,
  "",
  `Machine: ${machineLine(machine, pgVersion ? `, PostgreSQL ${pgVersion}` : "")}; load average ${loadBefore} before, ${loadAverage()} after.`,
  "",
  `Parameters: ${OPEN.toLocaleString("en")} open incidents (each at an SOP step 2–10, with the runs of the steps before it` +
    ` and its active run, due times from the business calendar, many past due) and ${CLOSED.toLocaleString("en")} closed ones,` +
    ` with their reports, opened over ${SPAN_DAYS / 365} years; bulk-loaded. ${QUERIES} list requests after ${WARMUP} warm-up ones,` +
    " one at a time, through `listIncidents` (the `/api/v1/incidents` route's function), 25 a page: 0–3 filters each among" +
    " status, step, severity, category, agency and late; 85 % as a CSIRT analyst, 15 % as an agency officer (only that" +
    " agency's incidents); 80 % first pages, the others page 2 or 5 (only the last page timed).",
  "",
  "| database | step runs | load | p50 | p95 | max | target p95 | |",
  "|---|---|---|---|---|---|---|---|",
  ...results.map((r) => {
    const p95 = percentile(r.times, 95);
    return `| ${r.dialect} | ${r.runs.toLocaleString("en")} | ${Math.round(r.loadSeconds)} s | ${ms(percentile(r.times, 50))} ms | ${ms(p95)} ms | ${ms(Math.max(...r.times))} ms | < ${TARGET_MS} ms | ${p95 < TARGET_MS ? "**met**" : "**missed**"} |`;
  }),
  "",
  "Slowest requests:",
  ...results.flatMap((r) => r.slowest.map((s) => `- ${r.dialect}, ${ms(s.ms)} ms: ${describe(s.request)}`)),
];
console.log(lines.join("\n"));
if (OPEN === 100_000 && !only) recordSection("incident-list", lines.join("\n"));
else console.log("(a partial run: bench/README.md is left as it is)");
