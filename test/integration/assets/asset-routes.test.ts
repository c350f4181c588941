import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { openTestCase } from "../../helpers/open-case.ts";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

describe.each(DIALECTS)("asset routes on %s", (dialect) => {
  let t: TestApp;
  let admin: LoggedIn;
  let analyst: LoggedIn;
  let agencyOfficer: LoggedIn;
  let otherOfficer: LoggedIn;
  let developer: LoggedIn;
  let upstream: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await loginAs(t, "admin");
    analyst = await loginAs(t, "csirt");
    agencyOfficer = await loginAs(t, "agency");
    otherOfficer = await loginAs(t, "agency");
    developer = await loginAs(t, "developer");
    upstream = await loginAs(t, "upstream");
  });
  afterAll(async () => t?.close());

  const inject = (method: Method, url: string, who?: LoggedIn, payload?: object, lang = "id") =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(who?.headers ?? {}), "accept-language": lang },
      payload,
    });
  const count = async (table: "applications" | "servers" | "application_servers" | "organisations") =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("/applications", () => {
    it("answers 401, then 400 for bad input, then 403 for roles without a say", async () => {
      expect((await inject("GET", "/applications")).statusCode).toBe(401);
      expect((await inject("POST", "/applications", undefined, { name: "X" })).statusCode).toBe(401);
      expect((await inject("GET", "/applications?iiv=maybe", admin)).statusCode).toBe(400);
      expect((await inject("POST", "/applications", admin, { name: "" })).statusCode).toBe(400);
      expect((await inject("POST", "/applications", admin, { name: "X", colour: "red" })).statusCode).toBe(400);
      expect((await inject("POST", "/applications", analyst, { name: "X" })).statusCode).toBe(403);
      expect((await inject("GET", "/applications", upstream)).statusCode).toBe(403);
      expect(await count("applications")).toBe(0);
    });

    it("registers an application with normalised URLs and its servers; refuses a bad URL in the reader's language", async () => {
      const server = (
        await inject("POST", "/servers", admin, { name: "srv-web-01", addresses: ["10.5.0.1"], location: "city_dc" })
      ).json();
      const created = await inject("POST", "/applications", admin, {
        name: "Sistem Informasi Perizinan",
        urls: ["HTTPS://Izin.DenpasarKota.go.id/", "izin.denpasarkota.go.id/api/"],
        ownerOrganisationId: agencyOfficer.user.organisation_id,
        developerOrganisationId: developer.user.organisation_id,
        iiv: true,
        notes: "Cadangan harian di PDN",
        serverIds: [server.id],
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        name: "Sistem Informasi Perizinan",
        urls: ["https://izin.denpasarkota.go.id", "izin.denpasarkota.go.id/api"],
        owner: { id: agencyOfficer.user.organisation_id },
        developer: { id: developer.user.organisation_id },
        iiv: true,
        notes: "Cadangan harian di PDN",
        retired: false,
        servers: [{ name: "srv-web-01", addresses: ["10.5.0.1"], location: "city_dc" }],
        coTenants: [],
        openIncidents: 0,
      });

      const badId = await inject("POST", "/applications", admin, { name: "Salah", urls: ["ftp://x.example"] });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().error.message).toBe(
        "'ftp://x.example' bukan alamat web (http/https) atau domain yang valid.",
      );
      const badEn = await inject("POST", "/applications", admin, { name: "Salah", urls: ["ftp://x.example"] }, "en");
      expect(badEn.json().error.message).toBe("'ftp://x.example' is not a valid web address (http/https) or domain.");
      const taken = await inject(
        "POST",
        "/applications",
        admin,
        { name: "Tiruan", urls: ["http://izin.denpasarkota.go.id"] },
        "en",
      );
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.message).toBe(
        "The address 'http://izin.denpasarkota.go.id' is already registered to another application, 'Sistem Informasi Perizinan'.",
      );
      expect((await inject("POST", "/applications", admin, { name: "sistem informasi perizinan" })).statusCode).toBe(
        409,
      );
      expect(
        (await inject("POST", "/applications", admin, { name: "Tanpa Server", serverIds: [99_999] })).statusCode,
      ).toBe(400);
      expect(await count("applications")).toBe(1);
    });

    it("shows an application's co-tenants at risk and open incidents to staff", async () => {
      const server = (await inject("POST", "/servers", admin, { name: "srv-shared" })).json();
      const a = (await inject("POST", "/applications", admin, { name: "Aplikasi A", serverIds: [server.id] })).json();
      const b = (await inject("POST", "/applications", admin, { name: "Aplikasi B" })).json();
      expect((await inject("PUT", `/applications/${b.id}/servers/${server.id}`, admin)).statusCode).toBe(204);
      expect((await inject("PUT", `/applications/${b.id}/servers/${server.id}`, admin)).statusCode).toBe(204);
      await openTestCase(t.deps, { applicationId: a.id });
      const detail = (await inject("GET", `/applications/${a.id}`, analyst)).json();
      expect(detail.coTenants).toEqual([
        {
          id: b.id,
          name: "Aplikasi B",
          owner: null,
          iiv: false,
          sharedServers: [{ id: server.id, name: "srv-shared" }],
        },
      ]);
      expect(detail.openIncidents).toBe(1);

      expect((await inject("DELETE", `/applications/${b.id}/servers/${server.id}`, admin)).statusCode).toBe(204);
      expect((await inject("DELETE", `/applications/${b.id}/servers/${server.id}`, admin)).statusCode).toBe(404);
      expect((await inject("GET", `/applications/${a.id}`, analyst)).json().coTenants).toEqual([]);
      expect((await inject("GET", `/servers/${server.id}`, analyst)).json().applications).toEqual([
        { id: a.id, name: "Aplikasi A", retired: false },
      ]);
    });

    it("refuses to delete an application a case refers to, with 409; retires it; deletes one nobody refers to", async () => {
      const used = (
        await inject("POST", "/applications", admin, { name: "Dipakai", urls: ["dipakai.denpasarkota.go.id"] })
      ).json();
      await openTestCase(t.deps, { applicationId: used.id });
      const refused = await inject("DELETE", `/applications/${used.id}`, admin, undefined, "en");
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toContain("Retire it instead");
      const retired = await inject("PATCH", `/applications/${used.id}`, admin, { retired: true });
      expect(retired.statusCode).toBe(200);
      expect(retired.json()).toMatchObject({ retired: true, retiredAt: "2026-11-27T02:00:00.000Z" });
      const listed = (await inject("GET", "/applications?q=dipakai", analyst)).json();
      expect(listed.total).toBe(0);
      expect((await inject("GET", "/applications?q=dipakai&includeRetired=true", analyst)).json().total).toBe(1);

      const unused = (await inject("POST", "/applications", admin, { name: "Tak Dipakai" })).json();
      expect((await inject("DELETE", `/applications/${unused.id}`, analyst)).statusCode).toBe(403);
      expect((await inject("DELETE", `/applications/${unused.id}`, admin)).statusCode).toBe(204);
      expect((await inject("GET", `/applications/${unused.id}`, admin)).statusCode).toBe(404);
      expect((await inject("PATCH", `/applications/${unused.id}`, admin, { name: "Hantu" })).statusCode).toBe(404);
    });

    it("shows partners their own organisation's applications only, without internal notes; the rest is not found", async () => {
      const mine = (
        await inject("POST", "/applications", admin, {
          name: "Milik Dinas",
          ownerOrganisationId: agencyOfficer.user.organisation_id,
          notes: "internal",
        })
      ).json();
      const theirs = (
        await inject("POST", "/applications", admin, {
          name: "Milik Dinas Lain",
          ownerOrganisationId: otherOfficer.user.organisation_id,
        })
      ).json();
      const ownList = (await inject("GET", "/applications?pageSize=200", agencyOfficer)).json();
      expect(ownList.items.map((i: { name: string }) => i.name).sort()).toEqual([
        "Milik Dinas",
        "Sistem Informasi Perizinan",
      ]);
      const own = await inject("GET", `/applications/${mine.id}`, agencyOfficer);
      expect(own.statusCode).toBe(200);
      expect(own.json()).not.toHaveProperty("notes");
      expect((await inject("GET", `/applications/${theirs.id}`, agencyOfficer)).statusCode).toBe(404);
      expect((await inject("GET", `/applications/${mine.id}`, otherOfficer)).statusCode).toBe(404);
      expect((await inject("PATCH", `/applications/${mine.id}`, agencyOfficer, { name: "Dicuri" })).statusCode).toBe(
        403,
      );

      const built = (await inject("GET", "/applications", developer)).json();
      expect(built.items.map((i: { name: string }) => i.name)).toEqual(["Sistem Informasi Perizinan"]);
      expect((await inject("GET", `/applications/${mine.id}`, developer)).statusCode).toBe(404);
      expect((await inject("GET", `/applications/${mine.id}`, admin)).json().notes).toBe("internal");
    });
  });

  describe("/servers", () => {
    it("answers 401, 400, 403 in that order, then manages servers", async () => {
      expect((await inject("GET", "/servers")).statusCode).toBe(401);
      expect((await inject("POST", "/servers", admin, { name: "x", location: "moon" })).statusCode).toBe(400);
      expect((await inject("POST", "/servers", analyst, { name: "x" })).statusCode).toBe(403);
      const bad = await inject("POST", "/servers", admin, { name: "x", addresses: ["10.0.0.999"] }, "en");
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toBe("'10.0.0.999' is not a valid IP address.");

      const created = await inject("POST", "/servers", admin, {
        name: "srv-cloud-01",
        hostname: "Cloud01.Example.COM",
        addresses: ["203.0.113.7", "2001:DB8::7"],
        location: "cloud",
        provider: "Penyedia Awan",
      });
      expect(created.statusCode).toBe(201);
      const server = created.json();
      expect(server).toMatchObject({
        hostname: "cloud01.example.com",
        addresses: ["203.0.113.7", "2001:db8::7"],
        location: "cloud",
        applications: [],
      });
      const changed = await inject("PATCH", `/servers/${server.id}`, admin, {
        location: "third_party",
        addresses: ["203.0.113.8"],
      });
      expect(changed.json()).toMatchObject({ location: "third_party", addresses: ["203.0.113.8"] });
      expect(
        (await inject("GET", "/servers?location=third_party", analyst))
          .json()
          .items.map((s: { name: string }) => s.name),
      ).toEqual(["srv-cloud-01"]);
      expect((await inject("GET", "/servers?q=203.0.113.8", analyst)).json().total).toBe(1);
      expect((await inject("DELETE", `/servers/${server.id}`, admin)).statusCode).toBe(204);
      expect((await inject("GET", `/servers/${server.id}`, admin)).statusCode).toBe(404);
    });

    it("shows a partner only the servers its applications run on", async () => {
      const hidden = (await inject("POST", "/servers", admin, { name: "srv-hidden", notes: "rak 3" })).json();
      const hosting = (await inject("POST", "/servers", admin, { name: "srv-hosting", notes: "rak 4" })).json();
      await inject("POST", "/applications", admin, {
        name: "Di Hosting",
        ownerOrganisationId: otherOfficer.user.organisation_id,
        serverIds: [hosting.id],
      });
      expect((await inject("GET", `/servers/${hidden.id}`, otherOfficer)).statusCode).toBe(404);
      const seen = await inject("GET", `/servers/${hosting.id}`, otherOfficer);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).not.toHaveProperty("notes");
      expect((await inject("GET", "/servers", otherOfficer)).json().items.map((s: { name: string }) => s.name)).toEqual(
        ["srv-hosting"],
      );
    });
  });

  describe("POST /applications/import", () => {
    const csv = [
      "application,urls,owner_agency,developer,iiv,server,server_addresses,server_location",
      "Aplikasi Impor,https://impor.denpasarkota.go.id,Badan Pendapatan Daerah,CV Kode Bali,ya,srv-impor,10.7.0.1,pdn",
      "Aplikasi Impor Dua,impor2.denpasarkota.go.id,Badan Pendapatan Daerah,,tidak,srv-impor,,",
    ].join("\r\n");
    const post = (body: string, who: LoggedIn | undefined, lang = "id", contentType = "text/csv") =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/applications/import",
        headers: { ...(who?.headers ?? {}), "content-type": contentType, "accept-language": lang },
        payload: body,
      });

    it("answers 401 and 403 before reading the file, 400 without one", async () => {
      expect((await post(csv, undefined)).statusCode).toBe(401);
      expect((await post(csv, analyst)).statusCode).toBe(403);
      const empty = await post("", admin, "en");
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.message).toBe(
        "Send the CSV file as the request body (text/csv) or as a multipart file.",
      );
    });

    it("imports a text/csv body, and importing it again changes nothing", async () => {
      const first = await post(csv, admin);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({
        organisationsCreated: ["Badan Pendapatan Daerah", "CV Kode Bali"],
        applications: { created: 2, updated: 0, unchanged: 0 },
        servers: { created: 1, updated: 0, unchanged: 0 },
        linksAdded: 2,
      });
      const counts = [
        await count("applications"),
        await count("servers"),
        await count("application_servers"),
        await count("organisations"),
      ];
      const again = await post(csv, admin);
      expect(again.json()).toMatchObject({
        organisationsCreated: [],
        applications: { created: 0, updated: 0, unchanged: 2 },
        linksAdded: 0,
      });
      expect([
        await count("applications"),
        await count("servers"),
        await count("application_servers"),
        await count("organisations"),
      ]).toEqual(counts);
    });

    it("refuses a file with a bad row as a whole, listing rows and problems in the reader's language", async () => {
      const before = [await count("applications"), await count("servers"), await count("organisations")];
      const bad = [
        "application;urls;owner_agency;server;server_location",
        "Baru Satu;https://baru1.denpasarkota.go.id;Dinas Baru Sekali;srv-baru;cloud",
        "Baru Dua;bukan-url;;srv-baru;bulan",
      ].join("\n");
      const id = await post(bad, admin);
      expect(id.statusCode).toBe(400);
      expect(id.json().error).toEqual({
        code: "validation_failed",
        message: "Berkas impor memuat 2 masalah; tidak ada data yang disimpan.",
        details: [
          {
            code: "invalid_url",
            row: 3,
            column: "urls",
            message: "Baris 3: 'bukan-url' bukan alamat web (http/https) atau domain yang valid.",
          },
          {
            code: "invalid_location",
            row: 3,
            column: "server_location",
            message: "Baris 3: lokasi server 'bulan' tidak dikenal. Pilih: city_dc, pdn, third_party, cloud, unknown.",
          },
        ],
      });
      const en = await post(bad, admin, "en");
      expect(en.json().error.message).toBe("The import file has 2 problem(s); nothing was saved.");
      expect(en.json().error.details[0].message).toBe(
        "Row 3: 'bukan-url' is not a valid web address (http/https) or domain.",
      );
      expect([await count("applications"), await count("servers"), await count("organisations")]).toEqual(before);
    });

    it("takes the file as a multipart upload too", async () => {
      const boundary = "----sigapboundary";
      const body = [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="aset.csv"',
        "Content-Type: text/csv",
        "",
        "application,urls\nAplikasi Unggah,https://unggah.denpasarkota.go.id",
        `--${boundary}--`,
        "",
      ].join("\r\n");
      const response = await post(body, admin, "id", `multipart/form-data; boundary=${boundary}`);
      expect(response.statusCode).toBe(200);
      expect(response.json().applications.created).toBe(1);
      const row = await t.database.db
        .selectFrom("applications")
        .select("name")
        .where("name", "=", "Aplikasi Unggah")
        .executeTakeFirst();
      expect(row).toBeDefined();
    });
  });

  it("documents every asset route in the OpenAPI description", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    for (const op of [
      "listApplications",
      "createApplication",
      "importApplications",
      "getApplication",
      "updateApplication",
      "deleteApplication",
      "linkApplicationServer",
      "unlinkApplicationServer",
      "listServers",
      "createServer",
      "getServer",
      "updateServer",
      "deleteServer",
    ]) {
      expect(ops).toContain(op);
    }
  });
});
