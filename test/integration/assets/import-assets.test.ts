import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication } from "../../../src/commands/assets/create-application.ts";
import { importAssets } from "../../../src/commands/assets/import-assets.ts";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { createOrganisation } from "../../../src/commands/organisations/create-organisation.ts";
import { systemActor, type UserActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { AppError } from "../../../src/core/errors.ts";
import type { ImportProblem } from "../../../src/core/assets/problems.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

const admin: UserActor = {
  type: "user",
  id: 1,
  username: "admin",
  role: "admin",
  specialty: null,
  organisationId: null,
  via: "token",
};

const FILE = [
  "application,description,urls,owner_agency,developer,iiv,server,server_hostname,server_addresses,server_location,server_provider",
  'SIAK,"Sistem Informasi Administrasi Kependudukan","https://siak.denpasarkota.go.id; siak.denpasarkota.go.id/api",Dinas Kependudukan dan Pencatatan Sipil,PT Maju Jaya,ya,srv-pdn-01,srv-pdn-01.denpasarkota.go.id,10.1.0.11 10.1.0.12,PDNS,Kominfo',
  "SIAK,,,,,,srv-dc-02,,192.168.5.2,city_dc,",
  "E-Kinerja,,https://ekinerja.denpasarkota.go.id,DISKOMINFO,,tidak,srv-dc-02,,,,",
  "Portal Berita,,https://denpasarkota.go.id/berita,Diskominfo,CV Web Bali,,,,,,",
].join("\r\n");

describe.each(DIALECTS)("CSV import of assets on %s", (dialect) => {
  let database: TestDatabase;
  let deps: CommandDeps;
  let kominfo: number;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    deps = { database, clock: new FakeClock("2026-11-27T02:00:00Z") };
    // Known by its short name: the file's "DISKOMINFO" and "Diskominfo" are this organisation.
    kominfo = (
      await runCommand(deps, { actor: systemActor("test") }, (ctx) =>
        createOrganisation(ctx, {
          name: "Dinas Komunikasi, Informatika dan Statistik",
          shortName: "Diskominfo",
          kind: "agency",
        }),
      )
    ).id;
  });
  afterAll(async () => database?.drop());

  const importFile = (csv: string) => runCommand(deps, { actor: admin }, (ctx) => importAssets(ctx, { csv }));
  /** Everything an import may touch, row by row. */
  const snapshot = async () => ({
    organisations: await database.db.selectFrom("organisations").selectAll().orderBy("id").execute(),
    applications: await database.db.selectFrom("applications").selectAll().orderBy("id").execute(),
    urls: await database.db.selectFrom("application_urls").selectAll().orderBy("id").execute(),
    servers: await database.db.selectFrom("servers").selectAll().orderBy("id").execute(),
    links: await database.db
      .selectFrom("application_servers")
      .selectAll()
      .orderBy("application_id")
      .orderBy("server_id")
      .execute(),
    audit: await database.db.selectFrom("audit_events").select("seq").orderBy("seq").execute(),
  });
  const problemsOf = async (csv: string): Promise<ImportProblem[]> => {
    const error = await importFile(csv).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).details as ImportProblem[];
  };

  it("creates applications, servers, links and missing organisations, matching organisations by name or short name", async () => {
    const summary = await importFile(FILE);
    expect(summary).toEqual({
      organisationsCreated: ["Dinas Kependudukan dan Pencatatan Sipil", "PT Maju Jaya", "CV Web Bali"],
      applications: { created: 3, updated: 0, unchanged: 0 },
      servers: { created: 2, updated: 0, unchanged: 0 },
      linksAdded: 3,
    });
    const orgs = await database.db.selectFrom("organisations").select(["name", "kind"]).orderBy("id").execute();
    expect(orgs.slice(1)).toEqual([
      { name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "agency" },
      { name: "PT Maju Jaya", kind: "vendor" },
      { name: "CV Web Bali", kind: "vendor" },
    ]);
    const siak = await database.db
      .selectFrom("applications")
      .selectAll()
      .where("name", "=", "SIAK")
      .executeTakeFirstOrThrow();
    expect(siak).toMatchObject({ iiv: 1, description: "Sistem Informasi Administrasi Kependudukan" });
    const urls = await database.db
      .selectFrom("application_urls")
      .select("url")
      .where("application_id", "=", siak.id)
      .orderBy("id")
      .execute();
    expect(urls.map((u) => u.url)).toEqual(["https://siak.denpasarkota.go.id", "siak.denpasarkota.go.id/api"]);
    const ekinerja = await database.db
      .selectFrom("applications")
      .selectAll()
      .where("name", "=", "E-Kinerja")
      .executeTakeFirstOrThrow();
    expect(ekinerja.owner_org_id).toBe(kominfo);
    const servers = await database.db
      .selectFrom("servers")
      .select(["name", "hostname", "addresses", "location", "provider"])
      .orderBy("id")
      .execute();
    expect(servers).toEqual([
      {
        name: "srv-pdn-01",
        hostname: "srv-pdn-01.denpasarkota.go.id",
        addresses: '["10.1.0.11","10.1.0.12"]',
        location: "pdn",
        provider: "Kominfo",
      },
      { name: "srv-dc-02", hostname: null, addresses: '["192.168.5.2"]', location: "city_dc", provider: null },
    ]);
    const links = await database.db
      .selectFrom("application_servers")
      .innerJoin("applications", "applications.id", "application_servers.application_id")
      .innerJoin("servers", "servers.id", "application_servers.server_id")
      .select(["applications.name as app", "servers.name as server"])
      .orderBy("applications.name")
      .orderBy("servers.name")
      .execute();
    expect(links).toEqual([
      { app: "E-Kinerja", server: "srv-dc-02" },
      { app: "SIAK", server: "srv-dc-02" },
      { app: "SIAK", server: "srv-pdn-01" },
    ]);
    const summaryEvent = await database.db
      .selectFrom("audit_events")
      .select(["actor_label", "changes"])
      .where("action", "=", "asset.import")
      .executeTakeFirstOrThrow();
    expect(summaryEvent.actor_label).toBe("admin");
  });

  it("changes nothing when the same file is imported again (no row, no timestamp, no audit event)", async () => {
    const before = await snapshot();
    deps.clock = new FakeClock("2026-11-28T02:00:00Z");
    const summary = await importFile(FILE);
    expect(summary).toEqual({
      organisationsCreated: [],
      applications: { created: 0, updated: 0, unchanged: 3 },
      servers: { created: 0, updated: 0, unchanged: 2 },
      linksAdded: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("is all or nothing: one bad row and nothing of the file is written, every problem listed with its row", async () => {
    const before = await snapshot();
    const bad = [
      "application,urls,owner_agency,server,server_location",
      "Aplikasi Baru,https://baru.denpasarkota.go.id,Dinas Baru,srv-baru,cloud",
      "Aplikasi Lain,https://lain.denpasarkota.go.id,,srv-baru,bulan",
      "Aplikasi Ketiga,htp//salah,,,",
    ].join("\n");
    const problems = await problemsOf(bad);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, "server_location", "invalid_location"],
      [4, "urls", "invalid_url"],
    ]);
    expect(problems[1]!.message).toEqual({
      id: "Baris 4: 'htp//salah' bukan alamat web (http/https) atau domain yang valid.",
      en: "Row 4: 'htp//salah' is not a valid web address (http/https) or domain.",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a URL another application already owns, naming the row, and writes nothing", async () => {
    await runCommand(deps, { actor: admin }, (ctx) =>
      createApplication(ctx, { name: "Pemilik Lama", urls: ["https://lama.denpasarkota.go.id/app"] }),
    );
    const before = await snapshot();
    const problems = await problemsOf(
      [
        "application,urls,owner_agency",
        "Baru Sekali,https://baru-sekali.denpasarkota.go.id,Dinas Sangat Baru",
        "Penyusup,HTTP://LAMA.denpasarkota.go.id/app/,",
      ].join("\n"),
    );
    expect(problems.map((p) => [p.row, p.code, p.message.en])).toEqual([
      [
        3,
        "url_taken",
        "Row 3: the address 'http://lama.denpasarkota.go.id/app' is already registered to another application, 'Pemilik Lama'.",
      ],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("updates with the cells filled in, adds URLs and links, and never removes any", async () => {
    const summary = await importFile(
      [
        "application,urls,developer,iiv,server",
        "siak,https://siak.denpasarkota.go.id/mobile,PT Maju Jaya,tidak,srv-baru-03",
      ].join("\n"),
    );
    expect(summary).toMatchObject({
      applications: { created: 0, updated: 1, unchanged: 0 },
      servers: { created: 1 },
      linksAdded: 1,
    });
    const siak = await database.db
      .selectFrom("applications")
      .selectAll()
      .where("name", "=", "SIAK")
      .executeTakeFirstOrThrow();
    expect(siak.iiv).toBe(0);
    expect(siak.description).toBe("Sistem Informasi Administrasi Kependudukan");
    const urls = await database.db
      .selectFrom("application_urls")
      .select("url")
      .where("application_id", "=", siak.id)
      .orderBy("id")
      .execute();
    expect(urls.map((u) => u.url)).toEqual([
      "https://siak.denpasarkota.go.id",
      "siak.denpasarkota.go.id/api",
      "https://siak.denpasarkota.go.id/mobile",
    ]);
    const servers = await database.db
      .selectFrom("application_servers")
      .select("server_id")
      .where("application_id", "=", siak.id)
      .execute();
    expect(servers).toHaveLength(3);
  });

  it("is for administrators only", async () => {
    const lead: UserActor = { ...admin, role: "csirt_lead" };
    await expect(runCommand(deps, { actor: lead }, (ctx) => importAssets(ctx, { csv: FILE }))).rejects.toMatchObject({
      status: 403,
    });
  });
});
