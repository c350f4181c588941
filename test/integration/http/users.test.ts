import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clientAddress,
  createTestApp,
  createTestOrganisation,
  createTestUser,
  loginAs,
  loginWith,
  TEST_PASSWORD,
  type LoggedIn,
  type TestApp,
} from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

describe.each(DIALECTS)("users on %s", (dialect) => {
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
  const userRow = (id: number) =>
    t.database.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const countUsers = async () => (await t.database.db.selectFrom("users").select("id").execute()).length;
  const noSecrets = (body: string) =>
    expect(body).not.toMatch(/password_hash|passwordHash|totp_secret|totpSecret|argon2/);

  describe("GET /users", () => {
    it("answers 401, 400 for a bad query, 403 to a viewer", async () => {
      expect((await inject("GET", "/users")).statusCode).toBe(401);
      expect((await inject("GET", "/users?pageSize=0", admin)).statusCode).toBe(400);
      expect((await inject("GET", "/users?role=king", admin)).statusCode).toBe(400);
      expect((await inject("GET", "/users?sort=name", admin)).statusCode).toBe(400);
      const viewer = await loginAs(t, "viewer");
      expect((await inject("GET", "/users", viewer)).statusCode).toBe(403);
    });

    it("lists everyone to staff, with filters and pages, and without secrets", async () => {
      const analyst = await createTestUser(t, "csirt", { username: "analis-jaringan", specialty: "network" });
      const staff = await loginAs(t, "csirt");
      const found = await inject("GET", "/users?q=JARINGAN", staff);
      expect(found.statusCode).toBe(200);
      expect(found.json()).toMatchObject({
        total: 1,
        page: 1,
        pageSize: 50,
        items: [{ id: analyst.id, specialty: "network" }],
      });
      noSecrets(found.body);
      // LIKE wildcards are taken literally.
      expect((await inject("GET", "/users?q=%25", staff)).json().total).toBe(0);

      const page = await inject("GET", "/users?pageSize=1&page=2", staff);
      expect(page.json().items).toHaveLength(1);
      expect(page.json().total).toBe(await countUsers());
      const analysts = (await inject("GET", "/users?role=csirt", staff)).json();
      expect(analysts.items.every((u: { role: string }) => u.role === "csirt")).toBe(true);
    });

    it("shows a partner only the accounts of its own organisation", async () => {
      const agency = await createTestOrganisation(t, "agency");
      const colleague = await createTestUser(t, "agency", { organisationId: agency.id });
      const officer = await loginAs(t, "agency", { organisationId: agency.id });
      await createTestUser(t, "agency");
      const list = (await inject("GET", "/users", officer)).json();
      expect(list.items.map((u: { id: number }) => u.id).sort()).toEqual([colleague.id, officer.user.id].sort());
      expect(list.total).toBe(2);
    });
  });

  describe("POST /users", () => {
    const valid = { username: "budi", displayName: "Budi Santoso", role: "csirt", specialty: "web_admin" };

    it("answers 401, then 400 for bad input (in the user's language), then 403 to a non-admin", async () => {
      const before = await countUsers();
      expect((await inject("POST", "/users", undefined, valid)).statusCode).toBe(401);
      for (const bad of [
        { ...valid, username: "Budi Santoso!" },
        { ...valid, isAdmin: true },
        { ...valid, role: "superuser" },
        { ...valid, email: "not-an-email" },
        { username: "budi" },
      ]) {
        const response = await inject("POST", "/users", admin, bad);
        expect(response.statusCode, JSON.stringify(bad)).toBe(400);
        expect(response.json().error.code).toBe("validation_failed");
      }
      const noOrg = await inject("POST", "/users", admin, { ...valid, role: "agency", specialty: undefined });
      expect(noOrg.statusCode).toBe(400);
      expect(noOrg.json().error.message).toBe("Peran agency harus terhubung ke sebuah organisasi.");
      const noOrgEn = await inject("POST", "/users", admin, { ...valid, role: "agency", specialty: undefined }, "en");
      expect(noOrgEn.json().error.message).toBe("Role agency must belong to an organisation.");
      const specialty = await inject("POST", "/users", admin, { ...valid, role: "viewer" });
      expect(specialty.json().error.message).toBe("Spesialisasi hanya untuk peran csirt.");
      const vendor = await createTestOrganisation(t, "vendor");
      const kind = await inject("POST", "/users", admin, {
        ...valid,
        role: "agency",
        specialty: null,
        organisationId: vendor.id,
      });
      expect(kind.statusCode).toBe(400);
      expect((await inject("POST", "/users", admin, { ...valid, organisationId: 999999 })).statusCode).toBe(400);
      const short = await inject("POST", "/users", admin, { ...valid, password: "pendek" });
      expect(short.json().error.message).toBe("Kata sandi minimal 10 karakter.");

      const lead = await loginAs(t, "csirt_lead");
      expect((await inject("POST", "/users", lead, valid)).statusCode).toBe(403);
      expect(await countUsers()).toBe(before + 1); // only the lead made by loginAs
    });

    it("creates a user with a generated password to hand over, which must then be changed", async () => {
      const response = await inject("POST", "/users", admin, { ...valid, email: "budi@denpasarkota.go.id" });
      expect(response.statusCode).toBe(201);
      noSecrets(response.body);
      const { user, password } = response.json();
      expect(user).toMatchObject({ username: "budi", role: "csirt", specialty: "web_admin", mustChangePassword: true });
      expect(password).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/);
      const signedIn = await loginWith(t, await userRow(user.id), password);
      expect((await inject("GET", "/tokens", signedIn)).statusCode).toBe(403);

      const audit = await t.database.db
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "user.create")
        .where("entity_id", "=", String(user.id))
        .executeTakeFirstOrThrow();
      expect(audit.actor_label).toBe(admin.user.username);
      expect(JSON.parse(audit.changes)).toMatchObject({
        role: { before: null, after: "csirt" },
        username: { after: "budi" },
      });
      expect(audit.changes).not.toContain(password);
      expect(audit.changes).not.toMatch(/argon2|password_hash/);
    });

    it("takes a chosen password, returns none, and refuses a taken username whatever its case", async () => {
      const agency = await createTestOrganisation(t, "agency");
      const response = await inject("POST", "/users", admin, {
        username: "dinkes.officer",
        displayName: "Petugas Dinkes",
        role: "agency",
        organisationId: agency.id,
        password: "kata-sandi-pilihan",
      });
      expect(response.statusCode).toBe(201);
      expect(response.json().password).toBeNull();
      expect(response.json().user).toMatchObject({ organisationId: agency.id, mustChangePassword: false });

      const before = await countUsers();
      const taken = await inject("POST", "/users", admin, {
        username: "DINKES.OFFICER",
        displayName: "X",
        role: "viewer",
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toEqual({
        code: "conflict",
        message: "Nama pengguna 'dinkes.officer' sudah dipakai.",
      });
      expect(await countUsers()).toBe(before);
    });
  });

  describe("GET /users/{id}", () => {
    it("answers 401, 400, 404 for what the actor may not see, then the user", async () => {
      const someone = await createTestUser(t, "developer");
      expect((await inject("GET", `/users/${someone.id}`)).statusCode).toBe(401);
      expect((await inject("GET", "/users/abc", admin)).statusCode).toBe(400);
      const partner = await loginAs(t, "agency");
      const hidden = await inject("GET", `/users/${someone.id}`, partner);
      const missing = await inject("GET", "/users/999999", partner);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json()).toEqual(missing.json());
      const viewer = await loginAs(t, "viewer");
      expect((await inject("GET", `/users/${viewer.user.id}`, viewer)).statusCode).toBe(200);
      const shown = await inject("GET", `/users/${someone.id}`, admin);
      expect(shown.statusCode).toBe(200);
      expect(shown.json()).toMatchObject({ id: someone.id, role: "developer" });
      noSecrets(shown.body);
    });
  });

  describe("PATCH /users/{id}", () => {
    it("answers 401, 400, 403 to staff, 404 to a partner outside the organisation", async () => {
      const target = await createTestUser(t, "intake");
      expect((await inject("PATCH", `/users/${target.id}`, undefined, { displayName: "X" })).statusCode).toBe(401);
      expect((await inject("PATCH", `/users/${target.id}`, admin, {})).statusCode).toBe(400);
      expect((await inject("PATCH", `/users/${target.id}`, admin, { password: "x" })).statusCode).toBe(400);
      const analyst = await loginAs(t, "csirt");
      expect((await inject("PATCH", `/users/${target.id}`, analyst, { displayName: "X" })).statusCode).toBe(403);
      const partner = await loginAs(t, "upstream");
      expect((await inject("PATCH", `/users/${target.id}`, partner, { displayName: "X" })).statusCode).toBe(404);
      expect((await userRow(target.id)).display_name).toBe("Test intake");
    });

    it("changes role and name, drops a specialty that no longer applies, and audits before/after", async () => {
      const target = await createTestUser(t, "csirt", { specialty: "server" });
      const response = await inject("PATCH", `/users/${target.id}`, admin, {
        role: "csirt_lead",
        displayName: "Kepala Tim",
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ role: "csirt_lead", displayName: "Kepala Tim", specialty: null });
      const audit = await t.database.db
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "user.update")
        .where("entity_id", "=", String(target.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes)).toEqual({
        role: { before: "csirt", after: "csirt_lead" },
        display_name: { before: "Test csirt", after: "Kepala Tim" },
        specialty: { before: "server", after: null },
      });
    });

    it("disabling signs the user out; an admin cannot disable themself; the last admin stays", async () => {
      const target = await loginAs(t, "csirt");
      const disabled = await inject("PATCH", `/users/${target.user.id}`, admin, { disabled: true });
      expect(disabled.json().disabled).toBe(true);
      expect((await inject("GET", "/auth/session", target)).statusCode).toBe(401);

      const self = await inject("PATCH", `/users/${admin.user.id}`, admin, { disabled: true }, "en");
      expect(self.statusCode).toBe(400);
      expect(self.json().error.message).toBe("You cannot disable your own account.");

      // `admin` is the only active administrator of this database so far.
      const admins = await t.database.db
        .selectFrom("users")
        .select("id")
        .where("role", "=", "admin")
        .where("disabled", "=", 0)
        .execute();
      expect(admins).toEqual([{ id: admin.user.id }]);
      const demote = await inject("PATCH", `/users/${admin.user.id}`, admin, { role: "viewer" });
      expect(demote.statusCode).toBe(409);
      expect((await userRow(admin.user.id)).role).toBe("admin");

      const second = await loginAs(t, "admin");
      const byOther = await inject("PATCH", `/users/${admin.user.id}`, second, { disabled: true });
      expect(byOther.statusCode).toBe(200);
      const back = await inject("PATCH", `/users/${admin.user.id}`, second, { disabled: false });
      expect(back.statusCode).toBe(200);
      admin = await loginWith(t, await userRow(admin.user.id));
    });

    it("can remove a user's authenticator (lost phone)", async () => {
      const target = await createTestUser(t, "csirt");
      await t.database.db
        .updateTable("users")
        .set({ totp_enabled: 1, totp_secret: "JBSWY3DPEHPK3PXP" })
        .where("id", "=", target.id)
        .execute();
      const response = await inject("PATCH", `/users/${target.id}`, admin, { totpEnabled: false });
      expect(response.json().totpEnabled).toBe(false);
      expect(await userRow(target.id)).toMatchObject({ totp_enabled: 0, totp_secret: null });
      expect((await inject("PATCH", `/users/${target.id}`, admin, { totpEnabled: true })).statusCode).toBe(400);
    });
  });

  describe("POST /users/{id}/password-reset", () => {
    it("answers 401, 400, 403, 404 first", async () => {
      const target = await createTestUser(t, "csirt");
      const url = `/users/${target.id}/password-reset`;
      expect((await inject("POST", url)).statusCode).toBe(401);
      expect((await inject("POST", url, admin, { password: "short" })).statusCode).toBe(400);
      expect((await inject("POST", url, admin, { password: "long-enough-1", notify: true })).statusCode).toBe(400);
      const lead = await loginAs(t, "csirt_lead");
      expect((await inject("POST", url, lead)).statusCode).toBe(403);
      const partner = await loginAs(t, "agency");
      expect((await inject("POST", url, partner)).statusCode).toBe(404);
      expect((await inject("POST", "/users/999999/password-reset", admin)).statusCode).toBe(404);
    });

    it("sets a new password, clears the lockout, ends the sessions and asks for a change at next login", async () => {
      const target = await createTestUser(t, "csirt");
      const old = await loginWith(t, target);
      const ip = clientAddress();
      for (let i = 0; i < 5; i++) {
        await t.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          remoteAddress: ip,
          payload: { username: target.username, password: "wrong-password" },
        });
      }
      expect((await userRow(target.id)).locked_until).not.toBeNull();

      const response = await inject("POST", `/users/${target.id}/password-reset`, admin);
      expect(response.statusCode).toBe(200);
      const { password } = response.json();
      expect(password).toMatch(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/);
      expect(await userRow(target.id)).toMatchObject({ locked_until: null, failed_logins: 0, must_change_password: 1 });
      expect((await inject("GET", "/auth/session", old)).statusCode).toBe(401);
      await expect(loginWith(t, target, TEST_PASSWORD)).rejects.toThrow();
      const fresh = await loginWith(t, target, password);
      expect((await inject("GET", "/auth/session", fresh)).json().user.mustChangePassword).toBe(true);
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select("changes")
        .where("action", "=", "user.password_reset")
        .where("entity_id", "=", String(target.id))
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.changes)).toEqual({ passwordGenerated: true, lockCleared: true });
    });
  });
});
