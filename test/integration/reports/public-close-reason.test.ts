import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientAddress, createTestApp, loginAs, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

const REASON = "Tidak ditemukan indikasi serangan siber: tampilan berubah karena pemeliharaan terjadwal.";

describe.each(DIALECTS)("the reporter's tracking view of a closed case on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it("shows why an invalid report was closed, and no reason while the case is open", async () => {
    const submitted = await t.app.inject({
      method: "POST",
      url: "/api/v1/public/reports",
      remoteAddress: clientAddress(),
      payload: {
        reporter: { name: "Komang Ayu", kind: "public", email: "komang@example.org" },
        title: "Situs kecamatan berubah tampilan",
        typeCode: "DEF",
        description: "Halaman depan https://kecamatan.denpasarkota.go.id berubah.",
        consent: true,
        truthful: true,
      },
    });
    expect(submitted.statusCode).toBe(201);
    const { code, token } = submitted.json() as { code: string; token: string };
    const track = () =>
      t.app.inject({ method: "GET", url: `/api/v1/public/reports/${code}?token=${encodeURIComponent(token)}` });
    expect((await track()).json().closeReason).toBeNull();

    const incident = await t.database.db
      .selectFrom("incidents")
      .select("id")
      .where("code", "=", code)
      .executeTakeFirstOrThrow();
    const intake = await loginAs(t, "intake");
    const forwarded = await t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${incident.id}/steps/forward`,
      headers: intake.headers,
      payload: { output: {} },
    });
    expect(forwarded.statusCode).toBe(200);
    const analyst = await loginAs(t, "csirt");
    const check = (note: string) => ({ checked: true, note });
    const verified = await t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${incident.id}/steps/verify`,
      headers: analyst.headers,
      payload: {
        output: {
          checklist: {
            reporterIdentity: check("Pelapor dapat dihubungi"),
            incidentType: check("Bukan defacement"),
            serverLocation: check("Pusat Data Pemkot"),
            systemLogs: check("Tidak ada anomali"),
          },
          verdict: "invalid",
          disposition: 'incident-disposition:not-an-incident="refuted"',
          reason: REASON,
        },
      },
    });
    expect(verified.statusCode, verified.body).toBe(200);

    const view = (await track()).json();
    expect(view.status.code).toBe("invalid");
    expect(view.closeReason).toBe(REASON);
  });
});
