import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  createTestOrganisation,
  createTestUser,
  loginAs,
  type LoggedIn,
  type TestApp,
} from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

describe.each(DIALECTS)("organisations on %s", (dialect) => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await loginAs(t, "admin");
  });
  afterAll(async () => t?.close());

  const inject = (method: "GET" | "POST" | "PATCH", url: string, who?: LoggedIn, payload?: object, lang = "id") =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(who?.headers ?? {}), "accept-language": lang },
      payload,
    });
  const names = async () =>
    (await t.database.db.selectFrom("organisations").select("name").execute()).map((r) => r.name);

  describe("GET /organisations", () => {
    it("answers 401, then 400 for a bad query", async () => {
      expect((await inject("GET", "/organisations")).statusCode).toBe(401);
      expect((await inject("GET", "/organisations?kind=club", admin)).statusCode).toBe(400);
      expect((await inject("GET", "/organisations?page=-1", admin)).statusCode).toBe(400);
    });

    it("lists the register to staff and leadership, filtered by kind and name", async () => {
      const dinkes = await createTestOrganisation(t, "agency", "Dinas Kesehatan Kota Denpasar");
      await createTestOrganisation(t, "vendor", "PT Koding Bali");
      const viewer = await loginAs(t, "viewer");
      const agencies = (await inject("GET", "/organisations?kind=agency&q=kesehatan", viewer)).json();
      expect(agencies).toMatchObject({
        total: 1,
        items: [{ id: dinkes.id, name: "Dinas Kesehatan Kota Denpasar", kind: "agency" }],
      });
      const all = (await inject("GET", "/organisations", viewer)).json();
      expect(all.total).toBe((await names()).length);
    });

    it("shows a partner only its own organisation", async () => {
      const vendor = await createTestOrganisation(t, "vendor");
      const developer = await loginAs(t, "developer", { organisationId: vendor.id });
      const list = (await inject("GET", "/organisations", developer)).json();
      expect(list).toMatchObject({ total: 1, items: [{ id: vendor.id }] });
    });
  });

  describe("POST /organisations", () => {
    const valid = { name: "Dinas Pariwisata", shortName: "Dispar", kind: "agency", email: "dispar@denpasarkota.go.id" };

    it("answers 401, 400 for bad input, 403 to a non-admin; nothing is stored", async () => {
      expect((await inject("POST", "/organisations", undefined, valid)).statusCode).toBe(401);
      for (const bad of [
        { ...valid, kind: "club" },
        { ...valid, email: "nope" },
        { ...valid, budget: 1 },
        { ...valid, name: "   " },
        { kind: "agency" },
      ]) {
        expect((await inject("POST", "/organisations", admin, bad)).statusCode, JSON.stringify(bad)).toBe(400);
      }
      const lead = await loginAs(t, "csirt_lead");
      expect((await inject("POST", "/organisations", lead, valid)).statusCode).toBe(403);
      expect(await names()).not.toContain("Dinas Pariwisata");
    });

    it("adds an organisation, audited, and refuses a second one of the same name", async () => {
      const response = await inject("POST", "/organisations", admin, valid);
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created).toMatchObject({ name: "Dinas Pariwisata", shortName: "Dispar", kind: "agency", phone: null });
      const audit = await t.database.db
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "organisation.create")
        .where("entity_id", "=", String(created.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes)).toMatchObject({ name: { before: null, after: "Dinas Pariwisata" } });

      const again = await inject("POST", "/organisations", admin, { ...valid, name: " Dinas Pariwisata " }, "en");
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toBe("Organisation 'Dinas Pariwisata' already exists.");
    });
  });

  describe("GET /organisations/{id}", () => {
    it("answers 401, 400, 404 to a partner for another organisation, then the organisation", async () => {
      const other = await createTestOrganisation(t, "upstream", "BSSN");
      expect((await inject("GET", `/organisations/${other.id}`)).statusCode).toBe(401);
      expect((await inject("GET", "/organisations/0", admin)).statusCode).toBe(400);
      const officer = await loginAs(t, "agency");
      const hidden = await inject("GET", `/organisations/${other.id}`, officer);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toEqual((await inject("GET", "/organisations/999999", officer)).json());
      expect((await inject("GET", `/organisations/${officer.user.organisation_id}`, officer)).statusCode).toBe(200);
      expect((await inject("GET", `/organisations/${other.id}`, admin)).json()).toMatchObject({
        name: "BSSN",
        kind: "upstream",
      });
    });
  });

  describe("PATCH /organisations/{id}", () => {
    it("answers 401, 400, 403 to staff and to the partner's own organisation, 404 to another partner", async () => {
      const org = await createTestOrganisation(t, "agency");
      const url = `/organisations/${org.id}`;
      expect((await inject("PATCH", url, undefined, { phone: "0361" })).statusCode).toBe(401);
      expect((await inject("PATCH", url, admin, {})).statusCode).toBe(400);
      expect((await inject("PATCH", url, admin, { kind: "club" })).statusCode).toBe(400);
      expect((await inject("PATCH", url, await loginAs(t, "csirt"), { phone: "0361" })).statusCode).toBe(403);
      const member = await loginAs(t, "agency", { organisationId: org.id });
      expect((await inject("PATCH", url, member, { phone: "0361" })).statusCode).toBe(403);
      expect((await inject("PATCH", url, await loginAs(t, "agency"), { phone: "0361" })).statusCode).toBe(404);
      const row = await t.database.db
        .selectFrom("organisations")
        .selectAll()
        .where("id", "=", org.id)
        .executeTakeFirstOrThrow();
      expect(row.phone).toBeNull();
    });

    it("changes fields, keeps the name unique, and keeps partners in an organisation of their kind", async () => {
      const org = await createTestOrganisation(t, "agency", "Dinas Kominfo");
      await createTestOrganisation(t, "agency", "Dinas Lain");
      const url = `/organisations/${org.id}`;
      const changed = await inject("PATCH", url, admin, { phone: "0361-123", shortName: "DKIS" });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ phone: "0361-123", shortName: "DKIS", name: "Dinas Kominfo" });
      expect((await inject("PATCH", url, admin, { name: "Dinas Lain" })).statusCode).toBe(409);

      await createTestUser(t, "agency", { organisationId: org.id });
      const kind = await inject("PATCH", url, admin, { kind: "vendor" }, "en");
      expect(kind.statusCode).toBe(409);
      expect(kind.json().error.message).toBe("The organisation's kind cannot change: it has users with role agency.");
      const empty = await createTestOrganisation(t, "agency");
      expect((await inject("PATCH", `/organisations/${empty.id}`, admin, { kind: "vendor" })).json().kind).toBe(
        "vendor",
      );

      const audit = await t.database.db
        .selectFrom("audit_events")
        .select("changes")
        .where("action", "=", "organisation.update")
        .where("entity_id", "=", String(org.id))
        .execute();
      expect(audit.map((a) => JSON.parse(a.changes))).toEqual([
        { short_name: { before: null, after: "DKIS" }, phone: { before: null, after: "0361-123" } },
      ]);
    });
  });
});
