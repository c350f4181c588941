import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { assignIncident, reassignStep } from "../../../src/commands/incidents/assign-incident.ts";
import { classifyIncident } from "../../../src/commands/incidents/classify-incident.ts";
import { completeStep } from "../../../src/commands/incidents/complete-step.ts";
import { recordEscalation } from "../../../src/commands/incidents/record-escalation.ts";
import { reopenIncident } from "../../../src/commands/incidents/reopen-incident.ts";
import { updateMitigationAction } from "../../../src/commands/incidents/update-mitigation-action.ts";
import { dueAt } from "../../../src/core/calendar/due-at.ts";
import { AppError } from "../../../src/core/errors.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { as, buildWorld, openCase, outputs, type World } from "./fixtures.ts";

const HOUR = 3_600_000;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the command to fail");
}

describe.each(DIALECTS)("incident workflow commands on %s", (dialect) => {
  let database: TestDatabase;
  let world: World;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    world = await buildWorld(database);
  });
  afterEach(async () => database.drop());

  const db = () => database.db;
  const runs = (incidentId: number) =>
    db().selectFrom("step_runs").selectAll().where("incident_id", "=", incidentId).orderBy("id").execute();
  const incidentRow = (id: number) =>
    db().selectFrom("incidents").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const complete = (
    actor: keyof World["actors"],
    incidentId: number,
    stepCode: SopStepCode,
    output: unknown,
    onBehalfOf?: string,
  ) =>
    as(world, world.actors[actor], (ctx) =>
      completeStep(ctx, world.team, { incidentId, stepCode, output, onBehalfOf }),
    );
  const outbox = (topic: string) =>
    db().selectFrom("outbox").selectAll().where("topic", "=", topic).orderBy("id").execute();
  const audit = (incidentId: number) =>
    db()
      .selectFrom("audit_events")
      .selectAll()
      .where("entity_type", "=", "incident")
      .where("entity_id", "=", String(incidentId))
      .orderBy("seq")
      .execute();

  it("drives one incident through all ten steps, each due time from the calendar", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    world.clock.advance(5 * 60_000);
    await complete("intake", incident.id, "forward", o.forward);
    world.clock.advance(26 * HOUR); // Saturday: working-day standards count from Monday
    await complete("csirt", incident.id, "verify", o.verifyValid);
    world.clock.advance(2 * HOUR);
    await complete("csirt", incident.id, "mitigate", o.mitigate);
    world.clock.advance(50 * HOUR);
    await complete("csirt", incident.id, "handle", o.handleHandled);
    world.clock.advance(3 * HOUR);
    await complete("csirt", incident.id, "analyse", o.analyse);
    world.clock.advance(HOUR);
    await complete("upstream", incident.id, "upstream_followup", o.upstream);
    world.clock.advance(HOUR);
    await complete("agencyA", incident.id, "agency_coordination", o.agency);
    world.clock.advance(20 * 60_000);
    await complete("developer", incident.id, "developer_reply", o.developer);
    world.clock.advance(4 * HOUR);
    const last = await complete("csirt", incident.id, "final_report", o.final);
    expect(last.next).toBeNull();

    const rows = await runs(incident.id);
    expect(rows.map((r) => [r.step_code, r.status])).toEqual(world.team.sop.steps.map((s) => [s.code, "done"]));
    for (const run of rows) {
      const step = stepByCode(world.team.sop, run.step_code as SopStepCode)!;
      expect(run.due_at).toBe(dueAt(new Date(run.started_at), step.timeStandard, world.team.calendar).toISOString());
    }
    // Verification started Friday 10:05 WITA: two working days → Tuesday 1 December 16:00 WITA.
    expect(rows.find((r) => r.step_code === "verify")!.due_at).toBe("2026-12-01T08:00:00.000Z");
    // Partner steps were owned by the partner organisations.
    expect(rows.find((r) => r.step_code === "upstream_followup")!.owner_org_id).toBe(world.orgs.prov.id);
    expect(rows.find((r) => r.step_code === "agency_coordination")!.owner_org_id).toBe(world.orgs.agencyA.id);
    expect(rows.find((r) => r.step_code === "developer_reply")!.owner_org_id).toBe(world.orgs.vendorD.id);
    expect(rows.find((r) => r.step_code === "verify")!.owner_user_id).toBe(world.users.csirt.id);

    const closed = await incidentRow(incident.id);
    expect(closed).toMatchObject({
      status: "closed",
      outcome: "resolved",
      disposition: 'incident-disposition:incident="confirmed"',
      severity: "tinggi",
      impact: 4,
      likelihood: 4,
      upstream_org_id: world.orgs.prov.id,
      assignee_user_id: world.users.csirt.id,
      closed_at: world.clock.now().toISOString(),
    });

    const actions = await db()
      .selectFrom("mitigation_actions")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .orderBy("id")
      .execute();
    expect(actions.map((a) => [a.kind, a.status])).toEqual([
      ["maintenance_page", "planned"],
      ["backup", "done"],
      ["other", "planned"],
    ]);
    const entries = await db()
      .selectFrom("handling_entries")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.at).toBe("2026-11-29T19:00:00.000Z");
    const observables = await db()
      .selectFrom("observables")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .orderBy("id")
      .execute();
    expect(observables.map((x) => [x.kind, x.value, x.tlp])).toEqual([
      ["domain", "slot-gacor.example", "AMBER"],
      ["ip", "203.0.113.7", "RED"],
    ]);
    expect(JSON.parse(entries[0]!.observable_ids)).toEqual(observables.map((x) => x.id));

    const recs = await db()
      .selectFrom("recommendations")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .orderBy("number")
      .execute();
    expect(recs.map((r) => [r.number, r.owner, r.source, r.status])).toEqual([
      [1, "developer", "csirt", "done"],
      [2, "agency", "csirt", "open"],
      [3, "csirt", "upstream", "cannot"],
    ]);
    expect(recs[2]!.reply_reason).toBe("Anggaran 2027");

    const analysis = JSON.parse(rows.find((r) => r.step_code === "analyse")!.output!);
    expect(analysis.copies).toEqual(["Sekretaris Daerah Kota Denpasar", "Kepala DKIS"]);

    // The reporter heard each status change, the last one "resolved", and nothing internal.
    const told = (await outbox("report.status_changed")).map((m) => JSON.parse(m.payload));
    expect(told.map((p) => p.status)).toEqual(["verifying", "handling", "follow_up", "reporting", "resolved"]);
    expect(JSON.stringify(told)).not.toMatch(/webshell|Plugin CMS|slot-gacor/i);
    // Partners were told their steps started.
    expect((await outbox("incident.step_assigned")).map((m) => m.recipient)).toEqual([
      "csirt@baliprov.go.id",
      "diskes@denpasarkota.go.id",
      "support@vendor.example",
    ]);
  });

  it("refuses a step out of order with 409 and changes nothing", async () => {
    const incident = await openCase(world);
    const error = await failure(complete("csirt", incident.id, "verify", outputs(world).verifyValid));
    expect(error.status).toBe(409);
    expect((await runs(incident.id)).map((r) => r.status)).toEqual(["done", "active"]);
  });

  it("refuses the wrong role with 403, and an invisible incident with 404", async () => {
    const incident = await openCase(world);
    expect((await failure(complete("viewer", incident.id, "forward", outputs(world).forward))).status).toBe(403);
    expect((await failure(complete("agencyA", incident.id, "forward", outputs(world).forward))).status).toBe(403);
    expect((await failure(complete("agencyB", incident.id, "forward", outputs(world).forward))).status).toBe(404);
    expect((await failure(complete("developer", 99_999, "forward", {}))).status).toBe(404);
  });

  it("refuses an invalid verdict without a reason (400) and changes nothing", async () => {
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    const before = await incidentRow(incident.id);
    const auditBefore = (await audit(incident.id)).length;
    const { reason: _omit, ...noReason } = outputs(world).verifyInvalid;
    const error = await failure(complete("csirt", incident.id, "verify", noReason));
    expect(error.status).toBe(400);
    expect(error.messageKey).toBe("workflow.reason_required");
    expect(error.details).toContainEqual(expect.objectContaining({ path: "output.reason" }));
    expect(await incidentRow(incident.id)).toEqual(before);
    expect((await runs(incident.id)).map((r) => r.status)).toEqual(["done", "done", "active"]);
    expect((await audit(incident.id)).length).toBe(auditBefore);
  });

  it("closes an invalid report at verification and tells the reporter why", async () => {
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    const result = await complete("csirt", incident.id, "verify", outputs(world).verifyInvalid);
    expect(result.next).toBeNull();
    expect(await incidentRow(incident.id)).toMatchObject({
      status: "closed",
      outcome: "invalid",
      disposition: 'incident-disposition:not-an-incident="refuted"',
      close_reason: "Tidak ditemukan indikasi serangan siber pada situs yang dilaporkan.",
    });
    const last = (await outbox("report.status_changed")).at(-1)!;
    expect(last.recipient).toBe("pelapor@example.test");
    expect(JSON.parse(last.payload)).toMatchObject({
      status: "invalid",
      reason: "Tidak ditemukan indikasi serangan siber pada situs yang dilaporkan.",
    });
    expect((await failure(complete("csirt", incident.id, "mitigate", outputs(world).mitigate))).status).toBe(409);
  });

  it("closes a transferred report as transferred", async () => {
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    await complete("csirt", incident.id, "verify", {
      ...outputs(world).verifyInvalid,
      verdict: "transferred",
      disposition: undefined,
      reason: "Penipuan online: diteruskan ke Polri",
      transferredTo: "Polri",
    });
    expect(await incidentRow(incident.id)).toMatchObject({
      status: "closed",
      outcome: "transferred",
      disposition: 'incident-disposition:incident="transferred"',
    });
  });

  it("requires an escalation when handling fails, and records it with its hand-off", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    await complete("csirt", incident.id, "verify", o.verifyValid);
    await complete("csirt", incident.id, "mitigate", o.mitigate);
    const notHandled = { ...o.handleHandled, outcome: "not_handled", unhandled: "Backdoor di luar akses kami" };
    const error = await failure(complete("csirt", incident.id, "handle", notHandled));
    expect(error.status).toBe(400);
    expect(error.messageKey).toBe("workflow.escalation_required");
    expect(await db().selectFrom("handling_entries").selectAll().execute()).toEqual([]);

    await complete("csirt", incident.id, "handle", {
      ...notHandled,
      escalations: [
        {
          target: "vendor",
          reason: "Perlu akses kode sumber",
          handedOffAt: "2026-11-27T11:00:00+08:00",
          channel: "email",
          reference: "Surat 800/12/DKIS",
        },
        {
          target: "prov_csirt",
          targetOrganisationId: world.orgs.prov.id,
          reason: "Butuh forensik",
          handedOffAt: "2026-11-27T11:30:00+08:00",
          channel: "phone",
        },
      ],
    });
    const escalations = await db()
      .selectFrom("escalations")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .orderBy("id")
      .execute();
    expect(escalations.map((e) => [e.target, e.target_org_id, e.channel, e.reference, e.handed_off_at])).toEqual([
      ["vendor", world.orgs.vendorD.id, "email", "Surat 800/12/DKIS", "2026-11-27T03:00:00.000Z"],
      ["prov_csirt", world.orgs.prov.id, "phone", null, "2026-11-27T03:30:00.000Z"],
    ]);
    expect(escalations.every((e) => e.step_number === stepByCode(world.team.sop, "handle")!.number)).toBe(true);
  });

  it("lets the lead record a partner's step on their behalf, audited as such", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    await complete("csirt", incident.id, "verify", o.verifyValid);
    await complete("csirt", incident.id, "mitigate", o.mitigate);
    await complete("csirt", incident.id, "handle", o.handleHandled);
    await complete("csirt", incident.id, "analyse", o.analyse);

    expect((await failure(complete("lead", incident.id, "upstream_followup", o.upstream))).messageKey).toBe(
      "workflow.on_behalf_required",
    );
    expect(
      (await failure(complete("csirt", incident.id, "upstream_followup", o.upstream, "BaliProv-CSIRT"))).status,
    ).toBe(403);
    await complete("lead", incident.id, "upstream_followup", o.upstream, "BaliProv-CSIRT (email 1 Des)");

    const run = (await runs(incident.id)).find((r) => r.step_code === "upstream_followup")!;
    expect(run).toMatchObject({
      status: "done",
      on_behalf_of: "BaliProv-CSIRT (email 1 Des)",
      completed_by_user_id: world.users.lead.id,
    });
    const event = (await audit(incident.id)).find(
      (e) => e.action === "step.completed" && JSON.parse(e.changes).code === "upstream_followup",
    )!;
    expect(event.actor_label).toBe(world.users.lead.username);
    expect(JSON.parse(event.changes)).toMatchObject({ onBehalfOf: "BaliProv-CSIRT (email 1 Des)" });
  });

  it("lets partners act only for their own organisation", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    await complete("csirt", incident.id, "verify", o.verifyValid);
    await complete("csirt", incident.id, "mitigate", o.mitigate);
    await complete("csirt", incident.id, "handle", o.handleHandled);
    // BSSN, not BaliProv, is to follow up; BaliProv still receives the report.
    await complete("csirt", incident.id, "analyse", {
      ...o.analyse,
      recipients: [world.orgs.prov.id, world.orgs.bssn.id, world.orgs.agencyA.id],
      followUpOrganisationId: world.orgs.bssn.id,
    });
    // The BaliProv user cannot see it (its organisation is no party) and so gets 404.
    expect((await failure(complete("upstream", incident.id, "upstream_followup", o.upstream))).status).toBe(404);
    // The developer sees the incident but does not own the upstream step.
    expect((await failure(complete("developer", incident.id, "upstream_followup", o.upstream))).status).toBe(403);
  });

  it("reopens an incident at an earlier step with a new iteration, audited", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    await complete("intake", incident.id, "forward", {});
    await complete("csirt", incident.id, "verify", o.verifyInvalid);
    expect(
      (
        await failure(
          as(world, world.actors.csirt, (ctx) =>
            reopenIncident(ctx, world.team, { incidentId: incident.id, toStepCode: "verify", reason: "x" }),
          ),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await failure(
          as(world, world.actors.lead, (ctx) =>
            reopenIncident(ctx, world.team, { incidentId: incident.id, toStepCode: "mitigate", reason: "x" }),
          ),
        )
      ).status,
    ).toBe(400);

    world.clock.advance(HOUR);
    const { run } = await as(world, world.actors.lead, (ctx) =>
      reopenIncident(ctx, world.team, {
        incidentId: incident.id,
        toStepCode: "verify",
        reason: "Pelapor mengirim bukti baru",
      }),
    );
    expect(run).toMatchObject({
      step_code: "verify",
      iteration: 2,
      status: "active",
      started_at: world.clock.now().toISOString(),
    });
    expect(run.due_at).toBe(
      dueAt(world.clock.now(), stepByCode(world.team.sop, "verify")!.timeStandard, world.team.calendar).toISOString(),
    );
    expect((await runs(incident.id)).map((r) => [r.step_code, r.iteration, r.status])).toEqual([
      ["receive", 1, "done"],
      ["forward", 1, "done"],
      ["verify", 1, "reopened"],
      ["verify", 2, "active"],
    ]);
    expect(await incidentRow(incident.id)).toMatchObject({
      status: "open",
      outcome: null,
      closed_at: null,
      disposition: null,
    });
    const event = (await audit(incident.id)).find((e) => e.action === "incident.reopened")!;
    expect(JSON.parse(event.changes)).toMatchObject({
      toStep: "verify",
      reason: "Pelapor mengirim bukti baru",
      wasClosed: true,
    });
    expect(JSON.parse((await outbox("report.status_changed")).at(-1)!.payload).status).toBe("verifying");

    await complete("csirt", incident.id, "verify", o.verifyValid);
    expect((await incidentRow(incident.id)).current_step).toBe(stepByCode(world.team.sop, "mitigate")!.number);
  });

  it("classifies: type, severity from impact × likelihood, an override only with a reason, TLP and PAP", async () => {
    const incident = await openCase(world);
    const classify = (input: Omit<Parameters<typeof classifyIncident>[1], "incidentId">) =>
      as(world, world.actors.csirt, (ctx) => classifyIncident(ctx, { incidentId: incident.id, ...input }));
    expect(
      await classify({ typeCode: "DEF", impact: 2, likelihood: 3, tlp: "AMBER+STRICT", pap: "GREEN" }),
    ).toMatchObject({
      type_code: "DEF",
      rsit: 'rsit:information-content-security="unauthorised-information-modification"',
      severity: "sedang",
      tlp: "AMBER+STRICT",
      pap: "GREEN",
    });
    expect((await failure(classify({ overrideSeverity: { severity: "kritis", reason: "  " } }))).messageKey).toBe(
      "incident.override_reason_required",
    );
    expect((await failure(classify({ impact: 3 }))).status).toBe(400);
    expect(await classify({ overrideSeverity: { severity: "kritis", reason: "Layanan utama" } })).toMatchObject({
      severity: "kritis",
      severity_override: 1,
      severity_reason: "Layanan utama",
    });
    // A new assessment does not undo the override; withdrawing it derives again.
    expect((await classify({ impact: 1, likelihood: 1 })).severity).toBe("kritis");
    expect(await classify({ overrideSeverity: null })).toMatchObject({
      severity: "rendah",
      severity_override: 0,
      severity_reason: null,
    });
    const event = (await audit(incident.id)).filter((e) => e.action === "incident.classified")[1]!;
    expect(JSON.parse(event.changes)).toMatchObject({
      severity: { before: "sedang", after: "kritis" },
      severity_reason: { before: null, after: "Layanan utama" },
    });
    expect(
      (
        await failure(
          as(world, world.actors.agencyA, (ctx) => classifyIncident(ctx, { incidentId: incident.id, tlp: "RED" })),
        )
      ).status,
    ).toBe(403);
  });

  it("assigns and reassigns (lead only, audited), updates mitigation actions and records escalations", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    expect(
      (
        await failure(
          as(world, world.actors.csirt, (ctx) =>
            assignIncident(ctx, { incidentId: incident.id, userId: world.users.csirt.id }),
          ),
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await failure(
          as(world, world.actors.lead, (ctx) =>
            assignIncident(ctx, { incidentId: incident.id, userId: world.users.viewer.id }),
          ),
        )
      ).status,
    ).toBe(400);
    await as(world, world.actors.lead, (ctx) =>
      assignIncident(ctx, { incidentId: incident.id, userId: world.users.csirt.id }),
    );
    expect((await incidentRow(incident.id)).assignee_user_id).toBe(world.users.csirt.id);

    const otherIntake = world.users.intake;
    const run = await as(world, world.actors.lead, (ctx) =>
      reassignStep(ctx, world.team, { incidentId: incident.id, stepCode: "forward", userId: otherIntake.id }),
    );
    expect(run.owner_user_id).toBe(otherIntake.id);
    expect((await audit(incident.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(["incident.assigned", "step.reassigned"]),
    );

    await complete("intake", incident.id, "forward", {});
    await complete("csirt", incident.id, "verify", o.verifyValid);
    await complete("csirt", incident.id, "mitigate", o.mitigate);
    const action = await db()
      .selectFrom("mitigation_actions")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .where("kind", "=", "maintenance_page")
      .executeTakeFirstOrThrow();
    const updated = await as(world, world.actors.csirt, (ctx) =>
      updateMitigationAction(ctx, { actionId: action.id, status: "done", assigneeUserId: world.users.lead.id }),
    );
    expect(updated).toMatchObject({ status: "done", assignee_user_id: world.users.lead.id });
    expect(
      (
        await failure(
          as(world, world.actors.agencyB, (ctx) =>
            updateMitigationAction(ctx, { actionId: action.id, status: "cancelled" }),
          ),
        )
      ).status,
    ).toBe(404);

    const { id } = await as(world, world.actors.csirt, (ctx) =>
      recordEscalation(ctx, {
        incidentId: incident.id,
        target: "bssn",
        targetOrganisationId: world.orgs.bssn.id,
        reason: "Skala nasional",
        channel: "email",
      }),
    );
    expect(
      await db()
        .selectFrom("escalations")
        .select(["target", "target_org_id", "step_number"])
        .where("id", "=", id)
        .executeTakeFirst(),
    ).toEqual({
      target: "bssn",
      target_org_id: world.orgs.bssn.id,
      step_number: stepByCode(world.team.sop, "handle")!.number,
    });
    expect(
      (
        await failure(
          as(world, world.actors.csirt, (ctx) =>
            recordEscalation(ctx, {
              incidentId: incident.id,
              target: "bssn",
              targetOrganisationId: world.orgs.agencyB.id,
              reason: "x",
              channel: "email",
            }),
          ),
        )
      ).status,
    ).toBe(400);
  });
});
