import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientAddress, createTestApp, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { multipart, PNG_BYTES } from "./fixtures.ts";

describe.each(DIALECTS)("evidence routes on %s", (dialect) => {
  let t: TestApp;
  let analyst: LoggedIn;
  let report: { code: string; token: string; incidentId: number; attachmentId: number };
  beforeEach(async () => {
    t = await createTestApp(dialect);
    analyst = await loginAs(t, "csirt");
    const form = multipart([
      {
        name: "report",
        value: JSON.stringify({
          reporter: { name: "Gede", kind: "public", email: "gede@example.org" },
          title: "Defacement",
          description: "Halaman depan berubah.",
          consent: true,
          truthful: true,
        }),
      },
      { name: "files", filename: "layar ᬩᬮᬶ (utama).png", contentType: "image/png", data: PNG_BYTES },
    ]);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/public/reports",
      remoteAddress: clientAddress(),
      payload: form.payload,
      headers: form.headers,
    });
    const { code, token } = created.json() as { code: string; token: string };
    const row = await t.database.db.selectFrom("attachments").select(["id", "incident_id"]).executeTakeFirstOrThrow();
    report = { code, token, incidentId: row.incident_id!, attachmentId: row.id };
  });
  afterEach(async () => t.close());

  const get = (who: LoggedIn | null, url: string) => t.app.inject({ method: "GET", url, headers: who?.headers ?? {} });

  it("answers 401, then 404 to partners and for unknown items", async () => {
    expect((await get(null, `/api/v1/evidence/${report.attachmentId}`)).statusCode).toBe(401);
    expect((await get(null, `/api/v1/evidence/${report.attachmentId}/download`)).statusCode).toBe(401);
    const agency = await loginAs(t, "agency");
    // Even the agency that owns the incident does not get the reporter's files through these routes.
    await t.database.db
      .updateTable("incidents")
      .set({ agency_org_id: agency.user.organisation_id })
      .where("id", "=", report.incidentId)
      .execute();
    expect((await get(agency, `/api/v1/evidence/${report.attachmentId}`)).statusCode).toBe(404);
    expect((await get(agency, `/api/v1/evidence/${report.attachmentId}/download`)).statusCode).toBe(404);
    expect((await get(analyst, "/api/v1/evidence/999999")).statusCode).toBe(404);
    // A partner's attempt leaves no trace in the chain of custody.
    const custody = await t.database.db.selectFrom("custody_events").select("action").execute();
    expect(custody.map((c) => c.action)).toEqual(["received"]);
  });

  it("serves the file as an attachment and records the download in the chain of custody", async () => {
    const viewer = await loginAs(t, "viewer");
    const download = await get(viewer, `/api/v1/evidence/${report.attachmentId}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PNG_BYTES)).toBe(true);
    expect(download.headers["content-type"]).toBe("image/png");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(
      "attachment; filename=\"layar ___ (utama).png\"; filename*=UTF-8''layar%20%E1%AC%A9%E1%AC%AE%E1%AC%B6%20%28utama%29.png",
    );

    const detail = await get(analyst, `/api/v1/evidence/${report.attachmentId}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().evidence).toMatchObject({
      sha256: createHash("sha256").update(PNG_BYTES).digest("hex"),
      sizeBytes: PNG_BYTES.length,
      mediaType: "image/png",
      uploadedBy: "reporter",
      uploadedAt: "2026-11-27T02:00:00.000Z",
    });
    expect(detail.json().custody.map((c: { action: string; actorLabel: string }) => [c.action, c.actorLabel])).toEqual([
      ["received", "reporter"],
      ["downloaded", viewer.user.username],
    ]);
  });

  it("lets staff add evidence to an incident; leadership may not, partners do not see it", async () => {
    const form = multipart([
      { name: "tlp", value: "RED" },
      { name: "note", value: "Salinan log akses server" },
      {
        name: "files",
        filename: "access.log",
        contentType: "text/plain",
        data: Buffer.from("203.0.113.9 - - GET /wp-admin\n"),
      },
    ]);
    const upload = (who: LoggedIn, incidentId = report.incidentId, f = form) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/incidents/${incidentId}/evidence`,
        payload: f.payload,
        headers: { ...who.headers, ...f.headers },
      });

    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/v1/incidents/${report.incidentId}/evidence`,
          payload: form.payload,
          headers: form.headers,
        })
      ).statusCode,
    ).toBe(401);
    expect((await upload(await loginAs(t, "agency"))).statusCode).toBe(404);
    expect((await upload(await loginAs(t, "viewer"))).statusCode).toBe(403);
    expect((await upload(analyst, 999999)).statusCode).toBe(404);
    const fake = multipart([
      { name: "files", filename: "x.png", contentType: "image/png", data: Buffer.from("<?php system($_GET['c']); ?>") },
    ]);
    expect((await upload(analyst, report.incidentId, fake)).statusCode).toBe(415);

    const created = await upload(analyst);
    expect(created.statusCode).toBe(201);
    expect(created.json().items).toEqual([
      expect.objectContaining({
        filename: "access.log",
        mediaType: "text/plain",
        tlp: "RED",
        incidentId: report.incidentId,
        reportId: null,
        uploadedBy: analyst.user.username,
      }),
    ]);
    const id = created.json().items[0].id as number;
    const custody = await t.database.db
      .selectFrom("custody_events")
      .select(["action", "note"])
      .where("attachment_id", "=", id)
      .execute();
    expect(custody).toEqual([{ action: "received", note: expect.stringContaining("Salinan log akses server") }]);
    // The reporter's tracking page lists only the reporter's files.
    const view = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/public/reports/${report.code}?token=${report.token}`,
        remoteAddress: clientAddress(),
      })
    ).json();
    expect(view.files.map((f: { id: number }) => f.id)).toEqual([report.attachmentId]);
  });
});
