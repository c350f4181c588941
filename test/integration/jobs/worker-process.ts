/*
 * A job worker in its own process, for the multi-process test:
 *   node --import tsx test/integration/jobs/worker-process.ts <database-url> <worker-id>
 * It runs a real runner against the database. Every handler execution and every delivery is
 * recorded in the test-only table `test_executions`, which the test creates. It prints "ready" once
 * polling, and stops gracefully (finishing work in flight) on SIGTERM.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { pino } from "pino";
import { systemClock } from "../../../src/core/clock.ts";
import { openDatabase } from "../../../src/db/connect.ts";
import { createJobRunner } from "../../../src/jobs/runner.ts";

/** The payload of the test's only job kind and of its outbox messages. */
export interface RecordPayload {
  ref: string;
  /** Fail the first attempt, to exercise retries across processes. */
  failFirst?: boolean;
}

const [url, workerId] = process.argv.slice(2);
if (!url || !workerId) {
  console.error("usage: worker-process.ts <database-url> <worker-id>");
  process.exit(2);
}

const database = openDatabase(url, { poolSize: 4 });
const record = (kind: string, ref: string, attempt: number, outcome: string) =>
  sql`insert into test_executions (kind, ref, worker, attempt, outcome) values (${kind}, ${ref}, ${workerId}, ${attempt}, ${outcome})`.execute(
    database.db,
  );

const runner = createJobRunner<{ record: RecordPayload }>({
  database,
  clock: systemClock,
  workerId,
  pollIntervalMs: 25,
  leaseMs: 10_000,
  concurrency: 4,
  backoff: { baseMs: 50, maxMs: 200 },
  logger: pino({ level: "warn" }, pino.destination(2)),
  handlers: {
    record: async (payload, ctx) => {
      // A little work, so that the two workers interleave.
      await sleep(1 + Math.floor(Math.random() * 8));
      if (payload.failFirst && ctx.job.attempt === 1) {
        await record("job", payload.ref, ctx.job.attempt, "error");
        throw new Error("first attempt fails on purpose");
      }
      await record("job", payload.ref, ctx.job.attempt, "ok");
    },
  },
  adapters: {
    test: {
      deliver: async (message) => {
        await sleep(1 + Math.floor(Math.random() * 8));
        await record("message", (message.payload as RecordPayload).ref, message.attempt, "ok");
      },
    },
  },
});

runner.start();
process.stdout.write("ready\n");

process.once("SIGTERM", () => {
  void runner
    .stop()
    .then(() => database.close())
    .then(() => process.exit(0));
});
