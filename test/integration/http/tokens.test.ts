import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../../src/commands/context.ts";
import { createApiToken } from "../../../src/commands/tokens/create-token.ts";
import { systemActor } from "../../../src/core/actor.ts";
import {
  bearer,
  createTestApp,
  createTestUser,
  loginAs,
  TEST_START,
  type LoggedIn,
  type TestApp,
} from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

const DAY = 86_400_000;

describe.each(DIALECTS)("API tokens on %s", (dialect) => {
  let t: TestApp;
  let owner: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    owner = await loginAs(t, "csirt");
  });
  afterAll(async () => t?.close());

  const create = (who: LoggedIn | undefined, payload: object) =>
    t.app.inject({ method: "POST", url: "/api/v1/tokens", headers: who?.headers ?? {}, payload });
  const asBearer = (token: string, method: "GET" | "POST" = "GET", url = "/api/v1/auth/session", payload?: object) =>
    t.app.inject({ method, url, headers: bearer(token), payload });
  const tokenRow = (id: number) =>
    t.database.db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

  describe("POST /tokens", () => {
    it("answers 401, then 400 for bad input; nothing is stored", async () => {
      expect((await create(undefined, { name: "ci" })).statusCode).toBe(401);
      for (const bad of [{}, { name: "" }, { name: "ci", scope: "all" }, { name: "ci", expiresAt: "tomorrow" }]) {
        expect((await create(owner, bad)).statusCode, JSON.stringify(bad)).toBe(400);
      }
      const past = await create(owner, { name: "ci", expiresAt: "2026-11-26T00:00:00Z" });
      expect(past.statusCode).toBe(400);
      expect(past.json().error.message).toBe("Masa berlaku token harus di masa depan.");
      const rows = await t.database.db
        .selectFrom("api_tokens")
        .select("id")
        .where("user_id", "=", owner.user.id)
        .execute();
      expect(rows).toEqual([]);
    });

    it("shows the token once, stores only its hash, and the token then works as a Bearer credential", async () => {
      const response = await create(owner, { name: "skrip laporan" });
      expect(response.statusCode).toBe(201);
      const created = response.json();
      expect(created.token).toMatch(/^sgp_[A-Za-z0-9_-]{43}$/);
      expect(created.expiresAt).toBe(new Date(Date.parse(TEST_START) + 90 * DAY).toISOString());

      const row = await tokenRow(created.id);
      expect(row.token_hash).toBe(createHash("sha256").update(created.token).digest("hex"));
      expect(JSON.stringify(row)).not.toContain(created.token);
      expect(row.last_used_at).toBeNull();

      const me = await asBearer(created.token);
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ user: { id: owner.user.id }, csrfToken: null });
      expect((await tokenRow(created.id)).last_used_at).toBe(TEST_START);

      // Bearer requests need no CSRF token: a browser never attaches them by itself.
      const another = await asBearer(created.token, "POST", "/api/v1/tokens", { name: "dari token" });
      expect(another.statusCode).toBe(201);

      const list = await t.app.inject({ method: "GET", url: "/api/v1/tokens", headers: { cookie: owner.cookie } });
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(created.token);
      expect(list.body).not.toMatch(/token_hash|tokenHash/);
      expect(list.json().items.find((i: { id: number }) => i.id === created.id)).toMatchObject({
        name: "skrip laporan",
        prefix: created.token.slice(0, 12),
        status: "active",
        lastUsedAt: TEST_START,
      });

      const audit = await t.database.db
        .selectFrom("audit_events")
        .select("changes")
        .where("action", "=", "token.create")
        .execute();
      for (const event of audit) expect(event.changes).not.toContain(created.token);
    });

    it("expires after 90 days by default, and never only when asked for with null", async () => {
      const standard = (await create(owner, { name: "default" })).json();
      const forever = (await create(owner, { name: "forever", expiresAt: null })).json();
      expect(forever.expiresAt).toBeNull();
      try {
        t.clock.advance(90 * DAY - 1000);
        expect((await asBearer(standard.token)).statusCode).toBe(200);
        t.clock.advance(1000);
        const expired = await asBearer(standard.token);
        expect(expired.statusCode).toBe(401);
        expect(expired.json().error.code).toBe("unauthenticated");
        t.clock.advance(3650 * DAY);
        expect((await asBearer(forever.token)).statusCode).toBe(200);
      } finally {
        t.clock.set(TEST_START);
      }
    });
  });

  describe("Bearer authentication", () => {
    it("answers 401 to a malformed, unknown, or disabled user's token, never treating it as anonymous", async () => {
      expect((await asBearer("not-a-token")).statusCode).toBe(401);
      expect((await asBearer(`sgp_${"A".repeat(43)}`)).statusCode).toBe(401);
      const user = await createTestUser(t, "viewer");
      const { token } = await runCommand(t.deps, { actor: systemActor("test") }, (ctx) =>
        createApiToken(ctx, { userId: user.id, name: "x" }),
      );
      expect((await asBearer(token)).statusCode).toBe(200);
      await t.database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", user.id).execute();
      expect((await asBearer(token)).statusCode).toBe(401);
    });
  });

  describe("DELETE /tokens/{id}", () => {
    it("answers 401, 400, 404 for someone else's token, then revokes: the token stops working", async () => {
      const { id, token } = (await create(owner, { name: "to revoke" })).json();
      const url = `/api/v1/tokens/${id}`;
      expect((await t.app.inject({ method: "DELETE", url })).statusCode).toBe(401);
      expect(
        (await t.app.inject({ method: "DELETE", url: "/api/v1/tokens/x", headers: owner.headers })).statusCode,
      ).toBe(400);
      const stranger = await loginAs(t, "csirt_lead");
      const hidden = await t.app.inject({ method: "DELETE", url, headers: stranger.headers });
      expect(hidden.statusCode).toBe(404);
      expect(
        (await t.app.inject({ method: "DELETE", url: "/api/v1/tokens/999999", headers: stranger.headers })).json(),
      ).toEqual(hidden.json());
      expect((await asBearer(token)).statusCode).toBe(200);

      const revoked = await t.app.inject({ method: "DELETE", url, headers: owner.headers });
      expect(revoked.statusCode).toBe(204);
      expect((await asBearer(token)).statusCode).toBe(401);
      expect((await tokenRow(id)).revoked_at).toBe(TEST_START);
      // Revoking again is harmless and records nothing new.
      expect((await t.app.inject({ method: "DELETE", url, headers: owner.headers })).statusCode).toBe(204);
      const events = await t.database.db
        .selectFrom("audit_events")
        .select("seq")
        .where("action", "=", "token.revoke")
        .where("entity_id", "=", String(id))
        .execute();
      expect(events).toHaveLength(1);
      const list = await t.app.inject({ method: "GET", url: "/api/v1/tokens", headers: { cookie: owner.cookie } });
      expect(list.json().items.find((i: { id: number }) => i.id === id).status).toBe("revoked");
    });

    it("lets an administrator revoke anyone's token", async () => {
      const { id, token } = (await create(owner, { name: "leaked" })).json();
      const admin = await loginAs(t, "admin");
      expect(
        (await t.app.inject({ method: "DELETE", url: `/api/v1/tokens/${id}`, headers: admin.headers })).statusCode,
      ).toBe(204);
      expect((await asBearer(token)).statusCode).toBe(401);
    });
  });

  describe("GET /tokens", () => {
    it("answers 401, lists only the user's own tokens", async () => {
      expect((await t.app.inject({ method: "GET", url: "/api/v1/tokens" })).statusCode).toBe(401);
      expect(
        (await t.app.inject({ method: "GET", url: "/api/v1/tokens?all=1", headers: { cookie: owner.cookie } }))
          .statusCode,
      ).toBe(400);
      const other = await loginAs(t, "intake");
      await create(other, { name: "mine" });
      const list = (
        await t.app.inject({ method: "GET", url: "/api/v1/tokens", headers: { cookie: other.cookie } })
      ).json();
      expect(list.items.map((i: { name: string }) => i.name)).toEqual(["mine"]);
    });
  });
});
