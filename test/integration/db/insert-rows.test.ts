import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { insertRow, insertRows, insertRowsReturning } from "../../../src/db/insert-rows.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

/*
 * The insert helpers (src/db/insert-rows.ts) reuse the SQL Kysely compiled for the first insert of
 * each shape. What callers rely on: every insert stores exactly the values given and returns the
 * stored rows, whether its SQL was compiled now or before, in a transaction or not.
 */
describe.each(DIALECTS)("insert helpers on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => database.drop());

  const organisation = (name: string, email: string | null) => ({
    name,
    short_name: null,
    kind: "agency" as const,
    email,
    phone: "0361-222",
    created_at: "2026-12-01T02:00:00.000Z",
    updated_at: "2026-12-01T02:00:00.000Z",
  });

  it("compiles a shape once and stores the values of every later insert of it", async () => {
    const build = vi.spyOn(database.db, "insertInto");
    const first = await insertRow(database.db, "organisations", organisation("Dinas Kominfo", "kominfo@x.go.id"));
    const second = await insertRow(database.db, "organisations", organisation("Dinas Kesehatan", null));
    expect(build).toHaveBeenCalledTimes(1);
    expect(second.id).toBeGreaterThan(first.id);
    expect(second).toEqual({ id: second.id, ...organisation("Dinas Kesehatan", null) });
    const stored = await database.db
      .selectFrom("organisations")
      .selectAll()
      .where("id", "in", [first.id, second.id])
      .orderBy("id")
      .execute();
    expect(stored).toEqual([first, second]);
  });

  it("returns several rows in the order given, inside a transaction as outside", async () => {
    await insertRows(database.db, "organisations", [organisation("A", null), organisation("B", null)]);
    const rows = await database.db
      .transaction()
      .execute((trx) =>
        insertRowsReturning(trx, "organisations", [organisation("C", "c@x.id"), organisation("D", null)]),
      );
    expect(rows.map((r) => [r.name, r.email])).toEqual([
      ["C", "c@x.id"],
      ["D", null],
    ]);
    const names = await database.db
      .selectFrom("organisations")
      .select("name")
      .where("name", "in", ["A", "B", "C", "D"])
      .orderBy("id")
      .execute();
    expect(names.map((r) => r.name)).toEqual(["A", "B", "C", "D"]);
  });

  it("leaves a column out when its value is undefined, as Kysely does, even after that shape was compiled", async () => {
    await insertRow(database.db, "organisations", organisation("E", "e@x.id"));
    const row = await insertRow(database.db, "organisations", { ...organisation("F", null), email: undefined });
    expect(row.email).toBeNull();
    expect(row.name).toBe("F");
  });

  it("tells rows of another column order or count apart", async () => {
    const { name, ...rest } = organisation("G", "g@x.id");
    const reordered = await insertRow(database.db, "organisations", { ...rest, name });
    expect(reordered).toMatchObject({ name: "G", email: "g@x.id", phone: "0361-222" });
    const { phone: _phone, ...fewer } = organisation("H", "h@x.id");
    expect(await insertRow(database.db, "organisations", fewer)).toMatchObject({ name: "H", phone: null });
  });
});
