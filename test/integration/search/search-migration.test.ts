import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { queryContext } from "../../../src/commands/query-context.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import * as searchMigration from "../../../src/db/migrations/2026-11-27T1300-search.ts";
import * as resultOrder from "../../../src/db/migrations/2026-11-28T0100-search-in-result-order.ts";
import * as indexAtCommit from "../../../src/db/migrations/2026-11-28T0200-search-index-at-commit.ts";
import * as filterTerms from "../../../src/db/migrations/2026-11-28T0400-search-filter-terms.ts";
import { searchIncidents } from "../../../src/search/search-incidents.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { openTestCase } from "../../helpers/open-case.ts";

describe.each(DIALECTS)("the search migration on %s", (dialect) => {
  let database: TestDatabase;
  afterEach(async () => database.drop());

  it("goes down without a trace and up again over existing rows", async () => {
    database = await createTestDatabase(dialect);
    const deps = { database, clock: new FakeClock("2026-11-30T02:00:00.000Z") };
    const search = (q: string) => searchIncidents(queryContext(deps, systemActor("test")), { q, limit: 10 });
    const { incident } = await openTestCase(deps, { title: "Defacement portal pariwisata" });

    // In reverse order: the later migrations build on this one's triggers and functions.
    await filterTerms.down(database.db, dialect);
    await indexAtCommit.down(database.db, dialect);
    await resultOrder.down(database.db, dialect);
    await searchMigration.down(database.db, dialect);
    const leftovers =
      dialect === "sqlite"
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where name like '%fts%' or name like '%search%'`.execute(database.db)
        : await sql<{ name: string }>`select proname as name from pg_proc where proname like 'sigap_%'
                                      union all select indexname from pg_indexes where indexname like '%search%'`.execute(
            database.db,
          );
    expect(leftovers.rows).toEqual([]);
    // Rows written while the index is gone are indexed when it comes back.
    await openTestCase(deps, { title: "Phishing portal pajak" });

    await searchMigration.up(database.db, dialect);
    await resultOrder.up(database.db, dialect);
    await indexAtCommit.up(database.db, dialect);
    await filterTerms.up(database.db, dialect);
    expect((await search("portal")).items.map((i) => i.title)).toEqual([
      "Phishing portal pajak",
      "Defacement portal pariwisata",
    ]);
    expect((await search("pariwisata")).items.map((i) => i.id)).toEqual([incident.id]);
  });
});
