import { Writable } from "node:stream";
import { sql } from "kysely";
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appendAudit } from "../../../src/commands/audit.ts";
import { runCommand } from "../../../src/commands/context.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { enqueueJob } from "../../../src/jobs/enqueue.ts";
import { jobHandlers } from "../../../src/jobs/registry.ts";
import { createJobRunner } from "../../../src/jobs/runner.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(DIALECTS)("the audit.verify job on %s", (dialect) => {
  let database: TestDatabase;
  const clock = new FakeClock("2026-12-01T02:00:00.000Z");
  let lines: { level: number; msg: string }[];

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    lines = [];
    for (let i = 0; i < 3; i++) {
      await runCommand({ database, clock }, { actor: systemActor("test") }, (ctx) =>
        appendAudit(ctx, { action: "setting.update", entityType: "setting", entityId: `k${i}`, detail: { i } }),
      );
    }
  });
  afterEach(async () => database.drop());

  async function runVerifyJob(): Promise<void> {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
        done();
      },
    });
    const runner = createJobRunner({ database, clock, handlers: jobHandlers(), logger: pino({ level: "info" }, sink) });
    await runCommand({ database, clock }, { actor: systemActor("test") }, (ctx) =>
      enqueueJob(ctx, { kind: "audit.verify", payload: {} }),
    );
    expect(await runner.runOnce()).toBe(1);
    expect(await database.db.selectFrom("jobs").select("status").executeTakeFirstOrThrow()).toEqual({ status: "done" });
  }

  it("logs that an intact chain verified", async () => {
    await runVerifyJob();
    expect(lines.find((l) => l.msg === "audit chain verified")?.level).toBe(30);
  });

  it("logs an error naming the first tampered event", async () => {
    await sql`update audit_events set changes = '{}' where seq = 2`.execute(database.db);
    await runVerifyJob();
    const error = lines.find((l) => l.level === 50);
    expect(error?.msg).toContain("audit chain broken at event 2");
  });
});
