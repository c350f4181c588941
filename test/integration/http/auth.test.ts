import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../../src/auth/password.ts";
import { totpCode } from "../../../src/auth/totp.ts";
import { runCommand } from "../../../src/commands/context.ts";
import { ensureFirstAdmin } from "../../../src/commands/users/ensure-first-admin.ts";
import { updateUser } from "../../../src/commands/users/update-user.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { openDatabase } from "../../../src/db/connect.ts";
import {
  clientAddress,
  createTestApp,
  createTestUser,
  loginAs,
  loginWith,
  sessionCookieOf,
  TEST_PASSWORD,
  TEST_START,
  type TestApp,
} from "../../helpers/app.ts";
import { createTestDatabase, DIALECTS } from "../../helpers/databases.ts";

const MINUTE = 60_000;

describe.each(DIALECTS)("auth on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const login = (payload: unknown, remoteAddress = clientAddress(), headers: Record<string, string> = {}) =>
    t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: payload as object, remoteAddress, headers });
  const session = (cookie: string) => t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { cookie } });
  const auditRows = (action: string) =>
    t.database.db.selectFrom("audit_events").selectAll().where("action", "=", action).orderBy("seq").execute();

  describe("POST /auth/login", () => {
    it("answers 400 to malformed JSON, missing fields and unknown fields, in the JSON error shape", async () => {
      const malformed = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": "application/json" },
        payload: '{"username": "x", ',
        remoteAddress: clientAddress(),
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toEqual({ error: { code: "bad_request", message: expect.any(String) } });

      const missing = await login({ username: "x" });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe("validation_failed");

      const extra = await login({ username: "x", password: "y", remember: true });
      expect(extra.statusCode).toBe(400);
      expect(extra.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ in: "body" })]));
    });

    it("gives the same answer for an unknown user and a wrong password (no user enumeration)", async () => {
      const user = await createTestUser(t, "csirt");
      const unknown = await login({ username: "no-such-user", password: TEST_PASSWORD });
      const wrong = await login({ username: user.username, password: "wrong-password-1" });
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
      expect(wrong.json().error.code).toBe("unauthenticated");
      expect(sessionCookieOf(wrong)).toBeUndefined();
    });

    it("signs in: an HttpOnly SameSite=Lax cookie that authenticates, the abilities, and no secrets", async () => {
      const user = await createTestUser(t, "csirt_lead", { username: "Lead.Bali" });
      // Usernames are case-insensitive.
      const response = await login({ username: "LEAD.BALI", password: TEST_PASSWORD });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === "sigap_session")!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie.secure).toBeUndefined();
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const body = response.json();
      expect(body.user).toMatchObject({ id: user.id, username: "lead.bali", role: "csirt_lead" });
      expect(body.abilities).toContain("audit.read");
      expect(body.abilities).not.toContain("user.manage");
      expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(response.body).not.toMatch(/password_hash|passwordHash|totp_secret|argon2/);

      // The table holds the cookie's hash, never the cookie.
      const rows = await t.database.db.selectFrom("sessions").selectAll().where("user_id", "=", user.id).execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]!.id).not.toBe(cookie.value);

      const me = await session(`sigap_session=${cookie.value}`);
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual(body);
      const loginEvents = await auditRows("auth.login");
      expect(loginEvents.some((e) => e.entity_id === String(user.id))).toBe(true);
    });

    it("marks the cookie Secure when the request came over TLS", async () => {
      const tls = await createTestApp(dialect, { SIGAP_TRUST_PROXY: "true" });
      try {
        const user = await createTestUser(tls, "viewer");
        const response = await tls.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          headers: { "x-forwarded-proto": "https" },
          payload: { username: user.username, password: TEST_PASSWORD },
        });
        expect(response.statusCode).toBe(200);
        expect(response.cookies.find((c) => c.name === "sigap_session")?.secure).toBe(true);
      } finally {
        await tls.close();
      }
    });

    it("refuses a disabled account, saying so only to someone who knows the password", async () => {
      const user = await createTestUser(t, "intake");
      const signedIn = await loginWith(t, user);
      await runCommand(t.deps, { actor: systemActor("test") }, (ctx) =>
        updateUser(ctx, { userId: user.id, disabled: true }),
      );

      expect((await session(signedIn.cookie)).statusCode).toBe(401);
      const right = await login({ username: user.username, password: TEST_PASSWORD });
      expect(right.statusCode).toBe(403);
      expect(right.json().error.message).toMatch(/dinonaktifkan/);
      const wrong = await login({ username: user.username, password: "wrong-password-1" });
      expect(wrong.statusCode).toBe(401);
    });

    it("locks the account after 5 failures, refuses even the right password, and unlocks after 15 minutes", async () => {
      const user = await createTestUser(t, "csirt");
      const ip = clientAddress();
      for (let i = 0; i < 5; i++) {
        expect((await login({ username: user.username, password: `wrong-password-${i}` }, ip)).statusCode).toBe(401);
      }
      const locked = await login({ username: user.username, password: TEST_PASSWORD }, ip, { "accept-language": "en" });
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe("account_locked");
      expect(locked.json().error.message).toContain("2026-11-27 02:15 UTC");
      expect(sessionCookieOf(locked)).toBeUndefined();

      const failures = (await auditRows("auth.login_failed")).filter((e) => e.entity_id === String(user.id));
      expect(failures.map((e) => JSON.parse(e.changes).reason)).toEqual([...Array(5).fill("wrong_password"), "locked"]);
      for (const event of failures) {
        expect(event.changes).not.toContain("wrong-password");
        expect(event.changes).not.toContain(TEST_PASSWORD);
      }

      t.clock.advance(14 * MINUTE);
      expect((await login({ username: user.username, password: TEST_PASSWORD }, ip)).statusCode).toBe(429);
      t.clock.advance(1 * MINUTE);
      const unlocked = await login({ username: user.username, password: TEST_PASSWORD }, ip);
      expect(unlocked.statusCode).toBe(200);
      const row = await t.database.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ failed_logins: 0, locked_until: null });
      t.clock.set(TEST_START);
    });

    it("counts only consecutive failures: a success in between starts again", async () => {
      const user = await createTestUser(t, "csirt");
      for (let i = 0; i < 4; i++) await login({ username: user.username, password: "wrong-password-x" });
      expect((await login({ username: user.username, password: TEST_PASSWORD })).statusCode).toBe(200);
      for (let i = 0; i < 4; i++) await login({ username: user.username, password: "wrong-password-x" });
      expect((await login({ username: user.username, password: TEST_PASSWORD })).statusCode).toBe(200);
    });

    it("allows 10 attempts a minute from one address, then 429 in the JSON error shape", async () => {
      const ip = clientAddress();
      for (let i = 0; i < 10; i++) {
        expect((await login({ username: `nobody-${i}`, password: "x" }, ip)).statusCode).toBe(401);
      }
      const limited = await login({ username: "nobody", password: "x" }, ip);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe("rate_limited");
      // Another address is not affected.
      expect((await login({ username: "nobody", password: "x" })).statusCode).toBe(401);
    });

    it("answers 413 with the JSON error shape to an oversized body", async () => {
      const small = await createTestApp(dialect, { SIGAP_BODY_LIMIT_MB: "0.001" });
      try {
        const response = await small.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { username: "x", password: "y".repeat(5000) },
        });
        expect(response.statusCode).toBe(413);
        expect(response.json()).toEqual({
          error: { code: "payload_too_large", message: expect.stringContaining("KB") },
        });
      } finally {
        await small.close();
      }
    });
  });

  describe("GET /auth/session", () => {
    it("answers 401 without a session, and clears a cookie that no longer names one", async () => {
      const anonymous = await t.app.inject({ method: "GET", url: "/api/v1/auth/session" });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe("unauthenticated");

      const stale = await session("sigap_session=not-a-session");
      expect(stale.statusCode).toBe(401);
      const cleared = stale.cookies.find((c) => c.name === "sigap_session");
      expect(cleared?.value).toBe("");
    });

    it("expires after the session hours of inactivity, and slides while the user is active", async () => {
      const active = await loginAs(t, "viewer");
      const idle = await loginAs(t, "viewer");
      try {
        for (let hour = 0; hour < 3; hour++) {
          t.clock.advance(11 * 60 * MINUTE);
          expect((await session(active.cookie)).statusCode).toBe(200);
        }
        expect((await session(idle.cookie)).statusCode).toBe(401);
        t.clock.advance(12 * 60 * MINUTE + 1);
        expect((await session(active.cookie)).statusCode).toBe(401);
        // The expired sessions are gone from the table.
        const left = await t.database.db
          .selectFrom("sessions")
          .select("id")
          .where("user_id", "in", [active.user.id, idle.user.id])
          .execute();
        expect(left).toEqual([]);
      } finally {
        t.clock.set(TEST_START);
      }
    });
  });

  describe("CSRF", () => {
    it("refuses a cookie-authenticated write without the matching X-CSRF-Token, and changes nothing", async () => {
      const admin = await loginAs(t, "admin");
      const payload = { username: "csrf-victim", displayName: "X", role: "viewer" };
      const missing = await t.app.inject({
        method: "POST",
        url: "/api/v1/users",
        headers: { cookie: admin.cookie },
        payload,
      });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().error.code).toBe("csrf_failed");
      const wrong = await t.app.inject({
        method: "POST",
        url: "/api/v1/users",
        headers: { cookie: admin.cookie, "x-csrf-token": "A".repeat(43) },
        payload,
      });
      expect(wrong.statusCode).toBe(403);
      const created = await t.database.db
        .selectFrom("users")
        .select("id")
        .where("username", "=", "csrf-victim")
        .execute();
      expect(created).toEqual([]);

      const withToken = await t.app.inject({ method: "POST", url: "/api/v1/users", headers: admin.headers, payload });
      expect(withToken.statusCode).toBe(201);
    });
  });

  describe("POST /auth/logout", () => {
    it("needs a session, needs the CSRF token, then ends the session for good", async () => {
      expect((await t.app.inject({ method: "POST", url: "/api/v1/auth/logout" })).statusCode).toBe(401);
      const user = await loginAs(t, "csirt");
      const noCsrf = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/logout",
        headers: { cookie: user.cookie },
      });
      expect(noCsrf.statusCode).toBe(403);
      expect((await session(user.cookie)).statusCode).toBe(200);

      const out = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: user.headers });
      expect(out.statusCode).toBe(204);
      expect(out.cookies.find((c) => c.name === "sigap_session")?.value).toBe("");
      expect((await session(user.cookie)).statusCode).toBe(401);
      const rows = await t.database.db
        .selectFrom("sessions")
        .select("id")
        .where("user_id", "=", user.user.id)
        .execute();
      expect(rows).toEqual([]);
    });
  });

  describe("POST /auth/password", () => {
    const change = (headers: Record<string, string>, payload: unknown, lang = "id") =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/auth/password",
        headers: { ...headers, "accept-language": lang },
        payload: payload as object,
        remoteAddress: clientAddress(),
      });

    it("answers 401, then 400 for bad input in the user's language, and keeps the old password", async () => {
      expect((await change({}, { currentPassword: "a", newPassword: "b" })).statusCode).toBe(401);
      const user = await loginAs(t, "csirt");
      const short = await change(user.headers, { currentPassword: TEST_PASSWORD, newPassword: "short" });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.message).toBe("Kata sandi minimal 10 karakter.");
      const shortEn = await change(user.headers, { currentPassword: TEST_PASSWORD, newPassword: "short" }, "en");
      expect(shortEn.json().error.message).toBe("The password must have at least 10 characters.");
      const wrongCurrent = await change(user.headers, {
        currentPassword: "not-my-password",
        newPassword: "a-new-long-password",
      });
      expect(wrongCurrent.statusCode).toBe(400);
      const same = await change(user.headers, { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD });
      expect(same.statusCode).toBe(400);
      const row = await t.database.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", user.user.id)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(row.password_hash, TEST_PASSWORD)).toBe(true);
    });

    it("changes the password, keeps this session and ends the others", async () => {
      const user = await createTestUser(t, "csirt");
      const here = await loginWith(t, user);
      const elsewhere = await loginWith(t, user);
      const response = await change(here.headers, {
        currentPassword: TEST_PASSWORD,
        newPassword: "a-new-long-password",
      });
      expect(response.statusCode).toBe(204);
      expect((await session(here.cookie)).statusCode).toBe(200);
      expect((await session(elsewhere.cookie)).statusCode).toBe(401);
      expect((await login({ username: user.username, password: TEST_PASSWORD })).statusCode).toBe(401);
      expect((await login({ username: user.username, password: "a-new-long-password" })).statusCode).toBe(200);
      const events = await auditRows("user.password_change");
      expect(events.some((e) => e.entity_id === String(user.id) && !e.changes.includes("a-new-long-password"))).toBe(
        true,
      );
    });

    it("is the only thing a user who must change their password may do", async () => {
      const user = await loginAs(t, "csirt", { mustChangePassword: true });
      const me = await session(user.cookie);
      expect(me.statusCode).toBe(200);
      expect(me.json().user.mustChangePassword).toBe(true);
      const blocked = await t.app.inject({ method: "GET", url: "/api/v1/tokens", headers: { cookie: user.cookie } });
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.details).toEqual({ passwordChangeRequired: true });

      expect(
        (await change(user.headers, { currentPassword: TEST_PASSWORD, newPassword: "my-own-password-1" })).statusCode,
      ).toBe(204);
      expect((await session(user.cookie)).json().user.mustChangePassword).toBe(false);
      const allowed = await t.app.inject({ method: "GET", url: "/api/v1/tokens", headers: { cookie: user.cookie } });
      expect(allowed.statusCode).toBe(200);
    });
  });

  describe("TOTP", () => {
    const post = (url: string, headers: Record<string, string>, payload?: object) =>
      t.app.inject({
        method: "POST",
        url: `/api/v1/auth/totp/${url}`,
        headers,
        payload,
        remoteAddress: clientAddress(),
      });

    it("answers 401 and 400 before anything is set up", async () => {
      expect((await post("setup", {})).statusCode).toBe(401);
      expect((await post("enable", {}, { code: "123456" })).statusCode).toBe(401);
      const user = await loginAs(t, "csirt");
      expect((await post("enable", user.headers, { code: "12ab56" })).statusCode).toBe(400);
      const notSetUp = await post("enable", user.headers, { code: "123456" });
      expect(notSetUp.statusCode).toBe(400);
      expect(notSetUp.json().error.message).toBe("Autentikator belum disiapkan.");
      expect((await post("setup", user.headers, { extra: 1 })).statusCode).toBe(400);
    });

    it("once enabled, login needs the code; disabling asks for the password", async () => {
      const user = await createTestUser(t, "csirt_lead");
      const signedIn = await loginWith(t, user);
      const setup = await post("setup", signedIn.headers);
      expect(setup.statusCode).toBe(200);
      const { secret, uri } = setup.json();
      expect(uri).toMatch(/^otpauth:\/\/totp\/Sigap:/);
      expect(uri).toContain(`secret=${secret}`);

      // Set up but not enabled: login still works without a code.
      expect((await login({ username: user.username, password: TEST_PASSWORD })).statusCode).toBe(200);
      const wrongCode = await post("enable", signedIn.headers, {
        code: totpCode(secret, new Date(t.clock.now().getTime() + 10 * MINUTE)),
      });
      expect(wrongCode.statusCode).toBe(400);
      expect((await post("enable", signedIn.headers, { code: totpCode(secret, t.clock.now()) })).statusCode).toBe(204);
      expect((await session(signedIn.cookie)).json().user.totpEnabled).toBe(true);
      expect((await session(signedIn.cookie)).body).not.toContain(secret);

      const noCode = await login({ username: user.username, password: TEST_PASSWORD });
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json().error.details).toEqual({ totpRequired: true });
      expect(sessionCookieOf(noCode)).toBeUndefined();
      const badCode = await login({
        username: user.username,
        password: TEST_PASSWORD,
        totp: "000000" === totpCode(secret, t.clock.now()) ? "111111" : "000000",
      });
      expect(badCode.statusCode).toBe(401);
      expect(badCode.json().error.code).toBe("unauthenticated");
      // One 30-second step of drift is accepted.
      const drifted = totpCode(secret, new Date(t.clock.now().getTime() - 30_000));
      const withCode = await login({ username: user.username, password: TEST_PASSWORD, totp: drifted });
      expect(withCode.statusCode).toBe(200);

      expect((await post("disable", signedIn.headers, { password: "wrong-password-1" })).statusCode).toBe(400);
      expect((await post("disable", signedIn.headers, { password: TEST_PASSWORD })).statusCode).toBe(204);
      expect((await login({ username: user.username, password: TEST_PASSWORD })).statusCode).toBe(200);
      const row = await t.database.db
        .selectFrom("users")
        .selectAll()
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ totp_enabled: 0, totp_secret: null });
      const events = await t.database.db
        .selectFrom("audit_events")
        .select(["action", "changes"])
        .where("entity_id", "=", String(user.id))
        .where("action", "like", "auth.totp%")
        .execute();
      expect(events.map((e) => e.action)).toEqual(["auth.totp_setup", "auth.totp_enable", "auth.totp_disable"]);
      for (const e of events) expect(e.changes).not.toContain(secret);
    });

    it("refuses a second setup while an authenticator is in force", async () => {
      const user = await loginAs(t, "csirt");
      const { secret } = (await post("setup", user.headers)).json();
      await post("enable", user.headers, { code: totpCode(secret, t.clock.now()) });
      const again = await post("setup", user.headers);
      expect(again.statusCode).toBe(409);
    });
  });

  describe("OpenAPI", () => {
    it("describes every account route with an operation id", async () => {
      const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
      const ids = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>)
        .flatMap((methods) => Object.values(methods).map((m) => m.operationId))
        .filter(Boolean);
      for (const id of [
        "login",
        "logout",
        "getSession",
        "changeOwnPassword",
        "setupTotp",
        "enableTotp",
        "disableTotp",
        "listUsers",
        "createUser",
        "getUser",
        "updateUser",
        "resetUserPassword",
        "listOrganisations",
        "createOrganisation",
        "getOrganisation",
        "updateOrganisation",
        "listTokens",
        "createToken",
        "revokeToken",
      ]) {
        expect(ids).toContain(id);
      }
    });
  });
});

describe.each(DIALECTS)("first administrator on %s", (dialect) => {
  it("is created once, only on an empty database, and must change the generated password", async () => {
    const t = await createTestApp(dialect);
    try {
      const first = await ensureFirstAdmin(t.deps);
      expect(first).toEqual({ username: "admin", password: expect.stringMatching(/^[0-9a-z]{5}(-[0-9a-z]{5}){3}$/) });
      expect(await ensureFirstAdmin(t.deps)).toBeNull();
      const users = await t.database.db.selectFrom("users").selectAll().execute();
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ username: "admin", role: "admin", must_change_password: 1 });
      expect(users[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { username: "admin", password: first!.password },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().user.mustChangePassword).toBe(true);
      const audit = await t.database.db
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "user.create")
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.changes).not.toContain(first!.password);
      expect(audit[0]!.changes).not.toContain("argon2");
    } finally {
      await t.close();
    }
  });

  it("is not created when users exist", async () => {
    const t = await createTestApp(dialect);
    try {
      await createTestUser(t, "viewer");
      expect(await ensureFirstAdmin(t.deps)).toBeNull();
      expect(await t.database.db.selectFrom("users").select("username").execute()).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it("is created exactly once when several processes start together", async () => {
    const database = await createTestDatabase(dialect);
    const others = [openDatabase(database.url), openDatabase(database.url), openDatabase(database.url)];
    try {
      const clock = new FakeClock(TEST_START);
      const results = await Promise.all([database, ...others].map((db) => ensureFirstAdmin({ database: db, clock })));
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const admins = await database.db.selectFrom("users").select("username").execute();
      expect(admins).toEqual([{ username: "admin" }]);
    } finally {
      for (const db of others) await db.close();
      await database.drop();
    }
  });
});
