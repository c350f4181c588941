import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeStep } from "../../../src/commands/incidents/complete-step.ts";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";
import { createTestApp, loginWith, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { as, buildWorld, openCase, outputs, type World } from "./fixtures.ts";

describe.each(DIALECTS)("signed access links on %s", (dialect) => {
  let t: TestApp;
  let world: World;
  let csirt: LoggedIn;
  let incidentId: number;
  beforeEach(async () => {
    t = await createTestApp(dialect, { SIGAP_PUBLIC_URL: "https://sigap.denpasarkota.go.id" });
    world = await buildWorld(t.database, t.clock);
    csirt = await loginWith(t, world.users.csirt);
    incidentId = (await openCase(world)).id;
  });
  afterEach(async () => t.close());

  const complete = (actor: keyof World["actors"], stepCode: SopStepCode, output: unknown, onBehalfOf?: string) =>
    as(world, world.actors[actor], (ctx) =>
      completeStep(ctx, world.team, { incidentId, stepCode, output, onBehalfOf }),
    );
  /** Steps 2–8 done, so the developer's reply (step 9) is the active step. */
  async function untilDeveloperReply() {
    const o = outputs(world);
    await complete("intake", "forward", o.forward);
    await complete("csirt", "verify", o.verifyValid);
    await complete("csirt", "mitigate", o.mitigate);
    await complete("csirt", "handle", o.handleHandled);
    await complete("csirt", "analyse", o.analyse);
    await complete("upstream", "upstream_followup", o.upstream);
    await complete("agencyA", "agency_coordination", o.agency);
  }
  const createLink = (body: Record<string, unknown>, who: LoggedIn = csirt) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${incidentId}/access-links`,
      headers: who.headers,
      payload: body,
    });
  const open = (token: string) => t.app.inject({ method: "GET", url: `/api/v1/partner/links/${token}` });
  const submit = (token: string, output: unknown) =>
    t.app.inject({ method: "POST", url: `/api/v1/partner/links/${token}`, payload: { output } });

  it("is issued by the CSIRT with the token shown once, stored hashed, and e-mailed to the party", async () => {
    expect(
      (await t.app.inject({ method: "POST", url: `/api/v1/incidents/${incidentId}/access-links`, payload: {} }))
        .statusCode,
    ).toBe(401);
    expect((await createLink({ stepCode: "developer_reply" })).statusCode).toBe(400);
    const agency = await loginWith(t, world.users.agencyA);
    expect((await createLink({ stepCode: "developer_reply", partyRole: "developer" }, agency)).statusCode).toBe(403);
    expect((await createLink({ stepCode: "developer_reply", partyRole: "agency" })).json().error.code).toBe(
      "validation_failed",
    );

    const response = await createLink({
      stepCode: "developer_reply",
      partyRole: "developer",
      organisationId: world.orgs.vendorD.id,
      expiresInHours: 48,
    });
    expect(response.statusCode).toBe(201);
    const link = response.json();
    expect(link).toMatchObject({ sentTo: "support@vendor.example", expiresAt: "2026-11-29T02:00:00.000Z" });
    expect(link.url).toBe(`https://sigap.denpasarkota.go.id/partner/links/${link.token}`);
    const row = await t.database.db
      .selectFrom("access_links")
      .selectAll()
      .where("id", "=", link.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(link.token);
    const mail = await t.database.db
      .selectFrom("outbox")
      .selectAll()
      .where("topic", "=", "access_link.issued")
      .executeTakeFirstOrThrow();
    expect(mail.recipient).toBe("support@vendor.example");
    expect(JSON.parse(mail.payload).url).toBe(link.url);
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select("changes")
      .where("action", "=", "access_link.created")
      .executeTakeFirstOrThrow();
    expect(audit.changes).not.toContain(link.token);
  });

  it("works for its own step only, while that step is active, audited as the link", async () => {
    const devLink = (
      await createLink({ stepCode: "developer_reply", partyRole: "developer", organisationId: world.orgs.vendorD.id })
    ).json();
    const agencyLink = (
      await createLink({ stepCode: "agency_coordination", partyRole: "agency", email: "kadis@denpasarkota.go.id" })
    ).json();

    const early = await open(devLink.token);
    expect(early.statusCode).toBe(200);
    expect(early.json().step).toMatchObject({ code: "developer_reply", open: false, dueAt: null });
    expect((await submit(devLink.token, outputs(world).developer)).statusCode).toBe(409);

    await untilDeveloperReply();
    // The agency's step is done: its link no longer submits anything.
    expect((await submit(agencyLink.token, outputs(world).agency)).statusCode).toBe(409);

    const view = (await open(devLink.token)).json();
    expect(view.step).toMatchObject({ code: "developer_reply", open: true, partyRole: "developer" });
    expect(view.analysis).toMatchObject({ rootCause: "Plugin CMS usang" });
    expect(view.recommendations.map((r: { number: number }) => r.number)).toEqual([1, 2, 3]);
    expect(JSON.stringify(view)).not.toMatch(/Ni Luh Putu Pelapor|pelapor@example\.test|Webshell dihapus/);

    expect((await submit(devLink.token, { replies: [] })).statusCode).toBe(400);
    const done = await submit(devLink.token, outputs(world).developer);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      completed: { stepCode: "developer_reply" },
      next: { step: { code: "final_report" } },
    });
    expect((await submit(devLink.token, outputs(world).developer)).statusCode).toBe(409);

    const run = await t.database.db
      .selectFrom("step_runs")
      .selectAll()
      .where("incident_id", "=", incidentId)
      .where("step_code", "=", "developer_reply")
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: "done", completed_by_label: `link:${devLink.id}`, completed_by_user_id: null });
    const events = await t.database.db
      .selectFrom("audit_events")
      .select(["action", "actor_label"])
      .where("entity_id", "=", String(incidentId))
      .where("action", "in", ["access_link.used", "step.completed"])
      .orderBy("seq", "desc")
      .limit(2)
      .execute();
    expect(events).toEqual([
      { action: "step.completed", actor_label: `system:link:${devLink.id}` },
      { action: "access_link.used", actor_label: `system:link:${devLink.id}` },
    ]);
    const rec = await t.database.db
      .selectFrom("recommendations")
      .select(["status", "replied_by_label"])
      .where("incident_id", "=", incidentId)
      .where("number", "=", 1)
      .executeTakeFirstOrThrow();
    expect(rec).toEqual({ status: "done", replied_by_label: `system:link:${devLink.id}` });
  });

  it("answers 404 once expired or revoked, and for unknown tokens", async () => {
    const link = (await createLink({ stepCode: "developer_reply", partyRole: "developer", expiresInHours: 2 })).json();
    const other = (
      await createLink({ stepCode: "developer_reply", partyRole: "developer", expiresInHours: 24 })
    ).json();
    expect((await open(link.token)).statusCode).toBe(200);
    expect((await open(`sgl_${"A".repeat(43)}`)).statusCode).toBe(404);
    expect((await open("not-a-token")).statusCode).toBe(404);

    t.clock.advance(2 * 3_600_000);
    expect((await open(link.token)).statusCode).toBe(404);
    expect((await submit(link.token, outputs(world).developer)).statusCode).toBe(404);

    csirt = await loginWith(t, world.users.csirt);
    const agencyB = await loginWith(t, world.users.agencyB);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/v1/access-links/${other.id}`, headers: agencyB.headers }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/v1/access-links/${other.id}`, headers: csirt.headers }))
        .statusCode,
    ).toBe(204);
    expect((await open(other.token)).statusCode).toBe(404);
    const revoked = await t.database.db
      .selectFrom("access_links")
      .select("revoked_at")
      .where("id", "=", other.id)
      .executeTakeFirstOrThrow();
    expect(revoked.revoked_at).toBe(t.clock.now().toISOString());
  });
});
