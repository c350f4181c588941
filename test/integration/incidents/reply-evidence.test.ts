import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completeStep } from "../../../src/commands/incidents/complete-step.ts";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";
import { createTestApp, loginAs, loginWith, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { multipart, PNG_BYTES, setTeamSettings } from "../reports/fixtures.ts";
import { as, buildWorld, openCase, outputs, type World } from "./fixtures.ts";

describe.each(DIALECTS)("reply evidence from partners on %s", (dialect) => {
  let t: TestApp;
  let world: World;
  let csirt: LoggedIn;
  let developer: LoggedIn;
  let incidentId: number;
  beforeEach(async () => {
    t = await createTestApp(dialect, { SIGAP_PUBLIC_URL: "https://sigap.denpasarkota.go.id" });
    world = await buildWorld(t.database, t.clock);
    csirt = await loginWith(t, world.users.csirt);
    developer = await loginWith(t, world.users.developer);
    incidentId = (await openCase(world)).id;
  });
  afterEach(async () => t.close());

  const complete = (actor: keyof World["actors"], stepCode: SopStepCode, output: unknown) =>
    as(world, world.actors[actor], (ctx) => completeStep(ctx, world.team, { incidentId, stepCode, output }));
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
  const png = (filename = "patch-bukti.png") =>
    multipart([{ name: "files", filename, contentType: "image/png", data: PNG_BYTES }]);
  const upload = (who: LoggedIn | null, form = png(), id = incidentId, step = "developer_reply") =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${id}/steps/${step}/evidence`,
      payload: form.payload,
      headers: { ...(who?.headers ?? {}), ...form.headers },
    });
  const linkUpload = (token: string, form = png()) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/partner/links/${token}/evidence`,
      payload: form.payload,
      headers: form.headers,
    });
  const listOwn = (who: LoggedIn) =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/incidents/${incidentId}/steps/developer_reply/evidence`,
      headers: who.headers,
    });

  it("lets the owning organisation's partner attach files to its active step, with custody and audit", async () => {
    expect((await upload(null)).statusCode).toBe(401);
    // Not yet the developer's turn.
    expect((await upload(developer)).statusCode).toBe(409);
    await untilDeveloperReply();

    const otherVendor = await loginAs(t, "developer");
    expect((await upload(otherVendor)).statusCode).toBe(404);
    expect((await upload(await loginWith(t, world.users.agencyA))).statusCode).toBe(404);
    expect((await upload(csirt)).statusCode).toBe(404);
    expect((await upload(developer, png(), 999999)).statusCode).toBe(404);

    const created = await upload(developer);
    expect(created.statusCode).toBe(201);
    const items = created.json().items;
    expect(items).toEqual([
      {
        id: expect.any(Number),
        filename: "patch-bukti.png",
        mediaType: "image/png",
        sizeBytes: PNG_BYTES.length,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        uploadedAt: t.clock.now().toISOString(),
      },
    ]);
    const row = await t.database.db
      .selectFrom("attachments")
      .selectAll()
      .where("id", "=", items[0].id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: "reply_evidence",
      incident_id: incidentId,
      report_id: null,
      tlp: "AMBER",
      uploaded_by_user_id: world.users.developer.id,
      uploaded_by_label: world.users.developer.username,
    });
    const custody = await t.database.db
      .selectFrom("custody_events")
      .select(["action", "actor_label", "note"])
      .where("attachment_id", "=", row.id)
      .execute();
    expect(custody).toEqual([
      {
        action: "received",
        actor_label: world.users.developer.username,
        note: expect.stringContaining("reply evidence for step developer_reply"),
      },
    ]);
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select(["actor_label", "changes"])
      .where("action", "=", "evidence.received")
      .where("entity_id", "=", String(incidentId))
      .executeTakeFirstOrThrow();
    expect(audit.changes).toContain(row.sha256);

    // The partner lists only their own files; staff see it among the incident's evidence.
    await as(world, world.actors.csirt, async (ctx) => {
      const now = ctx.now.toISOString();
      await ctx.db
        .insertInto("attachments")
        .values({
          sha256: "0".repeat(64),
          size_bytes: 1,
          media_type: "text/plain",
          filename: "staff-only.log",
          kind: "evidence",
          report_id: null,
          incident_id: incidentId,
          tlp: "RED",
          uploaded_by_label: "csirt",
          uploaded_by_user_id: world.users.csirt.id,
          uploaded_at: now,
        })
        .execute();
    });
    const own = await listOwn(developer);
    expect(own.statusCode).toBe(200);
    expect(own.json().items.map((i: { filename: string }) => i.filename)).toEqual(["patch-bukti.png"]);
    expect((await listOwn(otherVendor)).statusCode).toBe(404);
    const staffList = await t.app.inject({
      method: "GET",
      url: `/api/v1/incidents/${incidentId}/evidence`,
      headers: csirt.headers,
    });
    expect(staffList.json().items.map((i: { kind: string }) => i.kind)).toContain("reply_evidence");
  });

  it("enforces the team's intake limits and media-type checks, storing nothing", async () => {
    await untilDeveloperReply();
    const fake = multipart([
      { name: "files", filename: "x.png", contentType: "image/png", data: Buffer.from("<?php system($_GET['c']); ?>") },
    ]);
    expect((await upload(developer, fake)).statusCode).toBe(415);
    await setTeamSettings(
      t.database.db,
      { intake: { maxAttachmentBytes: 1024, maxAttachments: 2 } },
      t.clock.now().toISOString(),
    );
    const big = multipart([
      { name: "files", filename: "besar.txt", contentType: "text/plain", data: Buffer.alloc(2048, 0x61) },
    ]);
    expect((await upload(developer, big)).statusCode).toBe(413);
    const three = multipart(
      [1, 2, 3].map((i) => ({
        name: "files",
        filename: `log${i}.txt`,
        contentType: "text/plain",
        data: Buffer.from("ok\n"),
      })),
    );
    expect((await upload(developer, three)).statusCode).toBe(413);
    expect((await upload(developer, multipart([{ name: "note", value: "x" }]))).statusCode).toBe(400);
    const rows = await t.database.db.selectFrom("attachments").select("id").execute();
    expect(rows).toEqual([]);
  });

  it("lets a link holder upload only while the link's step is active, and shows them their files", async () => {
    const link = (
      await t.app.inject({
        method: "POST",
        url: `/api/v1/incidents/${incidentId}/access-links`,
        headers: csirt.headers,
        payload: { stepCode: "developer_reply", partyRole: "developer", organisationId: world.orgs.vendorD.id },
      })
    ).json();
    expect((await linkUpload(link.token)).statusCode).toBe(409);
    expect((await linkUpload(`sgl_${"A".repeat(43)}`)).statusCode).toBe(404);
    await untilDeveloperReply();

    const created = await linkUpload(link.token, png("dari-tautan.png"));
    expect(created.statusCode).toBe(201);
    const id = created.json().items[0].id as number;
    const row = await t.database.db
      .selectFrom("attachments")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      kind: "reply_evidence",
      uploaded_by_label: `link:${link.id}`,
      uploaded_by_user_id: null,
    });
    const custody = await t.database.db
      .selectFrom("custody_events")
      .select(["action", "actor_label"])
      .where("attachment_id", "=", id)
      .execute();
    expect(custody).toEqual([{ action: "received", actor_label: `link:${link.id}` }]);
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select("actor_label")
      .where("action", "=", "evidence.received")
      .executeTakeFirstOrThrow();
    expect(audit.actor_label).toBe(`system:link:${link.id}`);

    // The signed-in developer's own list does not include the link's file, and vice versa.
    await upload(developer, png("dari-akun.png"));
    const view = (await t.app.inject({ method: "GET", url: `/api/v1/partner/links/${link.token}` })).json();
    expect(view.evidence).toEqual([
      expect.objectContaining({ id, filename: "dari-tautan.png", sha256: row.sha256, sizeBytes: PNG_BYTES.length }),
    ]);

    const done = await t.app.inject({
      method: "POST",
      url: `/api/v1/partner/links/${link.token}`,
      payload: { output: outputs(world).developer },
    });
    expect(done.statusCode).toBe(200);
    expect((await linkUpload(link.token)).statusCode).toBe(409);
    expect((await upload(developer)).statusCode).toBe(409);
  });
});
