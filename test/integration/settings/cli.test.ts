import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_TIMEOUT, createCliWorld, sigap, type CliWorld } from "../../helpers/cli.ts";
import { DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(DIALECTS)("sigap holidays and sigap settings on %s", (dialect) => {
  let world: CliWorld;
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    world = await createCliWorld(dialect);
    ({ database, env } = world);
  });
  afterAll(async () => world.drop());

  it(
    "lists the shipped holidays, adds a local one, refuses a repeat in both languages, removes it",
    async () => {
      const list = await sigap(env, ["holidays", "list", "--year", "2026"]);
      expect(list.code, list.stderr).toBe(0);
      expect(list.stdout).toContain("2026-08-17\tlibur_nasional\tProklamasi Kemerdekaan");
      expect(list.stdout).not.toContain("2027-");

      const added = await sigap(env, ["holidays", "add", "2026-10-01", "Hari Jadi (uji)"]);
      expect(added.code, added.stderr).toBe(0);
      const again = await sigap(env, ["holidays", "add", "2026-10-01", "Lagi", "--kind", "local"]);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain("sudah tercatat sebagai hari libur");
      expect(again.stderr).toContain("is already a holiday");
      expect((await sigap(env, ["holidays", "add", "2026-10-02", "X", "--kind", "festival"])).stderr).toContain(
        "unknown kind 'festival'",
      );
      expect((await sigap(env, ["holidays", "remove", "2026-10-01"])).code).toBe(0);
      const row = await database.db
        .selectFrom("holidays")
        .select("date")
        .where("date", "=", "2026-10-01")
        .executeTakeFirst();
      expect(row).toBeUndefined();
    },
    CLI_TIMEOUT,
  );

  it(
    "changes a setting with the API's checks and prints each problem in both languages",
    async () => {
      const set = await sigap(env, ["settings", "set", "calendar.closeOfBusiness", "15:00"]);
      expect(set.code, set.stderr).toBe(0);
      const shown = await sigap(env, ["settings", "show"]);
      expect(JSON.parse(shown.stdout).calendar.closeOfBusiness).toBe("15:00");

      const bad = await sigap(env, ["settings", "set", "sla.warnShare", "1.5"]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/Terlalu besar/);
      expect(bad.stderr).toMatch(/Too big/);
      expect(bad.stderr).toContain("Pengaturan tidak valid (1 masalah)");
      const stored = await database.db
        .selectFrom("settings")
        .select("value")
        .where("key", "=", "team")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.value)).toEqual({ calendar: { closeOfBusiness: "15:00" } });
      const audit = await database.db
        .selectFrom("audit_events")
        .select("actor_label")
        .where("action", "=", "settings.update")
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actor_label).toMatch(/^system:cli:/);
    },
    CLI_TIMEOUT,
  );
});
