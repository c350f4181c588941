import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { listIncidentTimers } from "../../../src/commands/timers/list-timers.ts";
import { satisfyTimer } from "../../../src/commands/timers/satisfy-timer.ts";
import { startLegalTimers } from "../../../src/commands/timers/start-legal-timers.ts";
import { runLegalTimersWatch } from "../../../src/commands/timers/watch-legal-timers.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { AppError } from "../../../src/core/errors.ts";
import type { User } from "../../../src/db/schema.ts";
import { queryContext } from "../../../src/commands/query-context.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { addOrganisation, addUser, openTestCase } from "../../helpers/open-case.ts";
import { actorForUser } from "../../../src/commands/users/user-actor.ts";

const T0 = "2026-11-30T02:00:00.000Z";
const HOUR = 3_600_000;
const at = (ms: number) => new Date(new Date(T0).getTime() + ms);
const actorOf = (u: User) => actorForUser(u, "session");

describe.each(DIALECTS)("legal timers on %s", (dialect) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let deps: CommandDeps;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock(T0);
    deps = { database, clock };
  });
  afterEach(async () => database.drop());

  const timers = () =>
    database.db
      .selectFrom("incident_timers")
      .select(["incident_id", "kind", "started_at", "due_at"])
      .orderBy("id")
      .execute();
  const outbox = (topic?: string) => {
    let q = database.db.selectFrom("outbox").select(["topic", "recipient", "dedupe_key", "payload"]).orderBy("id");
    if (topic) q = q.where("topic", "=", topic);
    return q.execute();
  };
  const iivApplication = async () => {
    const now = clock.now().toISOString();
    const row = await database.db
      .insertInto("applications")
      .values({ name: "SIMPEG", iiv: 1, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const satisfy = (user: User, incidentId: number, kind: "pdp_notice" | "iiv_report", note: string) =>
    runCommand(deps, { actor: actorOf(user) }, (ctx) => satisfyTimer(ctx, { incidentId, kind, note }));
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  };

  it("start with the case: 3 × 24 h for personal data from receipt, 1 × 24 h for an IIV application, none otherwise", async () => {
    const receivedAt = at(-2 * HOUR).toISOString();
    const plain = await openTestCase(deps);
    const pdp = await openTestCase(deps, { personalData: true, receivedAt });
    const iiv = await openTestCase(deps, { applicationId: await iivApplication(), personalData: true });
    expect(await timers()).toEqual([
      { incident_id: pdp.incident.id, kind: "pdp_notice", started_at: receivedAt, due_at: at(70 * HOUR).toISOString() },
      { incident_id: iiv.incident.id, kind: "pdp_notice", started_at: T0, due_at: at(72 * HOUR).toISOString() },
      { incident_id: iiv.incident.id, kind: "iiv_report", started_at: T0, due_at: at(24 * HOUR).toISOString() },
    ]);
    expect(plain.incident.personal_data).toBe(0);
    const started = await database.db
      .selectFrom("audit_events")
      .select("entity_id")
      .where("action", "=", "timer.started")
      .execute();
    expect(started).toHaveLength(3);
  });

  it("start once per incident and kind, from when personal data became known", async () => {
    const { incident } = await openTestCase(deps);
    clock.set(at(5 * HOUR));
    const flagged = await database.db
      .updateTable("incidents")
      .set({ personal_data: 1 })
      .where("id", "=", incident.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const first = await runCommand(deps, { actor: systemActor("test") }, (ctx) => startLegalTimers(ctx, flagged));
    clock.set(at(6 * HOUR));
    const again = await runCommand(deps, { actor: systemActor("test") }, (ctx) => startLegalTimers(ctx, flagged));
    expect(first).toEqual(["pdp_notice"]);
    expect(again).toEqual([]);
    expect(await timers()).toEqual([
      {
        incident_id: incident.id,
        kind: "pdp_notice",
        started_at: at(5 * HOUR).toISOString(),
        due_at: at(77 * HOUR).toISOString(),
      },
    ]);
  });

  it("warn at 80 % and mark late at the deadline, once each, telling the lead and the assignee", async () => {
    const lead = await addUser(deps, "csirt_lead");
    const analyst = await addUser(deps, "csirt");
    const { incident } = await openTestCase(deps, { personalData: true });

    clock.set(at(57.6 * HOUR - 1000));
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 0, late: 0 });
    clock.set(at(57.6 * HOUR));
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 1, late: 0 });
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 0, late: 0 });
    const warning = await outbox("timer.warning");
    expect(warning.map((m) => m.recipient)).toEqual([lead.email]);
    expect(JSON.parse(warning[0]!.payload)).toMatchObject({
      incidentCode: incident.code,
      kind: "pdp_notice",
      legalBasis: "UU 27/2022 (PDP) Pasal 46",
      dueAt: at(72 * HOUR).toISOString(),
      dueAtLocal: "2026-12-03 10:00",
      state: "due_soon",
    });

    await database.db
      .updateTable("incidents")
      .set({ assignee_user_id: analyst.id })
      .where("id", "=", incident.id)
      .execute();
    clock.set(at(72 * HOUR + 1000));
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 0, late: 1 });
    clock.set(at(80 * HOUR));
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 0, late: 0 });
    expect((await outbox("timer.late")).map((m) => m.recipient)).toEqual([lead.email, analyst.email]);
    const row = await database.db.selectFrom("incident_timers").selectAll().executeTakeFirstOrThrow();
    expect([row.warned_at, row.late_at]).toEqual([at(57.6 * HOUR).toISOString(), at(72 * HOUR + 1000).toISOString()]);
  });

  it("warn the assignee rather than the lead when the incident has one", async () => {
    await addUser(deps, "csirt_lead");
    const analyst = await addUser(deps, "csirt");
    const { incident } = await openTestCase(deps, { applicationId: await iivApplication() });
    await database.db
      .updateTable("incidents")
      .set({ assignee_user_id: analyst.id })
      .where("id", "=", incident.id)
      .execute();
    clock.set(at(20 * HOUR));
    await runLegalTimersWatch(deps);
    expect((await outbox()).map((m) => [m.topic, m.recipient])).toEqual([["timer.warning", analyst.email]]);
  });

  it("stop once the notice is recorded as sent", async () => {
    await addUser(deps, "csirt_lead");
    const analyst = await addUser(deps, "csirt");
    const { incident } = await openTestCase(deps, { personalData: true });
    clock.set(at(10 * HOUR));
    const view = await satisfy(
      analyst,
      incident.id,
      "pdp_notice",
      "  Surat pemberitahuan ke Komdigi dan 120 subjek data, 30/11 18:00  ",
    );
    expect(view).toMatchObject({
      kind: "pdp_notice",
      state: "satisfied",
      satisfiedAt: at(10 * HOUR).toISOString(),
      satisfiedLate: false,
    });
    expect(view.satisfiedNote).toBe("Surat pemberitahuan ke Komdigi dan 120 subjek data, 30/11 18:00");
    clock.set(at(100 * HOUR));
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 0, late: 0 });
    expect(await outbox()).toEqual([]);
    const audit = await database.db
      .selectFrom("audit_events")
      .select(["action", "actor_label"])
      .where("action", "=", "timer.satisfied")
      .execute();
    expect(audit).toEqual([{ action: "timer.satisfied", actor_label: analyst.username }]);
  });

  it("refuse to record a notice twice, without a note, by the wrong people, or for a timer that is not running", async () => {
    const analyst = await addUser(deps, "csirt");
    const viewer = await addUser(deps, "viewer");
    const agency = await addOrganisation(deps, "agency", "Dinas Kesehatan");
    const stranger = await addUser(deps, "agency", { organisationId: agency });
    const { incident } = await openTestCase(deps, { personalData: true });
    expect(await failure(satisfy(analyst, incident.id, "pdp_notice", "   "))).toBe("validation_failed");
    expect(await failure(satisfy(viewer, incident.id, "pdp_notice", "dikirim"))).toBe("forbidden");
    expect(await failure(satisfy(stranger, incident.id, "pdp_notice", "dikirim"))).toBe("not_found");
    expect(await failure(satisfy(analyst, incident.id, "iiv_report", "dikirim"))).toBe("not_found");
    expect(await failure(satisfy(analyst, incident.id + 1000, "pdp_notice", "dikirim"))).toBe("not_found");
    const row = await database.db.selectFrom("incident_timers").selectAll().executeTakeFirstOrThrow();
    expect(row.satisfied_at).toBeNull();
    await satisfy(analyst, incident.id, "pdp_notice", "dikirim");
    expect(await failure(satisfy(analyst, incident.id, "pdp_notice", "dikirim lagi"))).toBe("conflict");
    expect((await database.db.selectFrom("incident_timers").selectAll().executeTakeFirstOrThrow()).satisfied_note).toBe(
      "dikirim",
    );
  });

  it("leave cases closed as not an incident alone", async () => {
    await addUser(deps, "csirt_lead");
    const { incident } = await openTestCase(deps, { personalData: true });
    await database.db
      .updateTable("incidents")
      .set({ status: "closed", outcome: "invalid", closed_at: T0 })
      .where("id", "=", incident.id)
      .execute();
    clock.set(at(100 * HOUR));
    expect(await runLegalTimersWatch(deps)).toEqual({ warned: 0, late: 0 });
  });

  it("are listed with where they stand, for staff and leadership only", async () => {
    const viewer = await addUser(deps, "viewer");
    const agency = await addOrganisation(deps, "agency", "Dinas Kominfo");
    const officer = await addUser(deps, "agency", { organisationId: agency });
    const { incident } = await openTestCase(deps, {
      personalData: true,
      applicationId: await iivApplication(),
      agencyOrgId: agency,
    });
    await database.db.updateTable("incidents").set({ agency_org_id: agency }).where("id", "=", incident.id).execute();
    clock.set(at(20 * HOUR));
    const list = await listIncidentTimers(queryContext(deps, actorOf(viewer)), { incidentId: incident.id });
    expect(list.map((t) => [t.kind, t.state, t.warnAt])).toEqual([
      ["pdp_notice", "on_time", at(57.6 * HOUR).toISOString()],
      ["iiv_report", "due_soon", at(19.2 * HOUR).toISOString()],
    ]);
    clock.set(at(25 * HOUR));
    const later = await listIncidentTimers(queryContext(deps, actorOf(viewer)), { incidentId: incident.id });
    expect(later.map((t) => t.state)).toEqual(["on_time", "late"]);
    // The agency sees the incident, but the legal timers are the CSIRT's own duty.
    expect(await failure(listIncidentTimers(queryContext(deps, actorOf(officer)), { incidentId: incident.id }))).toBe(
      "not_found",
    );
  });
});
