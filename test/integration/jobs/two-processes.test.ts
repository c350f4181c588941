import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../../../src/commands/context.ts";
import { enqueueOutbox } from "../../../src/commands/outbox.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { systemClock } from "../../../src/core/clock.ts";
import { enqueueJob } from "../../../src/jobs/enqueue.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import type { RecordPayload } from "./worker-process.ts";

const JOBS = 200;
const MESSAGES = 100;
const WORKERS = ["worker-a", "worker-b"];

interface Execution {
  kind: string;
  ref: string;
  worker: string;
  attempt: number;
  outcome: string;
}

/** Starts a worker process and resolves once it is polling. */
function startWorker(url: string, workerId: string): Promise<{ child: ChildProcess; stderr: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/integration/jobs/worker-process.ts", url, workerId], {
    cwd: new URL("../../..", import.meta.url).pathname,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve({ child, stderr: () => stderr });
    });
    child.once("exit", (code) => reject(new Error(`${workerId} exited with ${code} before it was ready:\n${stderr}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe.each(DIALECTS)("two worker processes on one %s database", (dialect) => {
  let database: TestDatabase | undefined;
  let children: ChildProcess[] = [];
  afterEach(async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await Promise.all(children.map(exited));
    children = [];
    await database?.drop();
  });

  it("run every job exactly once and deliver every outbox message exactly once, sharing the work", async () => {
    database = await createTestDatabase(dialect);
    await sql`create table test_executions (kind text not null, ref text not null, worker text not null, attempt integer not null, outcome text not null)`.execute(
      database.db,
    );
    const workers = await Promise.all(WORKERS.map((id) => startWorker(database!.url, id)));
    children = workers.map((w) => w.child);

    // Everything is queued at once, while both workers are already polling.
    await runCommand({ database, clock: systemClock }, { actor: systemActor("test") }, async (ctx) => {
      for (let i = 0; i < JOBS; i++) {
        await enqueueJob<{ record: RecordPayload }>(ctx, {
          kind: "record",
          payload: { ref: `j${i}`, failFirst: i % 20 === 0 },
        });
      }
      for (let i = 0; i < MESSAGES; i++) {
        await enqueueOutbox(ctx, { channel: "test", topic: "test.record", payload: { ref: `m${i}` } });
      }
    });

    const db = database.db;
    const deadline = Date.now() + 90_000;
    for (;;) {
      const open = await db
        .selectFrom("jobs")
        .select(sql<number>`count(*)`.as("n"))
        .where("status", "in", ["pending", "running"])
        .executeTakeFirstOrThrow();
      const unsent = await db
        .selectFrom("outbox")
        .select(sql<number>`count(*)`.as("n"))
        .where("status", "=", "pending")
        .executeTakeFirstOrThrow();
      if (Number(open.n) === 0 && Number(unsent.n) === 0) break;
      if (Date.now() > deadline || children.some((c) => c.exitCode !== null)) {
        throw new Error(
          `work not finished: ${open.n} jobs, ${unsent.n} messages left\n${workers.map((w) => w.stderr()).join("\n")}`,
        );
      }
      await sleep(100);
    }
    for (const child of children) child.kill("SIGTERM");
    expect(await Promise.all(children.map(exited))).toEqual([0, 0]);

    const jobs = await db.selectFrom("jobs").select(["status", "attempts"]).execute();
    expect(jobs.filter((j) => j.status === "done")).toHaveLength(JOBS);
    const messages = await db.selectFrom("outbox").select(["status", "attempts"]).execute();
    expect(messages.filter((m) => m.status === "sent" && m.attempts === 1)).toHaveLength(MESSAGES);

    const runs = (await sql<Execution>`select * from test_executions`.execute(db)).rows;
    const count = (kind: string, outcome?: string) => {
      const byRef = new Map<string, number>();
      for (const r of runs)
        if (r.kind === kind && (!outcome || r.outcome === outcome)) byRef.set(r.ref, (byRef.get(r.ref) ?? 0) + 1);
      return byRef;
    };
    // Every job succeeded exactly once; the ones made to fail first ran exactly twice in all.
    const succeeded = count("job", "ok");
    expect(succeeded.size).toBe(JOBS);
    expect([...succeeded.values()].every((n) => n === 1)).toBe(true);
    const all = count("job");
    for (let i = 0; i < JOBS; i++) expect(all.get(`j${i}`)).toBe(i % 20 === 0 ? 2 : 1);
    // Every message was delivered exactly once.
    const delivered = count("message");
    expect(delivered.size).toBe(MESSAGES);
    expect([...delivered.values()].every((n) => n === 1)).toBe(true);
    // Both workers took part.
    for (const id of WORKERS) expect(runs.filter((r) => r.worker === id).length).toBeGreaterThan(0);
  }, 120_000);
});
