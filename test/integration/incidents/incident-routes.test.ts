import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dueAt } from "../../../src/core/calendar/due-at.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";
import { createTestApp, loginWith, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { buildWorld, openCase, outputs, type World } from "./fixtures.ts";

const HOUR = 3_600_000;

describe.each(DIALECTS)("incident routes on %s", (dialect) => {
  let t: TestApp;
  let world: World;
  const sessions = new Map<string, LoggedIn>();
  beforeEach(async () => {
    t = await createTestApp(dialect);
    world = await buildWorld(t.database, t.clock);
    sessions.clear();
  });
  afterEach(async () => t.close());

  async function as(who: keyof World["users"]): Promise<LoggedIn> {
    let s = sessions.get(who);
    if (!s) {
      s = await loginWith(t, world.users[who]);
      sessions.set(who, s);
    }
    return s;
  }
  const get = async (who: keyof World["users"] | null, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers: { ...(who ? { cookie: (await as(who)).cookie } : {}), ...headers } });
  const send = async (
    who: keyof World["users"] | null,
    method: "POST" | "PATCH" | "DELETE",
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      payload: payload as object,
      headers: { ...(who ? (await as(who)).headers : {}), ...headers },
    });
  const step = (who: keyof World["users"], id: number, code: SopStepCode, output: unknown, onBehalfOf?: string) =>
    send(who, "POST", `/api/v1/incidents/${id}/steps/${code}`, { output, ...(onBehalfOf ? { onBehalfOf } : {}) });
  const runs = (id: number) =>
    t.database.db.selectFrom("step_runs").selectAll().where("incident_id", "=", id).orderBy("id").execute();

  it("answers 401, then 400, then 404/403, then completes the step", async () => {
    const incident = await openCase(world);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/v1/incidents/${incident.id}/steps/forward`,
          payload: { output: {} },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await send("intake", "POST", `/api/v1/incidents/${incident.id}/steps/forward`, { nothing: 1 })).statusCode,
    ).toBe(400);
    expect(
      (await send("intake", "POST", `/api/v1/incidents/${incident.id}/steps/nosuchstep`, { output: {} })).statusCode,
    ).toBe(400);
    expect((await step("agencyB", incident.id, "forward", {})).statusCode).toBe(404);
    expect((await step("agencyA", incident.id, "forward", {})).statusCode).toBe(403);
    expect((await step("csirt", incident.id, "verify", outputs(world).verifyValid)).statusCode).toBe(409);
    const ok = await step("intake", incident.id, "forward", { note: "Diteruskan" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      incidentId: incident.id,
      status: "open",
      completed: { stepCode: "forward", late: false },
      next: { step: { code: "verify" } },
    });
  });

  it("drives one incident through all ten steps over HTTP, each due time from the calendar", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    const plan: [keyof World["users"], SopStepCode, unknown, number][] = [
      ["intake", "forward", o.forward, 7 * 60_000],
      ["csirt", "verify", o.verifyValid, 30 * HOUR],
      ["csirt", "mitigate", o.mitigate, 5 * HOUR],
      ["csirt", "handle", o.handleHandled, 49 * HOUR],
      ["csirt", "analyse", o.analyse, 2 * HOUR],
      ["upstream", "upstream_followup", o.upstream, 20 * HOUR],
      ["agencyA", "agency_coordination", o.agency, 45 * 60_000],
      ["developer", "developer_reply", o.developer, 3 * HOUR],
      ["lead", "final_report", o.final, HOUR],
    ];
    for (const [who, code, output, wait] of plan) {
      t.clock.advance(wait);
      sessions.clear(); // sessions lapse over the days the incident takes: sign in again
      const response = await step(who, incident.id, code, output);
      expect(response.statusCode, `${code}: ${response.body}`).toBe(200);
    }
    const detail = (await get("csirt", `/api/v1/incidents/${incident.id}`)).json();
    expect(detail.incident).toMatchObject({
      status: "closed",
      outcome: "resolved",
      severity: "tinggi",
      currentStep: null,
    });
    expect(detail.stepRuns.map((r: { stepCode: string; status: string }) => [r.stepCode, r.status])).toEqual(
      world.team.sop.steps.map((s) => [s.code, "done"]),
    );
    for (const run of await runs(incident.id)) {
      const s = stepByCode(world.team.sop, run.step_code as SopStepCode)!;
      expect(run.due_at, run.step_code).toBe(
        dueAt(new Date(run.started_at), s.timeStandard, world.team.calendar).toISOString(),
      );
    }
    // The agency's 30-minute step took 45 minutes: it shows as late.
    expect(detail.stepRuns.find((r: { stepCode: string }) => r.stepCode === "agency_coordination").late).toBe(true);
    expect(detail.stepRuns.find((r: { stepCode: string }) => r.stepCode === "forward").late).toBe(false);
  });

  it("refuses an invalid verdict without a reason in the user's language, and closes one with a reason", async () => {
    const incident = await openCase(world);
    await step("intake", incident.id, "forward", {});
    const { reason: _r, ...noReason } = outputs(world).verifyInvalid;
    const id = await step("csirt", incident.id, "verify", noReason);
    expect(id.statusCode).toBe(400);
    expect(id.json().error.message).toMatch(/alasan/);
    const en = await send(
      "csirt",
      "POST",
      `/api/v1/incidents/${incident.id}/steps/verify`,
      { output: noReason },
      { "accept-language": "en" },
    );
    expect(en.json().error).toMatchObject({
      code: "validation_failed",
      message: expect.stringMatching(/needs a reason/),
    });
    expect((await runs(incident.id)).at(-1)!.status).toBe("active");

    const closed = await step("csirt", incident.id, "verify", outputs(world).verifyInvalid);
    expect(closed.json()).toMatchObject({ status: "closed", outcome: "invalid", next: null });
    const message = await t.database.db
      .selectFrom("outbox")
      .selectAll()
      .where("topic", "=", "report.status_changed")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(message.payload)).toMatchObject({
      status: "invalid",
      reason: outputs(world).verifyInvalid.reason,
    });
  });

  it("requires an escalation for an unhandled incident over HTTP", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    await step("intake", incident.id, "forward", {});
    await step("csirt", incident.id, "verify", o.verifyValid);
    await step("csirt", incident.id, "mitigate", o.mitigate);
    const bad = await step("csirt", incident.id, "handle", { ...o.handleHandled, outcome: "not_handled" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toContainEqual(expect.objectContaining({ path: "output.escalations" }));
    const good = await step("csirt", incident.id, "handle", {
      ...o.handleHandled,
      outcome: "not_handled",
      escalations: [
        {
          target: "bssn",
          targetOrganisationId: world.orgs.bssn.id,
          reason: "Serangan lanjutan",
          handedOffAt: "2026-11-27T12:00:00+08:00",
          channel: "email",
          reference: "Tiket BSSN-1",
        },
      ],
    });
    expect(good.statusCode).toBe(200);
    const detail = (await get("lead", `/api/v1/incidents/${incident.id}`)).json();
    expect(detail.escalations).toEqual([
      expect.objectContaining({
        target: "bssn",
        targetOrganisation: { id: world.orgs.bssn.id, name: world.orgs.bssn.name },
        reference: "Tiket BSSN-1",
        handedOffAt: "2026-11-27T04:00:00.000Z",
      }),
    ]);
  });

  it("records a partner step on behalf, reopens, classifies, assigns, updates mitigation and shows the audit", async () => {
    const o = outputs(world);
    const incident = await openCase(world);
    await step("intake", incident.id, "forward", {});
    await step("csirt", incident.id, "verify", o.verifyValid);
    await step("csirt", incident.id, "mitigate", o.mitigate);
    await step("csirt", incident.id, "handle", o.handleHandled);
    await step("csirt", incident.id, "analyse", o.analyse);
    expect((await step("lead", incident.id, "upstream_followup", o.upstream)).statusCode).toBe(400);
    expect(
      (await step("lead", incident.id, "upstream_followup", o.upstream, "BaliProv-CSIRT per telepon")).statusCode,
    ).toBe(200);

    expect(
      (
        await send("csirt", "POST", `/api/v1/incidents/${incident.id}/reopen`, {
          toStepCode: "analyse",
          reason: "Rekomendasi kurang",
        })
      ).statusCode,
    ).toBe(403);
    const reopened = await send("lead", "POST", `/api/v1/incidents/${incident.id}/reopen`, {
      toStepCode: "analyse",
      reason: "Rekomendasi kurang",
    });
    expect(reopened.statusCode).toBe(200);
    const detail = (await get("lead", `/api/v1/incidents/${incident.id}`)).json();
    expect(detail.incident.currentStep.code).toBe("analyse");
    expect(
      detail.stepRuns
        .filter((r: { stepCode: string }) => r.stepCode === "analyse")
        .map((r: { iteration: number; status: string }) => [r.iteration, r.status]),
    ).toEqual([
      [1, "reopened"],
      [2, "active"],
    ]);

    const classify = await send("csirt", "PATCH", `/api/v1/incidents/${incident.id}/classification`, {
      overrideSeverity: { severity: "kritis", reason: "" },
    });
    expect(classify.statusCode).toBe(400);
    expect(
      (
        await send("csirt", "PATCH", `/api/v1/incidents/${incident.id}/classification`, {
          overrideSeverity: { severity: "kritis", reason: "Data pasien" },
          tlp: "RED",
          pap: "AMBER",
        })
      ).statusCode,
    ).toBe(200);
    expect((await send("csirt", "PATCH", `/api/v1/incidents/${incident.id}/classification`, {})).statusCode).toBe(400);

    expect(
      (await send("csirt", "POST", `/api/v1/incidents/${incident.id}/assign`, { userId: world.users.csirt.id }))
        .statusCode,
    ).toBe(403);
    expect(
      (await send("lead", "POST", `/api/v1/incidents/${incident.id}/assign`, { userId: world.users.lead.id }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await send("lead", "POST", `/api/v1/incidents/${incident.id}/assign`, {
          userId: world.users.csirt.id,
          stepCode: "analyse",
        })
      ).statusCode,
    ).toBe(200);

    const actionId = detail.mitigationActions[0].id;
    expect(
      (await send("agencyA", "PATCH", `/api/v1/mitigation-actions/${actionId}`, { status: "done" })).statusCode,
    ).toBe(403);
    const patched = await send("csirt", "PATCH", `/api/v1/mitigation-actions/${actionId}`, { status: "done" });
    expect(patched.json()).toMatchObject({ id: actionId, status: "done" });
    expect((await send("csirt", "PATCH", `/api/v1/mitigation-actions/999999`, { status: "done" })).statusCode).toBe(
      404,
    );

    const after = (await get("lead", `/api/v1/incidents/${incident.id}`)).json();
    expect(after.incident).toMatchObject({
      severity: "kritis",
      severityOverride: true,
      severityReason: "Data pasien",
      tlp: "RED",
      pap: "AMBER",
      assignee: { id: world.users.lead.id },
    });
    expect(after.stepRuns.at(-1)).toMatchObject({ stepCode: "analyse", ownerUserId: world.users.csirt.id });
    expect(after.abilities).toMatchObject({ completeStep: true, reopen: true, assign: true, readAudit: true });

    expect((await get("agencyA", `/api/v1/incidents/${incident.id}/audit`)).statusCode).toBe(403);
    expect((await get("agencyB", `/api/v1/incidents/${incident.id}/audit`)).statusCode).toBe(404);
    const trail = (await get("csirt", `/api/v1/incidents/${incident.id}/audit?limit=500`)).json().items as {
      action: string;
      actor: { label: string };
      changes: Record<string, unknown>;
    }[];
    const onBehalf = trail.find((e) => e.action === "step.completed" && e.changes.code === "upstream_followup")!;
    expect(onBehalf).toMatchObject({
      actor: { label: world.users.lead.username },
      changes: { onBehalfOf: "BaliProv-CSIRT per telepon" },
    });
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "incident.reopened",
        "incident.classified",
        "incident.assigned",
        "step.reassigned",
        "mitigation.updated",
      ]),
    );
  });

  describe("visibility matrix", () => {
    let incA: number;
    let incB: number;
    let incD: number;
    beforeEach(async () => {
      incA = (await openCase(world, { agencyOrgId: world.orgs.agencyA.id, applicationId: null, title: "Insiden A" }))
        .id;
      incB = (
        await openCase(world, {
          agencyOrgId: world.orgs.agencyB.id,
          applicationId: world.apps.siteB,
          title: "Insiden B",
        })
      ).id;
      incD = (await openCase(world, { agencyOrgId: null, applicationId: world.apps.portalA, title: "Insiden D" })).id;
    });

    const expected: Record<string, ("A" | "B" | "D")[]> = {
      agencyA: ["A"],
      agencyB: ["B"],
      developer: ["D"],
      upstream: [],
      csirt: ["A", "B", "D"],
      viewer: ["A", "B", "D"],
    };

    it.each(Object.entries(expected))("%s sees exactly its incidents, the rest are 404", async (who, visible) => {
      const ids = { A: incA, B: incB, D: incD };
      const list = await get(who as keyof World["users"], "/api/v1/incidents");
      expect(list.statusCode).toBe(200);
      const listed = (list.json().items as { id: number }[]).map((i) => i.id).sort((a, b) => a - b);
      expect(listed).toEqual(visible.map((k) => ids[k]).sort((a, b) => a - b));
      for (const [key, id] of Object.entries(ids)) {
        const one = await get(who as keyof World["users"], `/api/v1/incidents/${id}`);
        expect(one.statusCode, `${who} → ${key}`).toBe(visible.includes(key as "A") ? 200 : 404);
      }
    });

    it("shows partners no reporter, no handling log and no internal notes", async () => {
      const o = outputs(world);
      await step("intake", incD, "forward", o.forward);
      await step("csirt", incD, "verify", o.verifyValid);
      const body = (await get("developer", `/api/v1/incidents/${incD}`)).json();
      expect(body.audience).toBe("partner");
      expect(body).not.toHaveProperty("reports");
      expect(body).not.toHaveProperty("handlingEntries");
      const text = JSON.stringify(body);
      for (const secret of [
        "Ni Luh Putu Pelapor",
        "pelapor@example.test",
        "+62 812",
        "Email pelapor terverifikasi",
        "Diteruskan ke tim web admin",
        world.users.csirt.username,
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(body.stepRuns.find((r: { stepCode: string }) => r.stepCode === "verify").output).toBeNull();
      const staff = (await get("csirt", `/api/v1/incidents/${incD}`)).json();
      expect(staff.reports[0]).toMatchObject({
        reporterName: "Ni Luh Putu Pelapor",
        reporterEmail: "pelapor@example.test",
      });
      const leadership = (await get("viewer", `/api/v1/incidents/${incD}`)).json();
      expect(leadership.audience).toBe("leadership");
      expect(leadership.reports).toEqual([]);
      expect(staff.coTenantsAtRisk).toEqual([
        {
          id: world.apps.siteB,
          name: "Situs Dinas Pendidikan",
          sharedServers: [expect.objectContaining({ name: "srv-web-01" })],
        },
      ]);
    });

    it("lets an escalation's target see the incident from then on", async () => {
      expect((await get("upstream", `/api/v1/incidents/${incB}`)).statusCode).toBe(404);
      const escalated = await send("csirt", "POST", `/api/v1/incidents/${incB}/escalations`, {
        target: "prov_csirt",
        targetOrganisationId: world.orgs.prov.id,
        reason: "Butuh bantuan forensik",
        channel: "email",
      });
      expect(escalated.statusCode).toBe(201);
      expect((await get("upstream", `/api/v1/incidents/${incB}`)).statusCode).toBe(200);
      expect(((await get("upstream", "/api/v1/incidents")).json().items as { id: number }[]).map((i) => i.id)).toEqual([
        incB,
      ]);
      expect((await get("upstream", `/api/v1/incidents/${incA}`)).statusCode).toBe(404);
    });
  });

  it("filters and pages the list", async () => {
    const a = await openCase(world, { title: "Defacement portal kesehatan", typeCode: "DEF" });
    t.clock.advance(HOUR);
    const b = await openCase(world, {
      agencyOrgId: world.orgs.agencyB.id,
      applicationId: world.apps.siteB,
      title: "Judi online situs sekolah",
    });
    t.clock.advance(HOUR);
    const c = await openCase(world, { title: "Phishing akun email" });
    await step("intake", c.id, "forward", {});
    const ids = async (query: string) =>
      ((await get("csirt", `/api/v1/incidents${query}`)).json().items as { id: number }[]).map((i) => i.id);
    expect(await ids("")).toEqual([c.id, b.id, a.id]);
    expect(await ids("?q=PORTAL")).toEqual([a.id]);
    expect(await ids(`?agency=${world.orgs.agencyB.id}`)).toEqual([b.id]);
    expect(await ids("?category=DEF")).toEqual([a.id]);
    expect(await ids("?step=verify")).toEqual([c.id]);
    expect(await ids("?step=forward")).toEqual([b.id, a.id]);
    expect(await ids("?severity=tinggi")).toEqual(expect.arrayContaining([a.id, b.id]));
    // a and b's forwarding (10 minutes) is long overdue; c's verification (2 working days) is not.
    expect(await ids("?late=true")).toEqual([b.id, a.id]);
    expect(await ids("?late=false")).toEqual([c.id]);
    expect(await ids("?from=2026-11-27T02:30:00Z")).toEqual([c.id, b.id]);
    expect(await ids("?to=2026-11-26")).toEqual([]);
    expect(await ids("?from=2026-11-27&to=2026-11-27")).toEqual([c.id, b.id, a.id]);
    const first = (await get("csirt", "/api/v1/incidents?limit=2")).json();
    expect(first.items.map((i: { id: number }) => i.id)).toEqual([c.id, b.id]);
    const second = (await get("csirt", `/api/v1/incidents?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toEqual({ items: [expect.objectContaining({ id: a.id })], nextCursor: null });
    expect((await get("csirt", "/api/v1/incidents?cursor=garbage")).statusCode).toBe(400);
    expect((await get("csirt", "/api/v1/incidents?status=weird")).statusCode).toBe(400);
    expect((await get(null, "/api/v1/incidents")).statusCode).toBe(401);
  });
});
