import { readFileSync } from "node:fs";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../../src/core/errors.ts";
import { UNDETERMINED_RSIT } from "../../../src/core/taxonomy/incident-types.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import {
  counts,
  createWorld,
  incoming,
  makeApplication,
  makeOrganisation,
  makeUser,
  PDF_BYTES,
  PNG_BYTES,
  submit,
  webReport,
  type ReportsWorld,
} from "./fixtures.ts";

const errorOf = async (promise: Promise<unknown>): Promise<AppError> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the command to fail");
};

describe.each(DIALECTS)("submitReport on %s", (dialect) => {
  let world: ReportsWorld;
  beforeEach(async () => {
    world = await createWorld(dialect);
  });
  afterEach(async () => world.drop());

  it("records a web report, opens its case at step 2 and queues the acknowledgement", async () => {
    const result = await submit(world, webReport());
    expect(result.report.code).toBe("DPS-CSIRT-2026-000001");
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.trackingUrl).toBe(`https://csirt.test/track/DPS-CSIRT-2026-000001#token=${result.token}`);

    const report = await world.database.db.selectFrom("reports").selectAll().executeTakeFirstOrThrow();
    expect(report.channel).toBe("web");
    expect(report.tracking_hash).not.toContain(result.token);
    expect(report.tracking_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.tlp).toBe("AMBER");
    expect(report.received_at).toBe("2026-12-01T02:00:00.000Z");
    expect(report.incident_id).toBe(result.incident.id);

    expect(result.incident.code).toBe(report.code);
    expect(result.incident.type_code).toBe("JUD");
    expect(result.incident.current_step).toBe(2);
    const runs = await world.database.db
      .selectFrom("step_runs")
      .select(["step_code", "iteration", "status", "started_at", "due_at", "completed_at", "completed_by_label"])
      .where("incident_id", "=", result.incident.id)
      .orderBy("id")
      .execute();
    // Step 1 (5 minutes) ran from receipt; step 2 (10 minutes) from now, the same moment here.
    expect(runs).toEqual([
      {
        step_code: "receive",
        iteration: 1,
        status: "done",
        started_at: "2026-12-01T02:00:00.000Z",
        due_at: "2026-12-01T02:05:00.000Z",
        completed_at: "2026-12-01T02:00:00.000Z",
        completed_by_label: "system:intake:web",
      },
      {
        step_code: "forward",
        iteration: 1,
        status: "active",
        started_at: "2026-12-01T02:00:00.000Z",
        due_at: "2026-12-01T02:10:00.000Z",
        completed_at: null,
        completed_by_label: null,
      },
    ]);
    const trail = await world.database.db
      .selectFrom("audit_events")
      .select(["action", "changes"])
      .where("entity_type", "=", "incident")
      .where("entity_id", "=", String(result.incident.id))
      .orderBy("seq")
      .execute();
    expect(trail.map((e) => [e.action, JSON.parse(e.changes).step ?? null])).toEqual([
      ["incident.opened", null],
      ["step.started", 1],
      ["step.completed", 1],
      ["step.started", 2],
    ]);

    const outbox = await world.database.db.selectFrom("outbox").selectAll().execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ channel: "email", topic: "report.acknowledged", recipient: "sari@example.org" });
    expect(JSON.parse(outbox[0]!.payload)).toMatchObject({ code: report.code, trackingUrl: result.trackingUrl });

    const audit = await world.database.db
      .selectFrom("audit_events")
      .select(["action", "changes"])
      .where("action", "=", "report.submitted")
      .execute();
    expect(audit).toHaveLength(1);
    // The audit log, kept for good, holds no personal data of the reporter.
    expect(audit[0]!.changes).not.toContain("sari@example.org");
    expect(audit[0]!.changes).not.toContain("Ni Luh");
  });

  it("numbers tickets per year in WITA and restarts the count in a new year", async () => {
    world.clock.set("2026-12-31T15:00:00.000Z"); // 23:00 WITA, still 2026
    expect((await submit(world, webReport())).report.code).toBe("DPS-CSIRT-2026-000001");
    expect((await submit(world, webReport())).report.code).toBe("DPS-CSIRT-2026-000002");
    world.clock.set("2026-12-31T16:30:00.000Z"); // 00:30 WITA on 1 January 2027
    expect((await submit(world, webReport())).report.code).toBe("DPS-CSIRT-2027-000001");
    expect((await submit(world, webReport())).report.code).toBe("DPS-CSIRT-2027-000002");
    const codes = await world.database.db.selectFrom("reports").select("code").orderBy("id").execute();
    expect(new Set(codes.map((c) => c.code)).size).toBe(4);
  });

  it("stores markup, scripts and any writing system byte for byte, trimming only the ends", async () => {
    const description =
      '<script>alert("x")</script> <img src=x onerror=alert(1)> &lt;b&gt; \'; DROP TABLE reports;--\n' +
      "ᬅᬓ᭄ᬱᬭᬩᬮᬶ 中文 العربية 🧑‍💻 \u200b zero-width, tab\there\r\nCRLF";
    const title = '<b>Judul</b> & "kutip" ᬩᬮᬶ';
    const result = await submit(
      world,
      webReport({ title: `  ${title}\n`, description, chronology: "\n  10:00 <i>mulai</i>  " }),
    );
    const row = await world.database.db
      .selectFrom("reports")
      .selectAll()
      .where("id", "=", result.report.id)
      .executeTakeFirstOrThrow();
    expect(row.title).toBe(title);
    expect(row.description).toBe(description);
    expect(row.chronology).toBe("10:00 <i>mulai</i>");
    expect(Buffer.from(row.description, "utf8").equals(Buffer.from(description, "utf8"))).toBe(true);
  });

  it("refuses over-long text instead of cutting it, and writes nothing", async () => {
    const before = await counts(world);
    const tooLong = "a".repeat(20_001);
    const error = await errorOf(submit(world, webReport({ description: tooLong })));
    expect(error.code).toBe("validation_failed");
    expect(JSON.stringify(error.details)).toContain("description");
    // Exactly at the limit (counted in characters, not UTF-16 units) is fine.
    const emoji = "🧑".repeat(20_000);
    const ok = await submit(world, webReport({ description: emoji }));
    const row = await world.database.db
      .selectFrom("reports")
      .select("description")
      .where("id", "=", ok.report.id)
      .executeTakeFirstOrThrow();
    expect(row.description).toBe(emoji);
    expect((await counts(world)).reports).toBe((before.reports ?? 0) + 1);
  });

  it("refuses text the databases cannot store unchanged (NUL, unpaired surrogates)", async () => {
    expect((await errorOf(submit(world, webReport({ description: "a\u0000b" })))).code).toBe("validation_failed");
    expect((await errorOf(submit(world, webReport({ description: "a\ud800b" })))).code).toBe("validation_failed");
    expect((await counts(world)).reports).toBe(0);
  });

  it("requires consent, truthfulness and a way to reach a public reporter", async () => {
    expect((await errorOf(submit(world, webReport({ consent: false })))).messageKey).toBe("report.consent_required");
    expect((await errorOf(submit(world, webReport({ truthful: false })))).messageKey).toBe("report.consent_required");
    const noContact = webReport({ reporter: { name: "Anonim", kind: "public" } });
    expect((await errorOf(submit(world, noContact))).messageKey).toBe("report.contact_required");
    expect((await counts(world)).reports).toBe(0);
  });

  it("lets the public use only the web channel", async () => {
    const error = await errorOf(submit(world, webReport({ channel: "letter" })));
    expect(error.code).toBe("unauthenticated");
  });

  it("maps 'unknown' to Other with the RSIT tag undetermined", async () => {
    const result = await submit(world, webReport({ typeCode: "unknown" }));
    expect(result.report.type_code).toBe("unknown");
    expect(result.incident.type_code).toBe("OTH");
    expect(result.incident.rsit).toBe(UNDETERMINED_RSIT);
  });

  it("matches the affected URL to the registered application with the longest path prefix", async () => {
    const dkis = await makeOrganisation(world, "DKIS");
    const disdik = await makeOrganisation(world, "Dinas Pendidikan");
    await makeApplication(world, "Portal", dkis, [{ host: "denpasarkota.go.id" }]);
    const ppdb = await makeApplication(world, "PPDB", disdik, [{ host: "denpasarkota.go.id", pathPrefix: "/ppdb" }]);
    const result = await submit(world, webReport({ affected: { url: "https://DenpasarKota.go.id/ppdb/daftar?x=1" } }));
    expect(result.report.application_id).toBe(ppdb);
    expect(result.report.agency_org_id).toBe(disdik);
    expect(result.incident.agency_org_id).toBe(disdik);
    expect(result.incident.application_id).toBe(ppdb);

    const other = await submit(world, webReport({ affected: { domain: "www.denpasarkota.go.id" } }));
    expect(other.report.agency_org_id).toBe(dkis);
    const none = await submit(world, webReport({ affected: { url: "https://example.org/" } }));
    expect(none.report.application_id).toBeNull();
    expect(none.warnings).toEqual(["outside_constituency"]);
  });

  it("extracts observables from the text, defanged ones included", async () => {
    const result = await submit(
      world,
      webReport({
        description:
          "Redirect ke hxxps://slot88[.]vip/daftar dari 203.0.113.7; shell md5 44d88612fea8a8f36de82e1278abb02f, kontak admin[@]judi-online.xyz",
      }),
    );
    const rows = await world.database.db
      .selectFrom("observables")
      .select(["kind", "value", "source", "tlp", "report_id"])
      .where("incident_id", "=", result.incident.id)
      .orderBy("id")
      .execute();
    const pairs = rows.map((r) => `${r.kind}:${r.value}`);
    expect(pairs).toEqual([
      "url:https://slot88.vip/daftar",
      "domain:slot88.vip",
      "ip:203.0.113.7",
      "hash:44d88612fea8a8f36de82e1278abb02f",
      "email:admin@judi-online.xyz",
    ]);
    expect(rows.every((r) => r.source === "extracted" && r.tlp === "AMBER" && r.report_id === result.report.id)).toBe(
      true,
    );
    expect(result.observablesFound).toBe(rows.length);
  });

  it("stores files content-addressed with SHA-256, who and when, and a custody event", async () => {
    const png = await incoming(world, PNG_BYTES, "layar.png", "image/png");
    const result = await submit(world, webReport(), [png]);
    const [attachment] = result.attachments;
    expect(attachment).toMatchObject({
      sha256: png.blob.sha256,
      size_bytes: PNG_BYTES.length,
      media_type: "image/png",
      filename: "layar.png",
      kind: "evidence",
      uploaded_by_label: "reporter",
      uploaded_at: "2026-12-01T02:00:00.000Z",
      report_id: result.report.id,
      incident_id: result.incident.id,
    });
    const path = world.store.pathOf(png.blob.sha256);
    expect(path).toContain(
      `/attachments/${png.blob.sha256.slice(0, 2)}/${png.blob.sha256.slice(2, 4)}/${png.blob.sha256}`,
    );
    expect(readFileSync(path).equals(PNG_BYTES)).toBe(true);
    const custody = await world.database.db.selectFrom("custody_events").selectAll().execute();
    expect(custody).toMatchObject([{ attachment_id: attachment!.id, action: "received", actor_label: "reporter" }]);
  });

  it("refuses a file whose content does not match its declared type, and one of a disallowed type", async () => {
    const fake = await incoming(world, Buffer.from("this is not a png"), "layar.png", "image/png");
    const mismatch = await errorOf(submit(world, webReport(), [fake]));
    expect(mismatch.code).toBe("unsupported_media_type");
    expect(mismatch.messageKey).toBe("attachment.content_mismatch");
    const exe = await incoming(world, Buffer.from("MZ\x90\x00"), "setup.exe", "application/x-msdownload");
    expect((await errorOf(submit(world, webReport(), [exe]))).messageKey).toBe("attachment.type_not_allowed");
    expect((await counts(world)).reports).toBe(0);
  });

  it("refuses more files than the team allows", async () => {
    const files = await Promise.all(
      Array.from({ length: 11 }, (_, i) => incoming(world, Buffer.from(`log ${i}`), `log${i}.txt`, "text/plain")),
    );
    const error = await errorOf(submit(world, webReport(), files));
    expect(error.code).toBe("payload_too_large");
    expect(error.messageKey).toBe("attachment.too_many");
  });

  it("records a staff letter report with its scan; a letter without scan or letter fields is refused", async () => {
    const intake = await makeUser(world, "intake");
    const letter = {
      channel: "letter" as const,
      reporter: { name: "Kepala Dinas Kesehatan", kind: "asn" as const, organisation: "Dinas Kesehatan" },
      title: "Laporan gangguan aplikasi SIMPUS",
      description: "Aplikasi tidak dapat diakses sejak pagi.",
      letter: { number: "000.8.3.3/15/DINKES", date: "2026-11-30", sender: "Dinas Kesehatan Kota Denpasar" },
      receivedAt: "2026-12-01T01:30:00.000Z",
    };
    expect((await errorOf(submit(world, letter, [], intake))).messageKey).toBe("report.letter_scan_required");
    const scan = await incoming(world, PDF_BYTES, "surat.pdf", "application/pdf", "letter_scan");
    expect((await errorOf(submit(world, { ...letter, letter: null }, [scan], intake))).messageKey).toBe(
      "report.letter_required",
    );

    const result = await submit(world, letter, [scan], intake);
    expect(result.report).toMatchObject({
      channel: "letter",
      letter_number: "000.8.3.3/15/DINKES",
      letter_date: "2026-11-30",
      letter_sender: "Dinas Kesehatan Kota Denpasar",
      received_at: "2026-12-01T01:30:00.000Z",
      recorded_by_user_id: intake.id,
    });
    expect(result.attachments).toMatchObject([
      { kind: "letter_scan", media_type: "application/pdf", uploaded_by_label: intake.username },
    ]);
    const receive = await world.database.db
      .selectFrom("step_runs")
      .selectAll()
      .where("incident_id", "=", result.incident.id)
      .where("step_code", "=", "receive")
      .executeTakeFirstOrThrow();
    expect(receive.started_at).toBe("2026-12-01T01:30:00.000Z");
    expect(receive.completed_by_label).toBe(intake.username);
    // No e-mail given: nothing to acknowledge to.
    expect(await world.database.db.selectFrom("outbox").selectAll().execute()).toEqual([]);
  });

  it("refuses a receipt time in the future and staff channels for partners and leadership", async () => {
    const intake = await makeUser(world, "intake");
    const future = webReport({ channel: "phone", receivedAt: "2026-12-01T03:00:00.000Z" });
    expect((await errorOf(submit(world, future, [], intake))).messageKey).toBe("report.received_in_future");
    const viewer = await makeUser(world, "viewer");
    expect((await errorOf(submit(world, webReport({ channel: "phone" }), [], viewer))).code).toBe("forbidden");
    const agency = await makeUser(world, "agency", await makeOrganisation(world, "Dinas X"));
    expect((await errorOf(submit(world, webReport({ channel: "phone" }), [], agency))).code).toBe("not_found");
  });

  it("leaves no rows behind when a step fails part-way", async () => {
    const before = await counts(world);
    // Make the last writes of the command fail: the custody trail cannot be written.
    await sql`drop table custody_events`.execute(world.database.db);
    const png = await incoming(world, PNG_BYTES, "layar.png", "image/png");
    await expect(submit(world, webReport(), [png])).rejects.toThrow();
    const after = await counts(world).catch(async () => {
      // custody_events is gone; count the rest.
      const out: Record<string, number> = {};
      for (const table of [
        "reports",
        "incidents",
        "step_runs",
        "observables",
        "attachments",
        "audit_events",
        "outbox",
        "ticket_counters",
      ] as const) {
        const row = await world.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        out[table] = Number(row.n);
      }
      return out;
    });
    for (const [table, n] of Object.entries(after)) expect([table, n]).toEqual([table, before[table]]);
    expect(after.reports).toBe(0);
  });
});
