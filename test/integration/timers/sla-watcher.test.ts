import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { completeStepRun, startStepRun } from "../../../src/commands/incidents/step-runs.ts";
import { runSlaWatch } from "../../../src/commands/timers/watch-step-runs.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import type { Incident } from "../../../src/db/schema.ts";
import { scheduleTimerWatches } from "../../../src/jobs/handlers/sla-watcher.ts";
import { jobHandlers } from "../../../src/jobs/registry.ts";
import { createJobRunner } from "../../../src/jobs/runner.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { addOrganisation, addUser, openTestCase } from "../../helpers/open-case.ts";

// Monday 30 November 2026, 10:00 WITA.
const T0 = "2026-11-30T02:00:00.000Z";
const MIN = 60_000;
const at = (ms: number) => new Date(new Date(T0).getTime() + ms);

describe.each(DIALECTS)("SLA watcher on %s", (dialect) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let deps: CommandDeps;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock(T0);
    deps = { database, clock };
  });
  afterEach(async () => database.drop());

  const outbox = (topic?: string) => {
    let q = database.db.selectFrom("outbox").selectAll().orderBy("id");
    if (topic) q = q.where("topic", "=", topic);
    return q.execute();
  };
  const forwardRun = (incident: Incident) =>
    database.db
      .selectFrom("step_runs")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .where("step_code", "=", "forward")
      .executeTakeFirstOrThrow();
  const auditActions = async () =>
    (await database.db.selectFrom("audit_events").select(["action", "actor_label"]).orderBy("seq").execute()).filter(
      (e) => e.action.startsWith("step.warned") || e.action.startsWith("step.late"),
    );

  it("warns every owner of a step once at its warning time, then marks it late once and tells the leads", async () => {
    const intake1 = await addUser(deps, "intake");
    const intake2 = await addUser(deps, "intake", { language: "en" });
    await addUser(deps, "intake", { disabled: true });
    await addUser(deps, "intake", { email: null });
    const lead = await addUser(deps, "csirt_lead");
    await addUser(deps, "csirt");
    const { incident } = await openTestCase(deps);
    const run = await forwardRun(incident);
    // Step 2 (forward) has a 10-minute standard: warned after 8 minutes.
    expect(run.due_at).toBe(at(10 * MIN).toISOString());
    expect(run.warn_at).toBe(at(8 * MIN).toISOString());

    clock.set(at(8 * MIN - 1000));
    expect(await runSlaWatch(deps)).toEqual({ warned: 0, late: 0 });
    expect(await outbox()).toHaveLength(0);

    clock.set(at(8 * MIN));
    expect(await runSlaWatch(deps)).toEqual({ warned: 1, late: 0 });
    const warnings = await outbox("sla.warning");
    expect(warnings.map((m) => m.recipient).sort()).toEqual([intake1.email, intake2.email].sort());
    const payload = JSON.parse(warnings.find((m) => m.recipient === intake2.email)!.payload);
    expect(payload).toMatchObject({
      incidentCode: incident.code,
      stepCode: "forward",
      stepNumber: 2,
      dueAt: at(10 * MIN).toISOString(),
      dueAtLocal: "2026-11-30 10:10",
      timeZone: "Asia/Makassar",
      state: "due_soon",
      lang: "en",
    });
    expect((await forwardRun(incident)).warned_at).toBe(at(8 * MIN).toISOString());

    clock.set(at(9 * MIN));
    expect(await runSlaWatch(deps)).toEqual({ warned: 0, late: 0 });
    expect(await outbox()).toHaveLength(2);

    // At the due instant the step is not late yet; one second after, it is.
    clock.set(at(10 * MIN));
    expect(await runSlaWatch(deps)).toEqual({ warned: 0, late: 0 });
    clock.set(at(10 * MIN + 1000));
    expect(await runSlaWatch(deps)).toEqual({ warned: 0, late: 1 });
    const late = await outbox("sla.late");
    expect(late.map((m) => [m.recipient, m.dedupe_key])).toEqual([[lead.email, `sla-late:${run.id}:${lead.email}`]]);
    expect((await forwardRun(incident)).late_at).toBe(at(10 * MIN + 1000).toISOString());

    clock.set(at(60 * MIN));
    expect(await runSlaWatch(deps)).toEqual({ warned: 0, late: 0 });
    expect(await outbox()).toHaveLength(3);
    expect(await auditActions()).toEqual([
      { action: "step.warned", actor_label: "system:sla-watcher" },
      { action: "step.late", actor_label: "system:sla-watcher" },
    ]);
  });

  it("warns only the owner user when the step has one", async () => {
    const owner = await addUser(deps, "intake");
    await addUser(deps, "intake");
    const { incident } = await openTestCase(deps);
    await database.db
      .updateTable("step_runs")
      .set({ owner_user_id: owner.id })
      .where("id", "=", (await forwardRun(incident)).id)
      .execute();
    clock.set(at(8 * MIN));
    await runSlaWatch(deps);
    expect((await outbox("sla.warning")).map((m) => m.recipient)).toEqual([owner.email]);
  });

  it("warns the owning organisation's users and signed-link addressees of a partner's step", async () => {
    const agency = await addOrganisation(deps, "agency", "Dinas Kesehatan");
    const other = await addOrganisation(deps, "agency", "Dinas Pendidikan");
    const officer = await addUser(deps, "agency", { organisationId: agency });
    await addUser(deps, "agency", { organisationId: other });
    const { incident } = await openTestCase(deps, { agencyOrgId: agency });
    await database.db.updateTable("incidents").set({ agency_org_id: agency }).where("id", "=", incident.id).execute();
    const forward = await forwardRun(incident);
    const run = await runCommand(deps, { actor: systemActor("test") }, async (ctx) => {
      const team = await readTeamContext(ctx.db);
      await completeStepRun(ctx, { run: forward, output: {} });
      await ctx.db
        .insertInto("access_links")
        .values([
          {
            token_hash: "a".repeat(64),
            incident_id: incident.id,
            step_code: "agency_coordination",
            party_role: "agency",
            organisation_id: agency,
            email: "it@dinkes.example",
            expires_at: at(7 * 24 * 60 * MIN).toISOString(),
            created_at: T0,
          },
          {
            token_hash: "b".repeat(64),
            incident_id: incident.id,
            step_code: "agency_coordination",
            party_role: "agency",
            organisation_id: agency,
            email: "old@dinkes.example",
            expires_at: at(7 * 24 * 60 * MIN).toISOString(),
            revoked_at: T0,
            created_at: T0,
          },
        ])
        .execute();
      return startStepRun(ctx, team, { incidentId: incident.id, step: stepByCode(team.sop, "agency_coordination")! });
    });
    clock.set(new Date(run.warn_at));
    await runSlaWatch(deps);
    expect((await outbox("sla.warning")).map((m) => m.recipient)).toEqual([officer.email, "it@dinkes.example"]);
  });

  it("tells the leads instead when a step has no reachable owner, and the administrators when there is no lead", async () => {
    const admin = await addUser(deps, "admin");
    const { incident } = await openTestCase(deps);
    clock.set(at(11 * MIN));
    expect(await runSlaWatch(deps)).toEqual({ warned: 1, late: 1 });
    const messages = await outbox();
    expect(messages.map((m) => [m.topic, m.recipient])).toEqual([
      ["sla.warning", admin.email],
      ["sla.late", admin.email],
    ]);
    // Warned after its due time: the warning says so.
    expect(JSON.parse(messages[0]!.payload).state).toBe("late");
    expect(incident.id).toBeGreaterThan(0);
  });

  it("sends each message once when two watchers run at the same moment", async () => {
    await addUser(deps, "intake");
    await addUser(deps, "csirt_lead");
    await openTestCase(deps);
    await openTestCase(deps);
    clock.set(at(11 * MIN));
    const results = await Promise.all([runSlaWatch(deps), runSlaWatch(deps), runSlaWatch(deps)]);
    expect(results.reduce((n, r) => n + r.warned, 0)).toBe(2);
    expect(results.reduce((n, r) => n + r.late, 0)).toBe(2);
    expect((await outbox()).map((m) => m.topic).sort()).toEqual(["sla.late", "sla.late", "sla.warning", "sla.warning"]);
  });

  it("runs every minute as a job, and a restarted runner sends nothing twice", async () => {
    const silent = pino({ level: "silent" });
    const intake = await addUser(deps, "intake");
    const lead = await addUser(deps, "csirt_lead");
    await openTestCase(deps);
    await scheduleTimerWatches(database.db, clock.now());
    await scheduleTimerWatches(database.db, clock.now());
    const pending = await database.db
      .selectFrom("jobs")
      .select(["kind", "run_at"])
      .where("status", "=", "pending")
      .orderBy("kind")
      .execute();
    expect(pending).toEqual([
      { kind: "legal-timers.watch", run_at: T0 },
      { kind: "sla.watch", run_at: T0 },
    ]);

    const first = createJobRunner({
      database,
      clock,
      handlers: jobHandlers(),
      logger: silent,
      workerId: "first",
      adapters: {},
    });
    await first.runOnce();
    expect(await outbox()).toHaveLength(0);

    clock.set(at(8 * MIN + 5000));
    // Jobs of the minutes the clock skipped run once, then the chain goes on from now.
    while ((await first.runOnce()) > 0);
    expect((await outbox("sla.warning")).map((m) => m.recipient)).toEqual([intake.email]);
    await first.stop();

    // A new process: the state is in the rows, so nothing is sent again.
    const second = createJobRunner({
      database,
      clock,
      handlers: jobHandlers(),
      logger: silent,
      workerId: "second",
      adapters: {},
    });
    clock.set(at(9 * MIN + 5000));
    while ((await second.runOnce()) > 0);
    expect(await outbox()).toHaveLength(1);
    clock.set(at(11 * MIN + 5000));
    while ((await second.runOnce()) > 0);
    expect((await outbox()).map((m) => [m.topic, m.recipient])).toEqual([
      ["sla.warning", intake.email],
      ["sla.late", lead.email],
    ]);
    const third = createJobRunner({
      database,
      clock,
      handlers: jobHandlers(),
      logger: silent,
      workerId: "third",
      adapters: {},
    });
    clock.set(at(12 * MIN + 5000));
    while ((await third.runOnce()) > 0);
    expect(await outbox()).toHaveLength(2);
    const jobs = await database.db
      .selectFrom("jobs")
      .select(["kind", "status", "run_at"])
      .where("kind", "=", "sla.watch")
      .orderBy("run_at")
      .execute();
    expect(jobs.filter((j) => j.status === "failed")).toEqual([]);
    expect(jobs.at(-1)).toEqual({ kind: "sla.watch", status: "pending", run_at: at(13 * MIN).toISOString() });
  });
});
