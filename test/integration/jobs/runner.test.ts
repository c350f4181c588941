import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../../src/commands/context.ts";
import { enqueueOutbox } from "../../../src/commands/outbox.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock, systemClock, type Clock } from "../../../src/core/clock.ts";
import { enqueueJob } from "../../../src/jobs/enqueue.ts";
import { claimDue, completeLease, failLease } from "../../../src/jobs/lease.ts";
import { createJobRunner, type JobRunner, type JobRunnerOptions } from "../../../src/jobs/runner.ts";
import type { DeliveryAdapter, OutboxDelivery } from "../../../src/jobs/types.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

/** The job kinds these tests run. */
interface TestJobs {
  /** Fails its first `failures` attempts, then succeeds. */
  flaky: { ref: string; failures: number };
  /** Takes `ms` of real time. */
  slow: { ref: string; ms: number };
}

const START = "2026-12-01T02:00:00.000Z";
const silent = pino({ level: "silent" });
const actor = systemActor("test");

describe.each(DIALECTS)("job runner on %s", (dialect) => {
  let database: TestDatabase;
  let clock: FakeClock;
  /** Every handler execution and delivery, in order: what the runner actually did. */
  let executions: { ref: string; attempt: number; worker: string; ok: boolean }[];
  let deliveries: OutboxDelivery[];
  let runners: JobRunner[];

  const recordingAdapter: DeliveryAdapter = {
    deliver: async (message) => {
      deliveries.push(message);
      const payload = message.payload as { failures?: number };
      if (message.attempt <= (payload.failures ?? 0)) throw new Error(`mail server busy (attempt ${message.attempt})`);
    },
  };

  function makeRunner(overrides: Partial<JobRunnerOptions<TestJobs>> = {}): JobRunner {
    const runner = createJobRunner<TestJobs>({
      database,
      clock,
      logger: silent,
      workerId: `worker-${runners.length + 1}`,
      leaseMs: 30_000,
      backoff: { baseMs: 1000, maxMs: 60_000 },
      adapters: { test: recordingAdapter },
      handlers: {
        flaky: async ({ ref, failures }, ctx) => {
          const ok = ctx.job.attempt > failures;
          executions.push({ ref, attempt: ctx.job.attempt, worker: ctx.workerId, ok });
          if (!ok) throw new Error(`upstream unreachable (attempt ${ctx.job.attempt})`);
        },
        slow: async ({ ref, ms }, ctx) => {
          executions.push({ ref, attempt: ctx.job.attempt, worker: ctx.workerId, ok: true });
          await sleep(ms);
        },
      },
      ...overrides,
    });
    runners.push(runner);
    return runner;
  }

  const job = (id: number) => database.db.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const enqueue = (input: Parameters<typeof enqueueJob<TestJobs>>[1]) =>
    runCommand({ database, clock }, { actor }, (ctx) => enqueueJob<TestJobs>(ctx, input));

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock(START);
    executions = [];
    deliveries = [];
    runners = [];
  });
  afterEach(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await database.drop();
  });

  it("retries a failing job with exponential backoff, then records success", async () => {
    const runner = makeRunner();
    const { id } = await enqueue({ kind: "flaky", payload: { ref: "a", failures: 2 } });

    expect(await runner.runOnce()).toBe(1);
    expect(await job(id)).toMatchObject({
      status: "pending",
      attempts: 1,
      run_at: "2026-12-01T02:00:01.000Z", // + 1 s
      locked_until: null,
    });
    expect((await job(id)).last_error).toContain("upstream unreachable (attempt 1)");

    expect(await runner.runOnce()).toBe(0); // not due yet
    clock.advance(999);
    expect(await runner.runOnce()).toBe(0);
    clock.advance(1);
    expect(await runner.runOnce()).toBe(1);
    expect(await job(id)).toMatchObject({ status: "pending", attempts: 2, run_at: "2026-12-01T02:00:03.000Z" }); // + 2 s

    clock.advance(2000);
    expect(await runner.runOnce()).toBe(1);
    expect(await job(id)).toMatchObject({
      status: "done",
      attempts: 3,
      finished_at: "2026-12-01T02:00:03.000Z",
      locked_by: "worker-1",
    });
    clock.advance(3_600_000);
    expect(await runner.runOnce()).toBe(0);
    expect(executions.map((e) => [e.attempt, e.ok])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
  });

  it("marks a job failed after max attempts and keeps the last error", async () => {
    const runner = makeRunner();
    const { id } = await enqueue({ kind: "flaky", payload: { ref: "b", failures: 99 }, maxAttempts: 3 });
    for (let i = 0; i < 3; i++) {
      expect(await runner.runOnce()).toBe(1);
      clock.advance(60_000);
    }
    const row = await job(id);
    expect(row).toMatchObject({ status: "failed", attempts: 3, finished_at: "2026-12-01T02:02:00.000Z" });
    expect(row.last_error).toContain("upstream unreachable (attempt 3)");
    clock.advance(24 * 3_600_000);
    expect(await runner.runOnce()).toBe(0);
    expect(executions).toHaveLength(3);
  });

  it("fails a job whose kind has no handler, with a clear error", async () => {
    const runner = makeRunner();
    const { id } = await runCommand({ database, clock }, { actor }, (ctx) =>
      enqueueJob<{ retired: object }>(ctx, { kind: "retired", payload: {}, maxAttempts: 1 }),
    );
    expect(await runner.runOnce()).toBe(1);
    const row = await job(id);
    expect(row.status).toBe("failed");
    expect(row.last_error).toContain('no handler for job kind "retired"');
  });

  it("re-claims the job of a crashed worker once its lease expires, and ignores that worker afterwards", async () => {
    const { id } = await enqueue({ kind: "flaky", payload: { ref: "c", failures: 0 } });
    // A worker claims the job and dies without a word.
    const [crashed] = await claimDue(database, "jobs", {
      workerId: "crashed",
      now: clock.now(),
      leaseMs: 30_000,
      limit: 10,
    });
    expect(crashed).toMatchObject({ id, status: "running", locked_by: "crashed", attempts: 1 });

    const runner = makeRunner();
    expect(await runner.runOnce()).toBe(0); // the lease is live
    clock.advance(29_999);
    expect(await runner.runOnce()).toBe(0);
    clock.advance(1);
    expect(await runner.runOnce()).toBe(1);
    expect(await job(id)).toMatchObject({ status: "done", attempts: 2, locked_by: "worker-1" });
    expect(executions).toEqual([{ ref: "c", attempt: 2, worker: "worker-1", ok: true }]);

    // The crashed worker comes back: neither its success nor its failure changes anything.
    if (!crashed) throw new Error("not claimed");
    expect(await completeLease(database, "jobs", crashed, clock.now())).toBe(false);
    expect(
      await failLease(database, "jobs", crashed, {
        now: clock.now(),
        error: new Error("late"),
        backoff: { baseMs: 1, maxMs: 1 },
        maxAttempts: 5,
      }),
    ).toEqual({ outcome: "lost" });
    expect(await job(id)).toMatchObject({ status: "done", attempts: 2, locked_by: "worker-1", last_error: null });
  });

  it("marks failed a job whose last attempt crashed", async () => {
    const { id } = await enqueue({ kind: "flaky", payload: { ref: "d", failures: 0 }, maxAttempts: 1 });
    await claimDue(database, "jobs", { workerId: "crashed", now: clock.now(), leaseMs: 30_000, limit: 10 });
    clock.advance(30_000);
    const runner = makeRunner();
    expect(await runner.runOnce()).toBe(0);
    const row = await job(id);
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.last_error).toContain("lease expired");
    expect(executions).toEqual([]);
  });

  it("delivers an outbox message once and marks it sent", async () => {
    const runner = makeRunner();
    await runCommand({ database, clock }, { actor }, (ctx) =>
      enqueueOutbox(ctx, {
        channel: "test",
        topic: "report.received",
        recipient: "pelapor@example.id",
        payload: { ref: "m" },
      }),
    );
    expect(await runner.runOnce()).toBe(1);
    clock.advance(3_600_000);
    expect(await runner.runOnce()).toBe(0);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      channel: "test",
      topic: "report.received",
      recipient: "pelapor@example.id",
      payload: { ref: "m" },
      attempt: 1,
    });
    const row = await database.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", sent_at: START, attempts: 1, locked_until: null });
  });

  it("retries an outbox delivery with backoff and gives up after the allowed attempts; a channel without an adapter waits", async () => {
    const runner = makeRunner({ outboxMaxAttempts: 3 });
    await runCommand({ database, clock }, { actor }, async (ctx) => {
      await enqueueOutbox(ctx, { channel: "test", topic: "t", payload: { ref: "once-busy", failures: 1 } });
      await enqueueOutbox(ctx, { channel: "fax", topic: "t", payload: { ref: "no-adapter" } });
      await enqueueOutbox(ctx, { channel: "test", topic: "t", payload: { ref: "always-busy", failures: 99 } });
    });
    expect(await runner.runOnce()).toBe(2);
    const rows = () => database.db.selectFrom("outbox").selectAll().orderBy("id").execute();
    const [busy, fax, hopeless] = await rows();
    expect(hopeless).toMatchObject({ status: "pending", attempts: 1 });
    expect(busy).toMatchObject({ status: "pending", attempts: 1, next_attempt_at: "2026-12-01T02:00:01.000Z" });
    expect(busy?.last_error).toContain("mail server busy");
    expect(fax).toMatchObject({ status: "pending", attempts: 0, last_error: null, locked_by: null });

    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      await runner.runOnce();
    }
    const [sent, waiting, failed] = await rows();
    expect(sent).toMatchObject({ status: "sent", attempts: 2 });
    expect(waiting).toMatchObject({ status: "pending", attempts: 0 });
    expect(failed).toMatchObject({ status: "failed", attempts: 3 });
    expect(failed?.last_error).toContain("mail server busy (attempt 3)");
    expect(deliveries.filter((d) => (d.payload as { ref: string }).ref === "once-busy").map((d) => d.attempt)).toEqual([
      1, 2,
    ]);
  });

  it("delivers the log channel by default by writing the message to the log", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const runner = makeRunner({ adapters: undefined, logger: pino({ level: "info" }, sink) });
    await runCommand({ database, clock }, { actor }, (ctx) =>
      enqueueOutbox(ctx, {
        channel: "log",
        topic: "sla.warning",
        recipient: "lead@csirt.id",
        payload: { incident: 42 },
      }),
    );
    expect(await runner.runOnce()).toBe(1);
    const logged = lines
      .map((l) => JSON.parse(l) as { msg: string; outbox?: unknown })
      .find((l) => l.msg === "outbox message");
    expect(logged?.outbox).toMatchObject({
      channel: "log",
      topic: "sla.warning",
      recipient: "lead@csirt.id",
      payload: { incident: 42 },
    });
    expect(await database.db.selectFrom("outbox").select("status").executeTakeFirstOrThrow()).toEqual({
      status: "sent",
    });
  });

  it("never has an outbox message or job from a rolled-back transaction", async () => {
    const runner = makeRunner();
    await expect(
      runCommand({ database, clock }, { actor }, async (ctx) => {
        await enqueueOutbox(ctx, { channel: "test", topic: "t", payload: { ref: "ghost" } });
        await enqueueJob<TestJobs>(ctx, { kind: "flaky", payload: { ref: "ghost", failures: 0 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.selectFrom("outbox").selectAll().execute()).toEqual([]);
    expect(await database.db.selectFrom("jobs").selectAll().execute()).toEqual([]);
    expect(await runner.runOnce()).toBe(0);
    expect(deliveries).toEqual([]);
  });

  it("makes enqueuing idempotent with a unique key or dedupe key", async () => {
    const runner = makeRunner();
    const first = await enqueue({
      kind: "flaky",
      payload: { ref: "u", failures: 0 },
      uniqueKey: "sla:incident-1:step-3",
    });
    const again = await enqueue({
      kind: "flaky",
      payload: { ref: "u2", failures: 0 },
      uniqueKey: "sla:incident-1:step-3",
    });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    // Also after the job ran, and from a bare database handle.
    expect(await runner.runOnce()).toBe(1);
    expect(
      await enqueueJob<TestJobs>(database.db, {
        kind: "flaky",
        payload: { ref: "u3", failures: 0 },
        uniqueKey: "sla:incident-1:step-3",
      }),
    ).toEqual({
      id: first.id,
      created: false,
    });

    const queued = await runCommand({ database, clock }, { actor }, async (ctx) => [
      await enqueueOutbox(ctx, {
        channel: "test",
        topic: "t",
        payload: { ref: "d1" },
        dedupeKey: "mail:report-9:received",
      }),
      await enqueueOutbox(ctx, {
        channel: "test",
        topic: "t",
        payload: { ref: "d2" },
        dedupeKey: "mail:report-9:received",
      }),
    ]);
    expect(queued).toEqual([true, false]);
    expect(await runner.runOnce()).toBe(1);
    clock.advance(60_000);
    expect(await runner.runOnce()).toBe(0);

    expect(await database.db.selectFrom("jobs").select("id").execute()).toHaveLength(1);
    expect(executions.map((e) => e.ref)).toEqual(["u"]);
    expect(deliveries.map((d) => (d.payload as { ref: string }).ref)).toEqual(["d1"]);
  });

  it("stop() stops claiming and waits for the handlers in flight", async () => {
    const runner = makeRunner({ pollIntervalMs: 20, clock: systemClock as Clock });
    const { id } = await enqueue({ kind: "slow", payload: { ref: "s", ms: 400 }, runAt: new Date(0) });
    runner.start();
    await waitFor(() => executions.length === 1);
    await runner.stop();
    // The handler had finished and was recorded by the time stop() resolved.
    expect(await job(id)).toMatchObject({ status: "done" });

    const later = await enqueue({ kind: "slow", payload: { ref: "t", ms: 1 }, runAt: new Date(0) });
    await sleep(150);
    expect(await job(later.id)).toMatchObject({ status: "pending", attempts: 0 });
  });

  it("renews a live lease so that a slow job is not taken over by another worker", async () => {
    const options = { pollIntervalMs: 20, leaseMs: 150, clock: systemClock as Clock };
    const a = makeRunner(options);
    const b = makeRunner(options);
    await enqueue({ kind: "slow", payload: { ref: "long", ms: 700 }, runAt: new Date(0) });
    a.start();
    b.start();
    await waitFor(() => executions.length === 1);
    await sleep(900);
    await Promise.all([a.stop(), b.stop()]);
    expect(executions.map((e) => e.ref)).toEqual(["long"]);
    expect(await database.db.selectFrom("jobs").select(["status", "attempts"]).executeTakeFirstOrThrow()).toEqual({
      status: "done",
      attempts: 1,
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await sleep(5);
  }
}
