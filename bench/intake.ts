/*
 * Public report intake: the real server (a child process running `startServer` on a temporary
 * SQLite data directory, every commit on disk before it is answered as in production, jobs on, log
 * level warn) and 50 connections posting valid public reports (varying bodies). Two runs of 20 s:
 * - closed loop (autocannon): each client sends again as soon as it is answered, so the rate is
 *   the most the server takes, and the latency is 50 / rate on average (Little's law);
 * - open loop (bench/lib/open-loop.ts): 500 reports/s due on a fixed schedule over at most 50
 *   connections, each latency counted from when its request was due, waits for a free connection
 *   included. The target (≥ 500 reports/s sustained with p99 < 100 ms) is judged on this run.
 * Run with `npm run bench -- intake` (see README.md).
 * `--profile` starts the server with --cpu-prof and leaves the profile in a temporary folder (printed). */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { openDatabase } from "../src/db/connect.ts";
import { DEMO_STORIES } from "../src/seed/demo-data.ts";
import { mulberry32 } from "../src/seed/prng.ts";
import { demoReportContent } from "../src/seed/report-input.ts";
import { seedRegistry } from "../src/seed/seed-registry.ts";
import { FakeClock } from "../src/core/clock.ts";
import { migrateUp } from "../src/db/migrate.ts";
import { describeMachine, loadAverage, machineLine, processCpuSeconds } from "./lib/machine.ts";
import { openLoop } from "./lib/open-loop.ts";
import { ms, recordSection, today } from "./lib/readme.ts";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_INTAKE_SECONDS ?? 20);
const WARMUP_S = 3;
const BODIES = 5000;
const TARGET_RPS = 500;
const TARGET_P99_MS = 100;

const root = fileURLToPath(new URL("..", import.meta.url));
const profile = process.argv.includes("--profile");

/** Valid public report bodies about the registered demo sites, all different. */
async function reportBodies(dataDir: string): Promise<string[]> {
  // The asset registry is seeded first, so that each report is matched to its application as in use.
  const database = openDatabase(`sqlite://${join(dataDir, "sigap.db")}`);
  await migrateUp(database);
  const registry = await seedRegistry({ database, clock: new FakeClock("2026-11-02T00:00:00.000Z") }, { seed: 1 });
  await database.close();
  const rng = mulberry32(20261127);
  const bodies: string[] = [];
  for (let i = 0; i < BODIES; i++) {
    const story = rng.pick(DEMO_STORIES);
    const content = demoReportContent(rng, story, rng.pick(registry.sites), {
      occurredAt: new Date(Date.now() - rng.int(1, 48) * 3_600_000),
    });
    bodies.push(JSON.stringify({ ...content, consent: true, truthful: true }));
  }
  return bodies;
}

/** The environment without SIGAP_DATABASE_URL: the server must use SQLite in its data directory. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { SIGAP_DATABASE_URL: _ignored, ...rest } = env;
  return rest;
}

function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const profileDir = join(tmpdir(), "sigap-bench-profiles");
  if (profile) {
    mkdirSync(profileDir, { recursive: true });
    console.log(`CPU profile of the server: ${profileDir}`);
  }
  const child = spawn(
    process.execPath,
    [
      ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
      "--import",
      "tsx",
      join(root, "bench/intake-server.ts"),
    ],
    {
      cwd: root,
      env: {
        ...withoutDatabaseUrl(process.env),
        SIGAP_DATA_DIR: dataDir,
        SIGAP_HOST: "127.0.0.1",
        SIGAP_PORT: "0",
        SIGAP_LOG_LEVEL: "warn",
        SIGAP_JOBS: "on",
        SIGAP_SMTP_PORT: "0",
        // Raised for the load test: every request comes from 127.0.0.1 (see docs/public-reports.md).
        SIGAP_PUBLIC_REPORTS_PER_HOUR: "100000000",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith("READY ")) resolve({ child, url: line.slice(6).trim() });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const HEADERS = { "content-type": "application/json", "accept-language": "id" };
const PATH = "/api/v1/public/reports";

/** Posts reports for `seconds` from 50 connections, each sending its next as soon as it is answered. */
function closedLoop(url: string, bodies: string[], seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: PATH,
        headers: HEADERS,
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
      },
    ],
  });
}

/** One run's figures, whichever way the load was made. */
interface Run {
  label: string;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  accepted: number;
  serverCpu: number;
}

const dataDir = mkdtempSync(join(tmpdir(), "sigap-bench-intake-"));
try {
  const bodies = await reportBodies(dataDir);
  const { child, url } = await startChild(dataDir);
  const runs: Run[] = [];
  const loadBefore = loadAverage();
  try {
    await closedLoop(url, bodies, WARMUP_S);
    let cpuBefore = processCpuSeconds(child.pid!);
    const closed = await closedLoop(url, bodies, DURATION_S);
    runs.push({
      label: "closed loop: each of the 50 clients sends again as soon as it is answered",
      rps: closed.requests.average,
      p50: closed.latency.p50,
      p99: closed.latency.p99,
      failed: closed.non2xx + closed.errors + closed.timeouts,
      accepted: closed["2xx"],
      serverCpu: processCpuSeconds(child.pid!) - cpuBefore,
    });
    cpuBefore = processCpuSeconds(child.pid!);
    const open = await openLoop({
      url,
      path: PATH,
      headers: HEADERS,
      bodies,
      rate: TARGET_RPS,
      seconds: DURATION_S,
      connections: CONNECTIONS,
    });
    runs.push({
      label: `open loop: ${TARGET_RPS} reports/s due, over at most 50 connections`,
      rps: open.rate,
      p50: open.p50,
      p99: open.p99,
      failed: open.non2xx + open.errors,
      accepted: Math.round(open.rate * DURATION_S),
      serverCpu: processCpuSeconds(child.pid!) - cpuBefore,
    });
  } finally {
    await stopChild(child);
  }
  const database = openDatabase(`sqlite://${join(dataDir, "sigap.db")}`);
  const stored = await database.db
    .selectFrom("reports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  await database.close();
  const accepted = runs.reduce((n, r) => n + r.accepted, 0);

  const row = (run: Run, judged: boolean) => {
    const met = run.rps >= TARGET_RPS * 0.99 && run.p99 < TARGET_P99_MS && run.failed === 0;
    return (
      `| ${run.label} | ${run.rps.toFixed(0)} | ${ms(run.p50)} ms | ${ms(run.p99)} ms | ${run.failed} | ` +
      `${run.serverCpu.toFixed(1)} s of ${DURATION_S} s | ${(run.accepted / run.serverCpu).toFixed(0)} | ` +
      `${judged ? (met ? "**met**" : "**missed**") : "(the most it takes)"} |`
    );
  };
  const machine = describeMachine();
  const lines = [
    `### Public report intake — ${today()}`,
    "",
    `Machine: ${machineLine(machine)}; load average ${loadBefore} before the run, ${loadAverage()} after.`,
    "",
    `Parameters: real server (\`startServer\`) in its own process, SQLite in a temporary data directory,` +
      ` WAL, every group commit flushed to disk before its reports are answered (the production default:` +
      ` \`synchronous=NORMAL\` and an fsync of the WAL after each COMMIT, off the main thread), jobs **on**, log level warn,` +
      ` \`SIGAP_PUBLIC_REPORTS_PER_HOUR=100000000\`; asset registry seeded (reports are matched to applications);` +
      ` ${CONNECTIONS} connections, ${WARMUP_S} s warm-up; then ${DURATION_S} s closed loop (autocannon: each client sends its next report` +
      ` as soon as the last is answered); then ${DURATION_S} s open loop (\`bench/lib/open-loop.ts\`: ${TARGET_RPS} reports/s due on a fixed` +
      ` schedule, each latency from when its request was due, waiting for a free connection included; the target is judged here);` +
      ` ${BODIES} different valid JSON bodies cycled (demo stories, \`POST /api/v1/public/reports\`).` +
      ` Reports stored after both runs and the warm-up: ${stored.n} (every accepted one: ${stored.n >= accepted ? "yes" : "**no**"}).`,
    "",
    "| load | requests/s (mean) | latency p50 | latency p99 | non-2xx + errors | server CPU | reports per server CPU-second | target (≥ 500/s, p99 < 100 ms) |",
    "|---|---|---|---|---|---|---|---|",
    ...runs.map((run, i) => row(run, i === runs.length - 1)),
  ];
  console.log(lines.join("\n"));
  recordSection("intake", lines.join("\n"));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
