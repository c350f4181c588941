import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { queryContext } from "../../../src/commands/query-context.ts";
import { mergeReport } from "../../../src/commands/reports/merge-report.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import type { User } from "../../../src/db/schema.ts";
import { SEARCH_TUNING, searchIncidents, type SearchInput } from "../../../src/search/search-incidents.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { addUser, openTestCase } from "../../helpers/open-case.ts";
import { actorForUser } from "../../../src/commands/users/user-actor.ts";

/*
 * Words with few matches are searched by reading every match; common words by walking the
 * incidents in result order and checking them in batches against the full-text index
 * (SEARCH_TUNING). Both plans must give exactly the same pages — also when ids do not follow the order of the results:
 * a report recorded late with an earlier arrival time, and an older report merged into a newer
 * incident. The thresholds and batch sizes are
 * moved here so that each query runs under both plans and every path of the walk.
 */

const T0 = "2026-11-30T02:00:00.000Z";
const HOUR = 3_600_000;
const at = (hours: number) => new Date(new Date(T0).getTime() + hours * HOUR).toISOString();

const actorOf = (u: User) => actorForUser(u, "session");

describe.each(DIALECTS)("the two search plans on %s", (dialect) => {
  let database: TestDatabase;
  let deps: CommandDeps;
  let clock: FakeClock;
  let analyst: User;
  const tuning = { ...SEARCH_TUNING };

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock(at(-100));
    deps = { database, clock };
    analyst = await addUser(deps, "csirt");
    const intake = await addUser(deps, "intake");
    for (let i = 0; i < 14; i++) {
      clock.set(at(-100 + i * 5));
      await openTestCase(deps, {
        title: i % 3 === 0 ? `Situs dinas ${i} menampilkan judi` : `Gangguan layanan ${i}`,
        description: i % 2 === 0 ? "Halaman berisi tautan judi online." : "Layanan lambat sejak pagi.",
      });
    }
    // Recorded now, but it arrived two days ago (a letter logged late): a high id, an old time.
    clock.set(at(-1));
    await openTestCase(deps, { title: "Surat tentang judi online", receivedAt: at(-60) });
    // An older report merged into a newer incident: a low report id inside a new incident.
    clock.set(at(-40));
    const older = await openTestCase(deps, { title: "Laporan awal", description: "Situs dipenuhi iklan judi slot." });
    clock.set(at(-2));
    const newer = await openTestCase(deps, { title: "Deface portal utama", description: "Tampilan diganti." });
    clock.set(at(0));
    await runCommand(deps, { actor: actorOf(intake) }, (ctx) =>
      mergeReport(ctx, { reportId: older.report.id, incidentId: newer.incident.id }),
    );
  });
  afterEach(async () => {
    Object.assign(SEARCH_TUNING, tuning);
    await database.drop();
  });

  /** Every page of a search, by code, following the cursors. */
  const allPages = async (input: Omit<SearchInput, "limit" | "cursor">): Promise<string[][]> => {
    const ctx = queryContext(deps, actorOf(analyst));
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await searchIncidents(ctx, { ...input, limit: 3, cursor });
      pages.push(page.items.map((i) => i.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor && pages.length < 20);
    return pages;
  };

  it("gives the same pages whether the words count as rare or as common", async () => {
    const queries: Omit<SearchInput, "limit" | "cursor">[] = [
      { q: "judi" },
      { q: "judi onl" },
      { q: "situs" },
      { q: "layanan" },
      { q: "judi", status: "open" },
      { q: "judi", from: "2026-11-27" },
      { q: "slot" },
      { q: "tidak-ada-di-mana-pun" },
    ];
    const walks = [
      { fewMatches: 0, firstBatch: 1, maxBatch: 2 },
      { fewMatches: 1, firstBatch: 2, maxBatch: 8 },
      { fewMatches: 2, firstBatch: 200, maxBatch: 12_800 },
    ];
    for (const query of queries) {
      SEARCH_TUNING.fewMatches = 1_000;
      const rare = await allPages(query);
      for (const walk of walks) {
        Object.assign(SEARCH_TUNING, walk);
        expect(await allPages(query), `${JSON.stringify(query)} walked with ${JSON.stringify(walk)}`).toEqual(rare);
      }
    }
    Object.assign(SEARCH_TUNING, walks[0]);
    // The merged report is found in the newer incident it now belongs to, and the late letter in its place by time.
    const slot = await allPages({ q: "slot" });
    expect(slot.flat()).toHaveLength(1);
    const judi = (await allPages({ q: "judi" })).flat();
    expect(judi.length).toBeGreaterThan(6);
    expect(await allPages({ q: "tidak-ada-di-mana-pun" })).toEqual([[]]);
  });
});
