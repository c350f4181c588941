import { timingSafeEqual } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { looksLikeApiToken, SESSION_COOKIE, sha256Hex } from "../../auth/secrets.ts";
import { publicActor, type Actor, type UserActor } from "../../core/actor.ts";
import { AppError } from "../../core/errors.ts";
import { assertCan, type Action, type Resource } from "../../core/policies/index.ts";
import type { AppDeps } from "../deps.ts";
import { actorForUser } from "../../commands/users/user-actor.ts";

/** The session behind a cookie-authenticated request. */
export interface AuthSession {
  /** SHA-256 of the cookie value: the `sessions` row id. */
  id: string;
  csrfToken: string;
  mustChangePassword: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Who makes the request: a user (by session or API token) or the anonymous public. */
    actor: Actor;
    authSession: AuthSession | null;
  }
}

/** Header a cookie-authenticated write must carry, equal to the session's CSRF token. */
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Sliding expiry is written at most this often, not on every request. */
const REFRESH_EVERY_MS = 60_000;

const unauthenticated = () => new AppError("unauthenticated", "error.unauthenticated");

/** Cookie attributes: not readable by scripts, not sent on cross-site subrequests, Secure over TLS. */
export function sessionCookieOptions(request: FastifyRequest) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: request.protocol === "https" };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(request));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function actorFromToken(deps: AppDeps, token: string): Promise<UserActor> {
  if (!looksLikeApiToken(token)) throw new AppError("unauthenticated", "auth.token_invalid");
  const now = deps.clock.now();
  const row = await deps.database.db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .select([
      "api_tokens.id as tokenId",
      "api_tokens.expires_at",
      "api_tokens.revoked_at",
      "api_tokens.last_used_at",
      "users.id",
      "users.username",
      "users.role",
      "users.specialty",
      "users.organisation_id",
      "users.disabled",
    ])
    .where("api_tokens.token_hash", "=", sha256Hex(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.disabled || (row.expires_at !== null && new Date(row.expires_at) <= now)) {
    throw new AppError("unauthenticated", "auth.token_invalid");
  }
  if (row.last_used_at === null || now.getTime() - new Date(row.last_used_at).getTime() >= REFRESH_EVERY_MS) {
    await deps.database.db
      .updateTable("api_tokens")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.tokenId)
      .execute();
  }
  return {
    type: "user",
    id: row.id,
    username: row.username,
    role: row.role,
    specialty: row.specialty,
    organisationId: row.organisation_id,
    via: "token",
  };
}

async function actorFromSession(
  deps: AppDeps,
  cookieValue: string,
): Promise<{ actor: UserActor; session: AuthSession } | null> {
  const now = deps.clock.now();
  const id = sha256Hex(cookieValue);
  const row = await deps.database.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.csrf_token",
      "sessions.expires_at",
      "sessions.last_seen_at",
      "users.id",
      "users.username",
      "users.role",
      "users.specialty",
      "users.organisation_id",
      "users.disabled",
      "users.must_change_password",
    ])
    .where("sessions.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  if (new Date(row.expires_at) <= now || row.disabled) {
    await deps.database.db.deleteFrom("sessions").where("id", "=", id).execute();
    return null;
  }
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= REFRESH_EVERY_MS) {
    await deps.database.db
      .updateTable("sessions")
      .set({
        last_seen_at: now.toISOString(),
        expires_at: new Date(now.getTime() + deps.config.sessionHours * 3_600_000).toISOString(),
      })
      .where("id", "=", id)
      .execute();
  }
  return {
    actor: actorForUser(row, "session"),
    session: { id, csrfToken: row.csrf_token, mustChangePassword: row.must_change_password === 1 },
  };
}

/**
 * Resolves `request.actor` on every request: an `Authorization: Bearer sgp_…` token (a bad one is
 * 401, never silently anonymous), else the `sigap_session` cookie (an expired one is cleared and
 * the request goes on as public). Cookie-authenticated writes must echo the session's CSRF token
 * in `X-CSRF-Token`; token requests are exempt because a browser never adds them on its own.
 */
export function authPlugin(deps: AppDeps): FastifyPluginAsync {
  const plugin: FastifyPluginAsync = async (app) => {
    app.decorateRequest("actor", null, []);
    app.decorateRequest("authSession", null, []);
    app.addHook("onRequest", async (request, reply) => {
      request.actor = publicActor;
      request.authSession = null;
      const authorization = request.headers.authorization;
      if (authorization !== undefined && /^bearer\s/i.test(authorization)) {
        request.actor = await actorFromToken(deps, authorization.slice(7).trim());
        return;
      }
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) return;
      const resolved = await actorFromSession(deps, cookie);
      if (!resolved) {
        clearSessionCookie(request, reply);
        return;
      }
      request.actor = resolved.actor;
      request.authSession = resolved.session;
      if (!SAFE_METHODS.has(request.method)) {
        const given = request.headers[CSRF_HEADER];
        if (typeof given !== "string" || !sameSecret(given, resolved.session.csrfToken)) {
          throw new AppError("csrf_failed", "error.csrf");
        }
      }
    });
  };
  // What fastify-plugin does: the decorators and the hook apply to the whole application, not
  // only inside this plugin's own encapsulation context.
  Object.assign(plugin, { [Symbol.for("skip-override")]: true, [Symbol.for("fastify.display-name")]: "sigap-auth" });
  return plugin;
}

/**
 * The signed-in user, or 401. A user who must change their password may only do that (and read
 * their session, sign out) until they have: routes for those pass `allowPendingPasswordChange`.
 */
export function requireUser(
  request: FastifyRequest,
  options: { allowPendingPasswordChange?: boolean } = {},
): UserActor {
  const actor = request.actor;
  if (actor.type !== "user") throw unauthenticated();
  if (request.authSession?.mustChangePassword && !options.allowPendingPasswordChange) {
    throw new AppError("forbidden", "auth.password_change_required", {}, { passwordChangeRequired: true });
  }
  return actor;
}

/**
 * The signed-in user, if they may do `action` (to `resource`): 401 when not signed in, 404 when the
 * resource is one they may not even see, 403 otherwise.
 */
export function authorize(request: FastifyRequest, action: Action, resource?: Resource): UserActor {
  const actor = requireUser(request);
  assertCan(actor, action, resource);
  return actor;
}

/** Route hook (preValidation): 401 before the input is even looked at, for routes that need a user. */
export const signedIn =
  (options: { allowPendingPasswordChange?: boolean } = {}) =>
  async (request: FastifyRequest): Promise<void> => {
    requireUser(request, options);
  };

/** Route hook (preValidation) for unscoped actions: 401, then 403, before the input is looked at. */
export const permitted =
  (action: Action) =>
  async (request: FastifyRequest): Promise<void> => {
    authorize(request, action);
  };

/** Who acts and under which request id, for `runCommand`. */
export const commandMeta = (request: FastifyRequest): { actor: Actor; requestId: string } => ({
  actor: request.actor,
  requestId: request.id,
});
