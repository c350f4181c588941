import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../../src/audit/verify-chain.ts";
import { appendAudit } from "../../../src/commands/audit.ts";
import { runCommand } from "../../../src/commands/context.ts";
import type { Actor } from "../../../src/core/actor.ts";
import { auditHash } from "../../../src/core/audit-hash.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

const analyst: Actor = {
  type: "user",
  id: 7,
  username: "made",
  role: "csirt",
  specialty: "web",
  organisationId: null,
  via: "session",
};

/** Seven events written the way commands write them: five commands, one of them with three events. */
async function buildChain(database: TestDatabase, clock: FakeClock): Promise<void> {
  const deps = { database, clock };
  for (let i = 1; i <= 4; i++) {
    await runCommand(deps, { actor: analyst, requestId: `req-${i}` }, (ctx) =>
      appendAudit(ctx, {
        action: "incident.update",
        entityType: "incident",
        entityId: i,
        before: { severity: "rendah", title: `Insiden ${i}` },
        after: { severity: "tinggi", title: `Insiden ${i}` },
      }),
    );
    clock.advance(60_000);
  }
  await runCommand(deps, { actor: { type: "system", label: "sla" }, requestId: null }, async (ctx) => {
    await appendAudit(ctx, { action: "step.late", entityType: "step_run", entityId: 1, detail: { minutes: 12 } });
    await appendAudit(ctx, { action: "step.late", entityType: "step_run", entityId: 2, detail: { minutes: 3 } });
    await appendAudit(ctx, {
      action: "user.update",
      entityType: "user",
      entityId: 3,
      before: { password_hash: "a" },
      after: { password_hash: "b" },
      redact: ["password_hash"],
    });
  });
}

describe.each(DIALECTS)("verifyAuditChain on %s", (dialect) => {
  let database: TestDatabase;
  let clock: FakeClock;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock("2026-12-01T02:00:00.000Z");
  });
  afterEach(async () => database.drop());

  it("accepts an empty log", async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, count: 0, headSeq: 0 });
  });

  it("accepts an untampered chain and reports its head", async () => {
    await buildChain(database, clock);
    const head = await database.db.selectFrom("audit_head").selectAll().executeTakeFirstOrThrow();
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, count: 7, headSeq: 7, headHash: head.hash });
    // Small batches cross batch boundaries; the result is the same.
    expect(await verifyAuditChain(database.db, { batchSize: 2 })).toMatchObject({ ok: true, count: 7 });
  });

  it("names an edited event (hash mismatch)", async () => {
    await buildChain(database, clock);
    await sql`update audit_events set changes = ${'{"severity":{"before":"rendah","after":"sedang"}}'} where seq = 3`.execute(
      database.db,
    );
    expect(await verifyAuditChain(database.db, { batchSize: 2 })).toMatchObject({
      ok: false,
      seq: 3,
      reason: "hash_mismatch",
    });
  });

  it("names an edited actor or time, too", async () => {
    await buildChain(database, clock);
    await sql`update audit_events set actor_label = 'someone-else' where seq = 6`.execute(database.db);
    await sql`update audit_events set at = '2026-01-01T00:00:00.000Z' where seq = 5`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 5, reason: "hash_mismatch" });
  });

  it("names the event after one rewritten together with its hash (prev_hash mismatch)", async () => {
    await buildChain(database, clock);
    const row = await database.db.selectFrom("audit_events").selectAll().where("seq", "=", 3).executeTakeFirstOrThrow();
    const forged = { ...row, changes: "{}" };
    await sql`update audit_events set changes = '{}', hash = ${auditHash(forged)} where seq = 3`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 4, reason: "prev_hash_mismatch" });
  });

  it("names a deleted middle event (gap)", async () => {
    await buildChain(database, clock);
    await sql`delete from audit_events where seq = 4`.execute(database.db);
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: false, seq: 4, reason: "gap" });
    expect(result.ok === false && result.detail).toContain("event 4 is missing");
  });

  it("names a deleted first event (gap at 1)", async () => {
    await buildChain(database, clock);
    await sql`delete from audit_events where seq = 1`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 1, reason: "gap" });
  });

  it("names a deleted last event (head mismatch)", async () => {
    await buildChain(database, clock);
    await sql`delete from audit_events where seq = 7`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 7, reason: "head_mismatch" });
  });

  it("names the first of two events whose contents were swapped (prev_hash mismatch)", async () => {
    await buildChain(database, clock);
    const rows = await database.db
      .selectFrom("audit_events")
      .selectAll()
      .where("seq", "in", [2, 5])
      .orderBy("seq")
      .execute();
    const [two, five] = rows;
    if (!two || !five) throw new Error("chain not built");
    for (const [seq, from] of [
      [2, five],
      [5, two],
    ] as const) {
      const { seq: _seq, ...content } = from;
      await database.db.updateTable("audit_events").set(content).where("seq", "=", seq).execute();
    }
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 2, reason: "prev_hash_mismatch" });
  });

  it("names an event slipped in beyond the head, and a rewritten head", async () => {
    await buildChain(database, clock);
    const last = await database.db
      .selectFrom("audit_events")
      .selectAll()
      .where("seq", "=", 7)
      .executeTakeFirstOrThrow();
    const extra = { ...last, seq: 8, prev_hash: last.hash, action: "forged" };
    await database.db
      .insertInto("audit_events")
      .values({ ...extra, hash: auditHash(extra) })
      .execute();
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 8, reason: "head_mismatch" });

    await sql`delete from audit_events where seq = 8`.execute(database.db);
    await sql`update audit_head set hash = ${"f".repeat(64)} where id = 1`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, seq: 7, reason: "head_mismatch" });
  });

  it("stays gap-free and verifiable when 20 commands append at once", async () => {
    const deps = { database, clock };
    const appends = Array.from({ length: 20 }, (_, i) =>
      runCommand(deps, { actor: analyst, requestId: `parallel-${i}` }, async (ctx) => {
        await appendAudit(ctx, { action: "report.create", entityType: "report", entityId: i, detail: { n: i } });
        // A second event in the same transaction must stay adjacent to the first.
        return appendAudit(ctx, { action: "report.assign", entityType: "report", entityId: i, detail: { n: i } });
      }),
    );
    // Verifying while others append sees a consistent prefix of the chain.
    const during = verifyAuditChain(database.db, { batchSize: 3 });
    const seqs = await Promise.all(appends);
    expect((await during).ok).toBe(true);

    const rows = await database.db.selectFrom("audit_events").select(["seq", "request_id"]).orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Each command's two events are consecutive: the head lock serialises whole transactions.
    for (const seq of seqs) expect(rows[seq - 1]?.request_id).toBe(rows[seq - 2]?.request_id);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, count: 40, headSeq: 40 });
  });
});
