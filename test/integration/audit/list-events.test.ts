import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "../../../src/audit/list-events.ts";
import { appendAudit } from "../../../src/commands/audit.ts";
import { runCommand } from "../../../src/commands/context.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(DIALECTS)("listAuditEvents on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    const deps = { database, clock: new FakeClock("2026-12-01T02:00:00.000Z") };
    // Events 1..6 alternate between incident 1 and incident 2.
    for (let i = 1; i <= 6; i++) {
      await runCommand(deps, { actor: { type: "system", label: "test" }, requestId: `r${i}` }, (ctx) =>
        appendAudit(ctx, {
          action: "incident.update",
          entityType: "incident",
          entityId: i % 2 === 1 ? 1 : 2,
          before: { status: "open" },
          after: { status: `s${i}` },
        }),
      );
    }
  });
  afterEach(async () => database.drop());

  it("lists one entity's events oldest first, with parsed changes", async () => {
    const events = await listAuditEvents(database.db, { entityType: "incident", entityId: 2, limit: 10 });
    expect(events.map((e) => e.seq)).toEqual([2, 4, 6]);
    expect(events[0]).toEqual({
      seq: 2,
      at: "2026-12-01T02:00:00.000Z",
      actor: { type: "system", id: null, label: "system:test" },
      action: "incident.update",
      entityType: "incident",
      entityId: "2",
      changes: { status: { before: "open", after: "s2" } },
      requestId: "r2",
    });
  });

  it("pages forwards with afterSeq and backwards with beforeSeq", async () => {
    const first = await listAuditEvents(database.db, { limit: 4 });
    expect(first.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    const next = await listAuditEvents(database.db, { afterSeq: 4, limit: 4 });
    expect(next.map((e) => e.seq)).toEqual([5, 6]);

    const newest = await listAuditEvents(database.db, { newestFirst: true, limit: 4 });
    expect(newest.map((e) => e.seq)).toEqual([6, 5, 4, 3]);
    const older = await listAuditEvents(database.db, { newestFirst: true, beforeSeq: 3, limit: 4 });
    expect(older.map((e) => e.seq)).toEqual([2, 1]);
  });

  it("returns nothing for an entity without events", async () => {
    expect(await listAuditEvents(database.db, { entityType: "report", entityId: 1, limit: 10 })).toEqual([]);
  });
});
