import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../../src/commands/context.ts";
import { completeStepRun, startStepRun, activeStepRun } from "../../../src/commands/incidents/step-runs.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { clientAddress, createTestApp, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { multipart, PDF_BYTES } from "./fixtures.ts";

const publicReport = (overrides: Record<string, unknown> = {}) => ({
  reporter: { name: "Komang Ayu", kind: "public", email: "ayu@example.org" },
  title: "Situs dinas berisi tautan judi",
  typeCode: "JUD",
  description: "Tautan slot gacor di https://dinas.denpasarkota.go.id/",
  consent: true,
  truthful: true,
  ...overrides,
});

const letterReport = {
  channel: "letter",
  reporter: {
    name: "Sekretaris Dinas Kesehatan",
    kind: "asn",
    organisation: "Dinas Kesehatan",
    email: "dinkes@denpasarkota.go.id",
  },
  title: "Permohonan penanganan: aplikasi SIMPUS tidak dapat diakses",
  description: "Sejak 30 November aplikasi menampilkan <h1>Hacked</h1>.",
  letter: { number: "000.8.3.3/15/DINKES", date: "2026-11-26", sender: "Dinas Kesehatan Kota Denpasar" },
};

describe.each(DIALECTS)("staff report routes on %s", (dialect) => {
  let t: TestApp;
  let intake: LoggedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    intake = await loginAs(t, "intake");
  });
  afterEach(async () => t.close());

  const submitPublic = async (overrides: Record<string, unknown> = {}) => {
    const r = await t.app.inject({
      method: "POST",
      url: "/api/v1/public/reports",
      remoteAddress: clientAddress(),
      payload: publicReport(overrides),
    });
    expect(r.statusCode).toBe(201);
    const { code, token } = r.json() as { code: string; token: string };
    const row = await t.database.db
      .selectFrom("reports")
      .select(["id", "incident_id"])
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    return { code, token, id: row.id, incidentId: row.incident_id! };
  };
  const as = (who: LoggedIn, method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

  it("answers 401 without a session, 400 for a bad body, 404 to partners, 403 to leadership writing", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/reports" })).statusCode).toBe(401);
    expect((await t.app.inject({ method: "POST", url: "/api/v1/reports", payload: letterReport })).statusCode).toBe(
      401,
    );
    expect((await t.app.inject({ method: "GET", url: "/api/v1/reports/1" })).statusCode).toBe(401);

    const bad = await as(intake, "POST", "/api/v1/reports", { ...letterReport, channel: "pigeon" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([expect.objectContaining({ path: "channel" })]);

    const { id } = await submitPublic();
    const agency = await loginAs(t, "agency");
    for (const url of ["/api/v1/reports", `/api/v1/reports/${id}`])
      expect((await as(agency, "GET", url)).statusCode).toBe(404);
    expect(
      (await as(agency, "POST", "/api/v1/reports", { ...letterReport, channel: "phone", letter: null })).statusCode,
    ).toBe(404);
    expect(
      (await as(agency, "POST", `/api/v1/reports/${id}/messages`, { body: "x", visibility: "internal" })).statusCode,
    ).toBe(404);

    const viewer = await loginAs(t, "viewer");
    expect((await as(viewer, "GET", `/api/v1/reports/${id}`)).statusCode).toBe(200);
    expect(
      (await as(viewer, "POST", "/api/v1/reports", { ...letterReport, channel: "phone", letter: null })).statusCode,
    ).toBe(403);
    expect(
      (await as(viewer, "POST", `/api/v1/reports/${id}/messages`, { body: "x", visibility: "internal" })).statusCode,
    ).toBe(403);
    expect((await as(intake, "GET", "/api/v1/reports/999999")).statusCode).toBe(404);
  });

  it("records a letter report with its scan (multipart) and shows it to staff", async () => {
    const form = multipart([
      { name: "report", value: JSON.stringify(letterReport), contentType: "application/json" },
      { name: "letterScan", filename: "surat-dinkes.pdf", contentType: "application/pdf", data: PDF_BYTES },
    ]);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: form.payload,
      headers: { ...intake.headers, ...form.headers },
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body.code).toBe("DPS-CSIRT-2026-000001");
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const detail = (await as(intake, "GET", `/api/v1/reports/${body.id}`)).json();
    expect(detail.report).toMatchObject({
      channel: "letter",
      letter: { number: "000.8.3.3/15/DINKES", date: "2026-11-26", sender: "Dinas Kesehatan Kota Denpasar" },
      description: "Sejak 30 November aplikasi menampilkan <h1>Hacked</h1>.",
      reporter: { name: "Sekretaris Dinas Kesehatan", email: "dinkes@denpasarkota.go.id" },
      recordedByUserId: intake.user.id,
    });
    expect(detail.report).not.toHaveProperty("trackingHash");
    expect(JSON.stringify(detail)).not.toContain("tracking_hash");
    expect(detail.attachments).toEqual([
      expect.objectContaining({ kind: "letter_scan", mediaType: "application/pdf", uploadedBy: intake.user.username }),
    ]);
    expect(detail.status).toBe("forwarded");
    expect(detail.incident).toMatchObject({ id: body.incidentId, code: body.code, status: "open" });

    const withoutScan = await as(intake, "POST", "/api/v1/reports", letterReport);
    expect(withoutScan.statusCode).toBe(400);
    expect(withoutScan.json().error.message).toBe("Laporan melalui surat memerlukan pindaian (scan) surat.");
  });

  it("lists reports newest first with keyset pages and filters", async () => {
    for (let i = 0; i < 4; i++) await submitPublic({ title: `Laporan ${i}` });
    await as(intake, "POST", "/api/v1/reports", { ...letterReport, channel: "phone", letter: null, title: "Telepon" });

    const first = (await as(intake, "GET", "/api/v1/reports?limit=2")).json();
    expect(first.items.map((r: { title: string }) => r.title)).toEqual(["Telepon", "Laporan 3"]);
    const second = (await as(intake, "GET", `/api/v1/reports?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((r: { title: string }) => r.title)).toEqual(["Laporan 2", "Laporan 1"]);
    const third = (await as(intake, "GET", `/api/v1/reports?limit=2&cursor=${second.nextCursor}`)).json();
    expect(third.items.map((r: { title: string }) => r.title)).toEqual(["Laporan 0"]);
    expect(third.nextCursor).toBeNull();

    const phone = (await as(intake, "GET", "/api/v1/reports?channel=phone")).json();
    expect(phone.items.map((r: { channel: string }) => r.channel)).toEqual(["phone"]);
    const forwarded = (await as(intake, "GET", "/api/v1/reports?status=forwarded")).json();
    expect(forwarded.items).toHaveLength(5);
    expect((await as(intake, "GET", "/api/v1/reports?status=done")).json().items).toEqual([]);
    const later = (
      await as(intake, "GET", `/api/v1/reports?from=${encodeURIComponent("2026-11-27T02:00:00.001Z")}`)
    ).json();
    expect(later.items).toEqual([]);
    expect((await as(intake, "GET", "/api/v1/reports?limit=0")).statusCode).toBe(400);
  });

  it("hides a confidential reporter's identity from leadership, not from the intake desk", async () => {
    const { id } = await submitPublic({
      reporter: { name: "Rahasia", kind: "asn", email: "r@example.org", confidential: true },
    });
    const viewer = await loginAs(t, "viewer");
    const seen = (await as(viewer, "GET", `/api/v1/reports/${id}`)).json();
    expect(seen.report.reporter).toMatchObject({ name: null, email: null, phone: null, confidential: true });
    const listed = (await as(viewer, "GET", "/api/v1/reports")).json();
    expect(listed.items[0].reporterName).toBeNull();
    expect(JSON.stringify(seen) + JSON.stringify(listed)).not.toContain("r@example.org");
    expect((await as(intake, "GET", `/api/v1/reports/${id}`)).json().report.reporter.email).toBe("r@example.org");
  });

  it("asks the reporter a question (queued by e-mail), keeps internal notes internal, and shows the answer", async () => {
    const { id, code, token } = await submitPublic();
    const question = await as(intake, "POST", `/api/v1/reports/${id}/messages`, {
      body: "Mohon kirim tangkapan layar halaman tersebut.",
      visibility: "public",
      isQuestion: true,
    });
    expect(question.statusCode).toBe(201);
    const note = await as(intake, "POST", `/api/v1/reports/${id}/messages`, {
      body: "Pelapor pernah melapor sebelumnya.",
      visibility: "internal",
    });
    expect(note.statusCode).toBe(201);
    const outbox = await t.database.db
      .selectFrom("outbox")
      .selectAll()
      .where("topic", "=", "report.question")
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.recipient).toBe("ayu@example.org");

    const answer = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/reports/${code}/messages?token=${token}`,
      remoteAddress: clientAddress(),
      payload: { body: "Sudah saya lampirkan." },
    });
    expect(answer.statusCode).toBe(201);
    const view = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/public/reports/${code}?token=${token}`,
        remoteAddress: clientAddress(),
      })
    ).json();
    expect(
      view.messages.map((m: { from: string; body: string; isQuestion: boolean }) => [m.from, m.body, m.isQuestion]),
    ).toEqual([
      ["csirt", "Mohon kirim tangkapan layar halaman tersebut.", true],
      ["reporter", "Sudah saya lampirkan.", false],
    ]);
    expect(JSON.stringify(view)).not.toContain(intake.user.username);
    expect(JSON.stringify(view)).not.toContain("pernah melapor");
    const staffView = (await as(intake, "GET", `/api/v1/reports/${id}`)).json();
    expect(
      staffView.messages.map((m: { visibility: string; authorLabel: string }) => [m.visibility, m.authorLabel]),
    ).toEqual([
      ["public", intake.user.username],
      ["internal", intake.user.username],
      ["public", "reporter"],
    ]);
  });

  it("merges a duplicate into another open incident and tells its reporter", async () => {
    const first = await submitPublic({ title: "Situs dinas kena judol" });
    const dup = await submitPublic({
      title: "Situs dinas ada judi online",
      description: "Tautan slot gacor di https://dinas.denpasarkota.go.id/ diarahkan ke 198.51.100.23",
      reporter: { name: "Wayan", kind: "public", email: "wayan@example.org" },
    });
    const form = multipart([{ name: "files", filename: "bukti.pdf", contentType: "application/pdf", data: PDF_BYTES }]);
    const upload = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/reports/${dup.code}/evidence?token=${dup.token}`,
      remoteAddress: clientAddress(),
      payload: form.payload,
      headers: form.headers,
    });
    expect(upload.statusCode).toBe(201);
    const analyst = await loginAs(t, "csirt");

    const viewer = await loginAs(t, "viewer");
    expect(
      (await as(viewer, "POST", `/api/v1/reports/${dup.id}/merge`, { incidentId: first.incidentId })).statusCode,
    ).toBe(403);
    const agency = await loginAs(t, "agency");
    expect(
      (await as(agency, "POST", `/api/v1/reports/${dup.id}/merge`, { incidentId: first.incidentId })).statusCode,
    ).toBe(404);
    expect(
      (await as(analyst, "POST", `/api/v1/reports/${dup.id}/merge`, { incidentId: dup.incidentId })).statusCode,
    ).toBe(400);
    expect((await as(analyst, "POST", `/api/v1/reports/${dup.id}/merge`, { incidentId: 999999 })).statusCode).toBe(400);

    const merged = await as(analyst, "POST", `/api/v1/reports/${dup.id}/merge`, { incidentId: first.incidentId });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toEqual({ reportId: dup.id, incidentId: first.incidentId, closedIncidentId: dup.incidentId });

    const report = await t.database.db
      .selectFrom("reports")
      .selectAll()
      .where("id", "=", dup.id)
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({ incident_id: first.incidentId, duplicate: 1 });
    const closed = await t.database.db
      .selectFrom("incidents")
      .selectAll()
      .where("id", "=", dup.incidentId)
      .executeTakeFirstOrThrow();
    expect(closed).toMatchObject({
      status: "closed",
      outcome: "duplicate",
      disposition: 'incident-disposition:duplicate="duplicate"',
      merged_into_id: first.incidentId,
      closed_at: "2026-11-27T02:00:00.000Z",
    });
    const openRuns = await t.database.db
      .selectFrom("step_runs")
      .select("id")
      .where("incident_id", "=", dup.incidentId)
      .where("status", "=", "active")
      .execute();
    expect(openRuns).toEqual([]);
    // New indicators join the target; ones it already had stay with the closed case.
    const observables = await t.database.db
      .selectFrom("observables")
      .select(["kind", "value", "incident_id"])
      .where("report_id", "=", dup.id)
      .execute();
    expect(observables.find((o) => o.value === "198.51.100.23")?.incident_id).toBe(first.incidentId);
    expect(observables.find((o) => o.kind === "domain")?.incident_id).toBe(dup.incidentId);
    const file = await t.database.db
      .selectFrom("attachments")
      .select(["id", "incident_id"])
      .where("report_id", "=", dup.id)
      .executeTakeFirstOrThrow();
    expect(file.incident_id).toBe(first.incidentId);
    const custody = await t.database.db
      .selectFrom("custody_events")
      .select(["action", "actor_label"])
      .where("attachment_id", "=", file.id)
      .orderBy("id")
      .execute();
    expect(custody).toEqual([
      { action: "received", actor_label: "reporter" },
      { action: "linked", actor_label: analyst.user.username },
    ]);
    const told = await t.database.db.selectFrom("outbox").selectAll().where("topic", "=", "report.merged").execute();
    expect(told.map((m) => m.recipient)).toEqual(["wayan@example.org"]);
    const audit = await t.database.db
      .selectFrom("audit_events")
      .select("action")
      .where("action", "in", ["report.merged", "incident.closed"])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["incident.closed", "report.merged"]);

    // The merged report stays visible: to staff within the incident it joined, to its reporter as merged.
    const listed = (await as(analyst, "GET", "/api/v1/reports?status=merged")).json();
    expect(listed.items.map((r: { id: number; incidentId: number }) => [r.id, r.incidentId])).toEqual([
      [dup.id, first.incidentId],
    ]);
    const detail = (await as(analyst, "GET", `/api/v1/reports/${dup.id}`)).json();
    expect(detail.status).toBe("merged");
    expect(detail.ownCase).toMatchObject({ id: dup.incidentId, status: "closed", outcome: "duplicate" });
    const view = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/public/reports/${dup.code}?token=${dup.token}`,
        remoteAddress: clientAddress(),
      })
    ).json();
    expect(view.status.code).toBe("merged");
    expect(view.status.label).toEqual({ id: "Digabung", en: "Merged" });
    expect(view.mergedCaseStatus.code).toBe("forwarded");
    expect(JSON.stringify(view)).not.toContain(first.code);

    const again = await as(analyst, "POST", `/api/v1/reports/${dup.id}/merge`, { incidentId: first.incidentId });
    expect(again.statusCode).toBe(409);
  });

  it("merges only while the case is being forwarded or verified, and only into an open incident", async () => {
    const first = await submitPublic();
    const later = await submitPublic();
    const analyst = await loginAs(t, "csirt");
    // Move the later case past verification with the workflow kernel.
    await runCommand(t.deps, { actor: systemActor("test") }, async (ctx) => {
      const team = await readTeamContext(ctx.db);
      for (const code of ["verify", "mitigate"] as const) {
        const run = await activeStepRun(ctx, later.incidentId);
        await completeStepRun(ctx, { run: run!, output: {} });
        await startStepRun(ctx, team, { incidentId: later.incidentId, step: stepByCode(team.sop, code)! });
      }
    });
    const atMitigation = await as(analyst, "POST", `/api/v1/reports/${later.id}/merge`, {
      incidentId: first.incidentId,
    });
    expect(atMitigation.statusCode).toBe(409);
    expect(atMitigation.json().error.code).toBe("conflict");

    await t.database.db
      .updateTable("incidents")
      .set({ status: "closed", outcome: "resolved" })
      .where("id", "=", first.incidentId)
      .execute();
    const third = await submitPublic();
    const intoClosed = await as(analyst, "POST", `/api/v1/reports/${third.id}/merge`, { incidentId: first.incidentId });
    expect(intoClosed.statusCode).toBe(400);
    const unchanged = await t.database.db
      .selectFrom("incidents")
      .select("status")
      .where("id", "=", third.incidentId)
      .executeTakeFirstOrThrow();
    expect(unchanged.status).toBe("open");
  });
});
