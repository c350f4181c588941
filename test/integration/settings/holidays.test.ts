import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { addHoliday } from "../../../src/commands/holidays/add-holiday.ts";
import { ensureHolidaysSeeded } from "../../../src/commands/holidays/ensure-holidays-seeded.ts";
import { listHolidays } from "../../../src/commands/holidays/list-holidays.ts";
import { removeHoliday } from "../../../src/commands/holidays/remove-holiday.ts";
import { startStepRun } from "../../../src/commands/incidents/step-runs.ts";
import { queryContext } from "../../../src/commands/query-context.ts";
import { systemActor, type UserActor } from "../../../src/core/actor.ts";
import { INDONESIAN_HOLIDAYS } from "../../../src/core/calendar/holidays-id.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { openTestCase } from "../../helpers/open-case.ts";

const admin: UserActor = {
  type: "user",
  id: 1,
  username: "admin",
  role: "admin",
  specialty: null,
  organisationId: null,
  via: "session",
};
const lead: UserActor = { ...admin, id: 2, username: "lead", role: "csirt_lead" };

describe.each(DIALECTS)("the team's holidays on %s", (dialect) => {
  let database: TestDatabase;
  let deps: CommandDeps & { clock: FakeClock };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // Monday 7 December 2026, 10:00 in Denpasar (WITA).
    deps = { database, clock: new FakeClock("2026-12-07T02:00:00Z") };
  });
  afterAll(async () => database?.drop());

  const holidays = () => database.db.selectFrom("holidays").selectAll().orderBy("date").execute();

  it("are seeded once with the shipped Indonesian 2026 and 2027 days, and never again", async () => {
    expect(await ensureHolidaysSeeded(deps)).toBe(new Set(INDONESIAN_HOLIDAYS.map((h) => h.date)).size);
    const rows = await holidays();
    expect(rows.some((h) => h.date === "2026-08-17" && h.kind === "libur_nasional")).toBe(true);
    expect(rows.some((h) => h.date.startsWith("2027-"))).toBe(true);
    expect(rows.some((h) => h.kind === "cuti_bersama")).toBe(true);
    expect(await ensureHolidaysSeeded(deps)).toBe(0);
    expect(await holidays()).toEqual(rows);
    const seeded = await database.db
      .selectFrom("audit_events")
      .select("actor_label")
      .where("action", "=", "holiday.seed")
      .execute();
    expect(seeded).toEqual([{ actor_label: "system:start" }]);
  });

  it("are listed by year, with shipped estimates marked provisional", async () => {
    const in2026 = await listHolidays(queryContext(deps, lead), { year: 2026 });
    expect(in2026.every((h) => h.date.startsWith("2026-") && !h.provisional)).toBe(true);
    const in2027 = await listHolidays(queryContext(deps, lead), { year: 2027 });
    expect(in2027.length).toBeGreaterThan(0);
    expect(in2027.every((h) => h.provisional)).toBe(true);
    await expect(listHolidays(queryContext(deps, { type: "public" }))).rejects.toMatchObject({ status: 401 });
  });

  it("can be added and removed by an administrator only, audited; bad dates and repeats are refused", async () => {
    await expect(
      runCommand(deps, { actor: lead }, (ctx) => addHoliday(ctx, { date: "2026-12-30", name: "Hari Jadi" })),
    ).rejects.toMatchObject({
      status: 403,
    });
    await expect(
      runCommand(deps, { actor: admin }, (ctx) => addHoliday(ctx, { date: "2026-02-30", name: "Tidak Ada" })),
    ).rejects.toMatchObject({
      status: 400,
      messageKey: "holiday.date_invalid",
    });
    await expect(
      runCommand(deps, { actor: admin }, (ctx) => addHoliday(ctx, { date: "2026-12-25", name: "Natal lagi" })),
    ).rejects.toMatchObject({
      status: 409,
      params: { name: "Kelahiran Yesus Kristus" },
    });
    const added = await runCommand(deps, { actor: admin }, (ctx) =>
      addHoliday(ctx, { date: "2026-12-30", name: "Hari Jadi Kota Denpasar (contoh)", kind: "local" }),
    );
    expect(added).toEqual({
      date: "2026-12-30",
      name: "Hari Jadi Kota Denpasar (contoh)",
      kind: "local",
      provisional: false,
    });
    await runCommand(deps, { actor: admin }, (ctx) => removeHoliday(ctx, { date: "2026-12-30" }));
    expect((await holidays()).some((h) => h.date === "2026-12-30")).toBe(false);
    await expect(
      runCommand(deps, { actor: admin }, (ctx) => removeHoliday(ctx, { date: "2026-12-30" })),
    ).rejects.toMatchObject({ status: 404 });
    const events = await database.db
      .selectFrom("audit_events")
      .select(["action", "entity_id"])
      .where("entity_type", "=", "holiday")
      .where("entity_id", "=", "2026-12-30")
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.action)).toEqual(["holiday.add", "holiday.remove"]);
  });

  it("move the due time of a step started afterwards by one working day; steps already running keep theirs", async () => {
    const { incident } = await openTestCase(deps);
    const startStep = () =>
      runCommand(deps, { actor: systemActor("test") }, async (ctx) => {
        const team = await readTeamContext(ctx.db);
        return startStepRun(ctx, team, { incidentId: incident.id, step: stepByCode(team.sop, "mitigate")! });
      });
    // Monday 10:00 + 1 working day → Tuesday 8 December, 16:00 WITA.
    const before = await startStep();
    expect(before.due_at).toBe("2026-12-08T08:00:00.000Z");

    await runCommand(deps, { actor: admin }, (ctx) =>
      addHoliday(ctx, { date: "2026-12-08", name: "Libur daerah (uji)", kind: "local" }),
    );
    const after = await startStep();
    // The Tuesday is now a holiday: due Wednesday 9 December, 16:00 WITA.
    expect(after.due_at).toBe("2026-12-09T08:00:00.000Z");
    const kept = await database.db
      .selectFrom("step_runs")
      .select("due_at")
      .where("id", "=", before.id)
      .executeTakeFirstOrThrow();
    expect(kept.due_at).toBe("2026-12-08T08:00:00.000Z");
  });
});
