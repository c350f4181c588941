import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/databases.ts";
import { insertTestReport } from "../../helpers/open-case.ts";

/*
 * SQLite puts a commit's new rows into the full-text index just before the COMMIT
 * (src/db/sqlite-search-index.ts): what is committed is searchable, what rolls back never was, and
 * rows that change or go before the commit end up indexed as they are at the commit.
 */

describe("the SQLite full-text index at commit", () => {
  let database: TestDatabase;
  let deps: CommandDeps;
  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
    deps = { database, clock: new FakeClock("2026-11-30T02:00:00.000Z") };
  });
  afterEach(async () => database.drop());

  const found = async (word: string) =>
    (
      await sql<{ id: number }>`select rowid as id from reports_fts where reports_fts match ${word}`.execute(
        database.db,
      )
    ).rows.map((r) => r.id);
  const pending = async () =>
    (await sql<{ n: number }>`select count(*) as n from search_pending`.execute(database.db)).rows[0]!.n;
  // FTS5 compares its index with the reports table itself; a mismatch is an error.
  const integrityCheck = () =>
    sql`insert into reports_fts(reports_fts, rank) values ('integrity-check', 1)`.execute(database.db);
  const inCommand = <T>(fn: Parameters<typeof runCommand<T>>[2]) =>
    runCommand(deps, { actor: systemActor("test") }, fn);

  it("indexes new rows at the commit, as they are then, and nothing of a rollback", async () => {
    let seenInside: number[] = [];
    const kept = await inCommand(async (ctx) => {
      const team = await readTeamContext(ctx.db);
      const report = await insertTestReport(ctx, team, { title: "Laporan alfa" });
      await ctx.db.updateTable("reports").set({ title: "Laporan beta" }).where("id", "=", report.id).execute();
      const gone = await insertTestReport(ctx, team, { title: "Laporan gamma" });
      await ctx.db.deleteFrom("reports").where("id", "=", gone.id).execute();
      seenInside = (
        await sql<{ id: number }>`select rowid as id from reports_fts where reports_fts match 'beta'`.execute(ctx.db)
      ).rows.map((r) => r.id);
      return report;
    });
    expect(seenInside).toEqual([]);
    expect(await found("beta")).toEqual([kept.id]);
    expect(await found("alfa")).toEqual([]);
    expect(await found("gamma")).toEqual([]);
    expect(await pending()).toBe(0);
    await integrityCheck();

    await expect(
      inCommand(async (ctx) => {
        await insertTestReport(ctx, await readTeamContext(ctx.db), { title: "Laporan delta" });
        throw new Error("the command fails");
      }),
    ).rejects.toThrow("the command fails");
    expect(await found("delta")).toEqual([]);
    expect(await pending()).toBe(0);
    await integrityCheck();
  });

  it("keeps indexed rows in step when they change or go later", async () => {
    const report = await inCommand(async (ctx) =>
      insertTestReport(ctx, await readTeamContext(ctx.db), { title: "Laporan alfa" }),
    );
    await inCommand((ctx) =>
      ctx.db.updateTable("reports").set({ title: "Laporan epsilon" }).where("id", "=", report.id).execute(),
    );
    expect(await found("epsilon")).toEqual([report.id]);
    expect(await found("alfa")).toEqual([]);
    await integrityCheck();
    await inCommand((ctx) => ctx.db.deleteFrom("reports").where("id", "=", report.id).execute());
    expect(await found("epsilon")).toEqual([]);
    await integrityCheck();
  });
});
