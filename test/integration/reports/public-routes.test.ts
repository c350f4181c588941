import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientAddress, createTestApp, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { multipart, PNG_BYTES, setTeamSettings } from "./fixtures.ts";

const publicReport = (overrides: Record<string, unknown> = {}) => ({
  reporter: { name: "I Made Wirawan", kind: "public", email: "made@example.org", phone: "+62 812 0000 1111" },
  title: "Tampilan situs kecamatan berubah",
  typeCode: "DEF",
  description: "Sejak pukul 09.00 WITA halaman depan https://kecamatan.denpasarkota.go.id menampilkan pesan peretas.",
  consent: true,
  truthful: true,
  ...overrides,
});

/** Every file under the attachment store, temporary files included. */
function storedFiles(dataDir: string): string[] {
  const root = join(dataDir, "attachments");
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk(root);
  return out;
}

describe.each(DIALECTS)("public report routes on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const post = (payload: unknown, remoteAddress = clientAddress()) =>
    t.app.inject({ method: "POST", url: "/api/v1/public/reports", remoteAddress, payload: payload as object });
  const postForm = (form: ReturnType<typeof multipart>, remoteAddress = clientAddress()) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/public/reports",
      remoteAddress,
      payload: form.payload,
      headers: form.headers,
    });
  const track = (code: string, token?: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/public/reports/${encodeURIComponent(code)}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`,
      remoteAddress: clientAddress(),
    });
  const reportCount = async () =>
    Number(
      (
        await t.database.db
          .selectFrom("reports")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it("refuses a body that is not a valid report with 400 and the failing fields, writing nothing", async () => {
    const missing = await post({ title: "x" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe("validation_failed");
    const paths = (missing.json().error.details as Array<{ path: string }>).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(["reporter", "description", "consent", "truthful"]));
    const noConsent = await post(publicReport({ consent: false }));
    expect(noConsent.statusCode).toBe(400);
    const tooLong = await post(publicReport({ title: "x".repeat(301) }));
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details).toEqual([expect.objectContaining({ path: "title" })]);
    const unknownField = await post(publicReport({ isAdmin: true }));
    expect(unknownField.statusCode).toBe(400);
    expect(await reportCount()).toBe(0);
  });

  it("accepts a JSON report: 201 with code, token and tracking URL", async () => {
    const response = await post(publicReport());
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(["code", "token", "trackingUrl"]);
    expect(body.code).toBe("DPS-CSIRT-2026-000001");
    expect(body.trackingUrl).toBe(`/track/DPS-CSIRT-2026-000001#token=${body.token}`);
    const row = await t.database.db.selectFrom("reports").selectAll().executeTakeFirstOrThrow();
    expect(row.tracking_hash).toBe(createHash("sha256").update(body.token).digest("hex"));
    expect(row.channel).toBe("web");
  });

  it("accepts a multipart report with a real PNG, stored content-addressed", async () => {
    const form = multipart([
      { name: "report", value: JSON.stringify(publicReport()), contentType: "application/json" },
      { name: "files", filename: "tangkapan layar.png", contentType: "image/png", data: PNG_BYTES },
    ]);
    const response = await postForm(form);
    expect(response.statusCode).toBe(201);
    const sha = createHash("sha256").update(PNG_BYTES).digest("hex");
    const attachment = await t.database.db.selectFrom("attachments").selectAll().executeTakeFirstOrThrow();
    expect(attachment).toMatchObject({
      sha256: sha,
      media_type: "image/png",
      filename: "tangkapan layar.png",
      size_bytes: PNG_BYTES.length,
    });
    const path = join(t.config.dataDir, "attachments", sha.slice(0, 2), sha.slice(2, 4), sha);
    expect(readFileSync(path).equals(PNG_BYTES)).toBe(true);
    // The report field may also come as plain text.
    const plain = multipart([{ name: "report", value: JSON.stringify(publicReport()) }]);
    expect((await postForm(plain)).statusCode).toBe(201);
  });

  it("refuses a fake PNG (text) with 415, leaving no row and no stored file", async () => {
    const form = multipart([
      { name: "report", value: JSON.stringify(publicReport()) },
      {
        name: "files",
        filename: "bukti.png",
        contentType: "image/png",
        data: Buffer.from("just some text, not an image\n"),
      },
    ]);
    const response = await postForm(form);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe("unsupported_media_type");
    expect(response.json().error.message).toContain("bukti.png");
    expect(await reportCount()).toBe(0);
    expect(storedFiles(t.config.dataDir)).toEqual([]);
  });

  it("checks a report field sent before the files without storing any file", async () => {
    const invalidFirst = multipart([
      { name: "report", value: JSON.stringify(publicReport({ title: "" })) },
      { name: "files", filename: "layar.png", contentType: "image/png", data: PNG_BYTES },
    ]);
    const response = await postForm(invalidFirst);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ path: "report.title" })]);
    const notJson = await postForm(multipart([{ name: "report", value: "{nope" }]));
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.message).toBe("Kolom 'report' tidak ada atau isinya bukan JSON yang benar.");
    expect(await reportCount()).toBe(0);
    expect(storedFiles(t.config.dataDir)).toEqual([]);
  });

  it("refuses too many files and too large files with 413, and disallowed types with 415", async () => {
    await setTeamSettings(
      t.database.db,
      { intake: { maxAttachmentBytes: 1024, maxAttachments: 2 } },
      t.clock.now().toISOString(),
    );
    const report = { name: "report", value: JSON.stringify(publicReport()) };
    const small = (i: number) => ({
      name: "files",
      filename: `log${i}.txt`,
      contentType: "text/plain",
      data: Buffer.from(`line ${i}\n`),
    });

    const three = await postForm(multipart([report, small(1), small(2), small(3)]));
    expect(three.statusCode).toBe(413);
    expect(three.json().error.code).toBe("payload_too_large");

    const big = await postForm(
      multipart([
        report,
        { name: "files", filename: "big.txt", contentType: "text/plain", data: Buffer.alloc(1025, 0x61) },
      ]),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain("big.txt");
    expect(big.headers["content-type"]).toContain("application/json");

    const exe = await postForm(
      multipart([
        report,
        { name: "files", filename: "setup.exe", contentType: "application/x-msdownload", data: Buffer.from("MZ....") },
      ]),
    );
    expect(exe.statusCode).toBe(415);

    const unknownField = await postForm(
      multipart([report, { name: "other", filename: "a.txt", contentType: "text/plain", data: Buffer.from("a") }]),
    );
    expect(unknownField.statusCode).toBe(400);

    expect(await reportCount()).toBe(0);
    // Refused bytes never enter the store and no partial file is left; the two small files that
    // arrived before the third was refused stay as unreferenced blobs, which is harmless.
    const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");
    const names = storedFiles(t.config.dataDir).map((p) => p.split("/").at(-1));
    expect(names.sort()).toEqual([sha(Buffer.from("line 1\n")), sha(Buffer.from("line 2\n"))].sort());
    // Exactly at the limits is accepted.
    const ok = await postForm(
      multipart([
        report,
        small(1),
        { name: "files", filename: "max.txt", contentType: "text/plain", data: Buffer.alloc(1024, 0x61) },
      ]),
    );
    expect(ok.statusCode).toBe(201);
  });

  it("shows status, public timeline and messages to the holder of the token; nothing internal", async () => {
    const created = (await post(publicReport())).json();
    const response = await track(created.code, created.token);
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view.status).toEqual({
      code: "forwarded",
      label: { id: "Diteruskan ke CSIRT", en: "Forwarded to the CSIRT" },
    });
    expect(view.timeline.map((s: { step: string }) => s.step)).toEqual(["receive", "forward"]);
    expect(view.timeline[0]).toEqual({
      step: "receive",
      name: { id: "Menerima laporan insiden siber", en: "Receive the incident report" },
      startedAt: "2026-11-27T02:00:00.000Z",
      completedAt: "2026-11-27T02:00:00.000Z",
    });
    expect(view.timeline[1].completedAt).toBeNull();
    const text = response.body;
    for (const secret of ["made@example.org", "I Made Wirawan", "0000 1111", "system:intake", "tracking"])
      expect(text).not.toContain(secret);
  });

  it("answers an unknown code, a wrong token and a missing token with the same 404", async () => {
    const created = (await post(publicReport())).json();
    const wrongToken = await track(created.code, "A".repeat(43));
    const malformed = await track(created.code, "nope");
    const missing = await track(created.code);
    const unknownCode = await track("DPS-CSIRT-2026-999999", created.token);
    for (const r of [wrongToken, malformed, missing, unknownCode]) {
      expect(r.statusCode).toBe(404);
      expect(r.json()).toEqual(unknownCode.json());
    }
    const messageToWrong = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/reports/${created.code}/messages?token=${"B".repeat(43)}`,
      remoteAddress: clientAddress(),
      payload: { body: "halo" },
    });
    expect(messageToWrong.statusCode).toBe(404);
    expect(messageToWrong.json()).toEqual(unknownCode.json());
  });

  it("lets the reporter answer and add evidence; markup comes back byte for byte", async () => {
    const title = `<img src=x onerror="alert('t')"> Judul & "kutip" ᬩᬮᬶ`;
    const created = (await post(publicReport({ title }))).json();
    const answer = "Jawaban: <script>alert('x')</script> & <b>tebal</b>\nbaris kedua ᬩᬮᬶ 🙂";
    const posted = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/reports/${created.code}/messages?token=${created.token}`,
      remoteAddress: clientAddress(),
      payload: { body: answer },
    });
    expect(posted.statusCode).toBe(201);
    const form = multipart([
      { name: "files", filename: "log.txt", contentType: "text/plain", data: Buffer.from("GET /slot-gacor 200\n") },
    ]);
    const evidence = await t.app.inject({
      method: "POST",
      url: `/api/v1/public/reports/${created.code}/evidence?token=${created.token}`,
      remoteAddress: clientAddress(),
      payload: form.payload,
      headers: form.headers,
    });
    expect(evidence.statusCode).toBe(201);
    expect(evidence.json().files).toEqual([expect.objectContaining({ filename: "log.txt", mediaType: "text/plain" })]);

    const view = (await track(created.code, created.token)).json();
    expect(view.title).toBe(title);
    expect(view.messages).toEqual([
      {
        id: posted.json().id,
        from: "reporter",
        body: answer,
        isQuestion: false,
        createdAt: "2026-11-27T02:00:00.000Z",
      },
    ]);
    expect(view.files.map((f: { filename: string }) => f.filename)).toEqual(["log.txt"]);
    const row = await t.database.db.selectFrom("report_messages").select("body").executeTakeFirstOrThrow();
    expect(row.body).toBe(answer);
    const custody = await t.database.db.selectFrom("custody_events").select(["action", "actor_label"]).execute();
    expect(custody).toEqual([{ action: "received", actor_label: "reporter" }]);
  });

  it("limits submissions per client address", async () => {
    const address = clientAddress();
    for (let i = 0; i < 20; i++) expect((await post(publicReport(), address)).statusCode).toBe(201);
    const limited = await post(publicReport(), address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("rate_limited");
    expect((await post(publicReport(), clientAddress())).statusCode).toBe(201);
  });
});
