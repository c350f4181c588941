import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coTenants } from "../../../src/commands/assets/co-tenants.ts";
import { createApplication, type CreateApplicationInput } from "../../../src/commands/assets/create-application.ts";
import { createServer, type CreateServerInput } from "../../../src/commands/assets/create-server.ts";
import { deleteApplication } from "../../../src/commands/assets/delete-application.ts";
import { deleteServer } from "../../../src/commands/assets/delete-server.ts";
import { getApplication } from "../../../src/commands/assets/get-application.ts";
import { getServer } from "../../../src/commands/assets/get-server.ts";
import { linkApplicationServer } from "../../../src/commands/assets/link-application-server.ts";
import { listApplications } from "../../../src/commands/assets/list-applications.ts";
import { listServers } from "../../../src/commands/assets/list-servers.ts";
import { unlinkApplicationServer } from "../../../src/commands/assets/unlink-application-server.ts";
import { updateApplication } from "../../../src/commands/assets/update-application.ts";
import { updateServer } from "../../../src/commands/assets/update-server.ts";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { createOrganisation } from "../../../src/commands/organisations/create-organisation.ts";
import { queryContext } from "../../../src/commands/query-context.ts";
import { systemActor, type Actor, type UserActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import type { Role } from "../../../src/core/roles.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { openTestCase } from "../../helpers/open-case.ts";

const admin: UserActor = {
  type: "user",
  id: 1,
  username: "admin",
  role: "admin",
  specialty: null,
  organisationId: null,
  via: "session",
};
const as = (role: Role, organisationId: number | null = null): UserActor => ({
  ...admin,
  id: 2,
  username: role,
  role,
  organisationId,
});

describe.each(DIALECTS)("asset registry commands on %s", (dialect) => {
  let database: TestDatabase;
  let deps: CommandDeps;
  let agencyA: number;
  let agencyB: number;
  let vendor: number;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    deps = { database, clock: new FakeClock("2026-11-27T02:00:00Z") };
    const org = (name: string, kind: "agency" | "vendor") =>
      runCommand(deps, { actor: systemActor("test") }, (ctx) => createOrganisation(ctx, { name, kind }));
    agencyA = (await org("Dinas Kependudukan", "agency")).id;
    agencyB = (await org("Dinas Kesehatan", "agency")).id;
    vendor = (await org("PT Solusi Digital", "vendor")).id;
  });
  afterAll(async () => database?.drop());

  const run = <T>(actor: Actor, fn: Parameters<typeof runCommand<T>>[2]) => runCommand(deps, { actor }, fn);
  const newApp = (input: CreateApplicationInput) => run(admin, (ctx) => createApplication(ctx, input));
  const newServer = (input: CreateServerInput) => run(admin, (ctx) => createServer(ctx, input));
  const auditActions = async (entityType: string, entityId: number) =>
    (
      await database.db
        .selectFrom("audit_events")
        .select("action")
        .where("entity_type", "=", entityType)
        .where("entity_id", "=", String(entityId))
        .orderBy("seq")
        .execute()
    ).map((r) => r.action);
  const countRows = async (table: "applications" | "application_urls" | "servers" | "application_servers") =>
    Number(
      (
        await database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  describe("applications", () => {
    it("stores URLs normalised (scheme and host lower-case, punycode, no default port, no trailing slash) and audits", async () => {
      const app = await newApp({
        name: "SIAK Online",
        urls: [
          "HTTPS://Siak.DenpasarKota.go.id:443/",
          "https://bücher.denpasarkota.go.id/Portal/",
          "siak.denpasarkota.go.id/api",
        ],
        ownerOrgId: agencyA,
        developerOrgId: vendor,
        iiv: true,
      });
      const urls = await database.db
        .selectFrom("application_urls")
        .select(["url", "host", "path_prefix"])
        .where("application_id", "=", app.id)
        .orderBy("id")
        .execute();
      expect(urls).toEqual([
        { url: "https://siak.denpasarkota.go.id", host: "siak.denpasarkota.go.id", path_prefix: "/" },
        {
          url: "https://xn--bcher-kva.denpasarkota.go.id/Portal",
          host: "xn--bcher-kva.denpasarkota.go.id",
          path_prefix: "/Portal",
        },
        { url: "siak.denpasarkota.go.id/api", host: "siak.denpasarkota.go.id", path_prefix: "/api" },
      ]);
      expect(app.iiv).toBe(1);
      expect(await auditActions("application", app.id)).toEqual(["application.create"]);
    });

    it("refuses a name taken (whatever the case), a URL another application owns, a bad URL and an unknown organisation, writing nothing", async () => {
      await newApp({ name: "E-Kinerja", urls: ["https://ekinerja.denpasarkota.go.id"] });
      const before = [await countRows("applications"), await countRows("application_urls")];
      await expect(newApp({ name: "e-kinerja" })).rejects.toMatchObject({
        code: "conflict",
        messageKey: "asset.application_name_taken",
      });
      await expect(
        newApp({ name: "E-Kinerja 2", urls: ["http://EKINERJA.denpasarkota.go.id/"] }),
      ).rejects.toMatchObject({
        code: "conflict",
        messageKey: "asset.url_taken",
        params: { name: "E-Kinerja" },
      });
      await expect(newApp({ name: "E-Kinerja 3", urls: ["ftp://files.example"] })).rejects.toMatchObject({
        status: 400,
        messageKey: "asset.url_invalid",
      });
      await expect(newApp({ name: "E-Kinerja 4", ownerOrgId: 99_999 })).rejects.toMatchObject({
        status: 400,
        messageKey: "asset.organisation_not_found",
      });
      expect([await countRows("applications"), await countRows("application_urls")]).toEqual(before);
    });

    it("lets only an administrator (or the system) change the register", async () => {
      await expect(
        run(as("csirt_lead"), (ctx) => createApplication(ctx, { name: "Tidak Boleh" })),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        run({ type: "public" }, (ctx) => createApplication(ctx, { name: "Tidak Boleh" })),
      ).rejects.toMatchObject({ code: "unauthenticated" });
      expect(
        await database.db.selectFrom("applications").select("id").where("name", "=", "Tidak Boleh").executeTakeFirst(),
      ).toBeUndefined();
    });

    it("replaces the URL list on update and records before and after; an update that changes nothing writes nothing", async () => {
      const app = await newApp({ name: "Simpeg", urls: ["https://simpeg.denpasarkota.go.id"] });
      const updated = await run(admin, (ctx) =>
        updateApplication(ctx, {
          applicationId: app.id,
          urls: ["https://simpeg.denpasarkota.go.id/v2"],
          description: "Kepegawaian",
        }),
      );
      expect(updated.description).toBe("Kepegawaian");
      const urls = await database.db
        .selectFrom("application_urls")
        .select("url")
        .where("application_id", "=", app.id)
        .execute();
      expect(urls.map((u) => u.url)).toEqual(["https://simpeg.denpasarkota.go.id/v2"]);
      const event = await database.db
        .selectFrom("audit_events")
        .select("changes")
        .where("action", "=", "application.update")
        .where("entity_id", "=", String(app.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(event.changes)).toMatchObject({
        urls: { before: ["https://simpeg.denpasarkota.go.id"], after: ["https://simpeg.denpasarkota.go.id/v2"] },
        description: { before: null, after: "Kepegawaian" },
      });
      await run(admin, (ctx) => updateApplication(ctx, { applicationId: app.id, description: "Kepegawaian" }));
      expect(await auditActions("application", app.id)).toEqual(["application.create", "application.update"]);
    });

    it("refuses to delete an application a case refers to (409) and retires it instead; deletes one nobody refers to", async () => {
      const used = await newApp({ name: "Portal Kota", urls: ["https://denpasarkota.go.id"] });
      const server = await newServer({ name: "web-portal" });
      await run(admin, (ctx) => linkApplicationServer(ctx, { applicationId: used.id, serverId: server.id }));
      await openTestCase(deps, { applicationId: used.id });
      await expect(run(admin, (ctx) => deleteApplication(ctx, { applicationId: used.id }))).rejects.toMatchObject({
        status: 409,
        messageKey: "asset.application_in_use",
        params: { incidents: 1, reports: 1 },
      });
      expect(
        await database.db.selectFrom("applications").select("id").where("id", "=", used.id).executeTakeFirst(),
      ).toBeDefined();

      const retired = await run(admin, (ctx) => updateApplication(ctx, { applicationId: used.id, retired: true }));
      expect(retired.retired_at).toBe("2026-11-27T02:00:00.000Z");
      expect(await auditActions("application", used.id)).toContain("application.retire");
      // Its URL is free again for the application that replaces it.
      const successor = await newApp({ name: "Portal Kota Baru", urls: ["https://denpasarkota.go.id"] });
      // …so bringing the old one back would make two owners: refused.
      await expect(
        run(admin, (ctx) => updateApplication(ctx, { applicationId: used.id, retired: false })),
      ).rejects.toMatchObject({
        messageKey: "asset.url_taken",
      });

      await run(admin, (ctx) => linkApplicationServer(ctx, { applicationId: successor.id, serverId: server.id }));
      await run(admin, (ctx) => deleteApplication(ctx, { applicationId: successor.id }));
      expect(
        await database.db.selectFrom("applications").select("id").where("id", "=", successor.id).executeTakeFirst(),
      ).toBeUndefined();
      expect(
        await database.db
          .selectFrom("application_urls")
          .select("id")
          .where("application_id", "=", successor.id)
          .execute(),
      ).toEqual([]);
      expect(
        await database.db
          .selectFrom("application_servers")
          .select("server_id")
          .where("application_id", "=", successor.id)
          .execute(),
      ).toEqual([]);
      expect(await auditActions("application", successor.id)).toEqual([
        "application.create",
        "application.server_link",
        "application.delete",
      ]);
    });
  });

  describe("servers and co-tenants", () => {
    it("normalises addresses and host name, and refuses a bad address", async () => {
      const server = await newServer({
        name: "srv-dc-01",
        hostname: "SRV-DC-01.Denpasarkota.go.id.",
        addresses: ["10.10.1.5", "2001:DB8:0:0::5", "10.10.1.5"],
        location: "city_dc",
      });
      expect(server.hostname).toBe("srv-dc-01.denpasarkota.go.id");
      expect(JSON.parse(server.addresses)).toEqual(["10.10.1.5", "2001:db8::5"]);
      await expect(newServer({ name: "srv-bad", addresses: ["10.0.0.300"] })).rejects.toMatchObject({
        messageKey: "asset.address_invalid",
      });
      await expect(newServer({ name: "SRV-DC-01" })).rejects.toMatchObject({ status: 409 });
    });

    it("lists the other active applications on the same servers as at risk, with the servers they share", async () => {
      const shared = await newServer({ name: "pdn-shared" });
      const other = await newServer({ name: "pdn-other" });
      const target = await newApp({ name: "Target App", serverIds: [shared.id, other.id] });
      const neighbour = await newApp({ name: "Neighbour App", serverIds: [shared.id], ownerOrgId: agencyB });
      const both = await newApp({ name: "Both App", serverIds: [shared.id, other.id] });
      const gone = await newApp({ name: "Gone App", serverIds: [shared.id] });
      await newApp({ name: "Elsewhere App" });
      await run(admin, (ctx) => updateApplication(ctx, { applicationId: gone.id, retired: true }));

      const tenants = await coTenants(database.db, target.id);
      expect(tenants.map((t) => [t.name, t.sharedServers.map((s) => s.name)])).toEqual([
        ["Both App", ["pdn-other", "pdn-shared"]],
        ["Neighbour App", ["pdn-shared"]],
      ]);
      expect(tenants.find((t) => t.id === neighbour.id)?.ownerOrgId).toBe(agencyB);
      expect(tenants.some((t) => t.id === both.id)).toBe(true);

      // A retired server no longer puts anyone at risk.
      await run(admin, (ctx) => updateServer(ctx, { serverId: other.id, retired: true }));
      expect(
        (await coTenants(database.db, target.id)).find((t) => t.id === both.id)?.sharedServers.map((s) => s.name),
      ).toEqual(["pdn-shared"]);

      await run(admin, (ctx) => unlinkApplicationServer(ctx, { applicationId: neighbour.id, serverId: shared.id }));
      expect((await coTenants(database.db, target.id)).map((t) => t.name)).toEqual(["Both App"]);
      await expect(
        run(admin, (ctx) => unlinkApplicationServer(ctx, { applicationId: neighbour.id, serverId: shared.id })),
      ).rejects.toMatchObject({
        status: 404,
      });
    });

    it("linking twice is harmless; deleting a server drops its links and keeps the applications", async () => {
      const server = await newServer({ name: "cloud-01", location: "cloud" });
      const app = await newApp({ name: "Cloud App" });
      expect(
        await run(admin, (ctx) => linkApplicationServer(ctx, { applicationId: app.id, serverId: server.id })),
      ).toBe(true);
      expect(
        await run(admin, (ctx) => linkApplicationServer(ctx, { applicationId: app.id, serverId: server.id })),
      ).toBe(false);
      await run(admin, (ctx) => deleteServer(ctx, { serverId: server.id }));
      expect(
        await database.db.selectFrom("servers").select("id").where("id", "=", server.id).executeTakeFirst(),
      ).toBeUndefined();
      expect(
        await database.db.selectFrom("applications").select("id").where("id", "=", app.id).executeTakeFirst(),
      ).toBeDefined();
      expect(
        await database.db
          .selectFrom("application_servers")
          .select("server_id")
          .where("application_id", "=", app.id)
          .execute(),
      ).toEqual([]);
      const deleted = await database.db
        .selectFrom("audit_events")
        .select("changes")
        .where("action", "=", "server.delete")
        .where("entity_id", "=", String(server.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(deleted.changes).application_ids.before).toEqual([app.id]);
    });
  });

  describe("what partners see", () => {
    let owned: number;
    let built: number;
    let hidden: number;
    let host: number;

    beforeAll(async () => {
      host = (await newServer({ name: "shared-partner-host", addresses: ["10.9.9.9"] })).id;
      owned = (await newApp({ name: "Owned By A", ownerOrgId: agencyA, serverIds: [host] })).id;
      built = (
        await newApp({ name: "Built By Vendor", ownerOrgId: agencyB, developerOrgId: vendor, serverIds: [host] })
      ).id;
      hidden = (await newApp({ name: "Hidden From A", ownerOrgId: agencyB, serverIds: [host] })).id;
    });

    it("an agency officer sees its agency's applications only; others are not found", async () => {
      const officer = queryContext(deps, as("agency", agencyA));
      const list = await listApplications(officer, { page: 1, pageSize: 200 });
      expect(list.items.every((i) => i.application.owner_org_id === agencyA)).toBe(true);
      expect(list.items.map((i) => i.application.id)).toContain(owned);
      await expect(getApplication(officer, { applicationId: hidden })).rejects.toMatchObject({ status: 404 });
      const detail = await getApplication(officer, { applicationId: owned });
      // Co-tenants of other agencies are not revealed to it.
      expect(detail.coTenants).toEqual([]);
      const server = await getServer(officer, { serverId: host });
      expect(server.applications.map((a) => a.id)).toEqual([owned]);
    });

    it("a developer sees what it builds; an upstream CSIRT has no business in the register", async () => {
      const developer = queryContext(deps, as("developer", vendor));
      const list = await listApplications(developer, { page: 1, pageSize: 200 });
      expect(list.items.map((i) => i.application.id)).toContain(built);
      expect(list.items.every((i) => i.application.developer_org_id === vendor)).toBe(true);
      await expect(getApplication(developer, { applicationId: owned })).rejects.toMatchObject({ status: 404 });
      const otherServer = await newServer({ name: "vendor-cannot-see" });
      await expect(getServer(developer, { serverId: otherServer.id })).rejects.toMatchObject({ status: 404 });
      expect((await listServers(developer, { page: 1, pageSize: 200 })).items.map((s) => s.server.id)).toEqual([host]);
      await expect(
        listApplications(queryContext(deps, as("upstream", agencyA)), { page: 1, pageSize: 10 }),
      ).rejects.toMatchObject({
        status: 403,
      });
    });

    it("staff see everything, with co-tenants and the count of open incidents", async () => {
      const analyst = queryContext(deps, as("csirt"));
      await openTestCase(deps, { applicationId: owned });
      const detail = await getApplication(analyst, { applicationId: owned });
      expect(detail.coTenants.map((t) => t.name)).toEqual(["Built By Vendor", "Hidden From A"]);
      expect(detail.openIncidents).toBe(1);
      expect(detail.owner?.name).toBe("Dinas Kependudukan");
      const byServer = await listApplications(analyst, { serverId: host, page: 1, pageSize: 50 });
      expect(byServer.total).toBe(3);
      const byText = await listApplications(analyst, { q: "vendor", page: 1, pageSize: 50 });
      expect(byText.items.map((i) => i.application.name)).toEqual(["Built By Vendor"]);
    });
  });
});
