import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { changeOwnPassword } from "../../../commands/auth/change-own-password.ts";
import { disableTotp } from "../../../commands/auth/disable-totp.ts";
import { enableTotp } from "../../../commands/auth/enable-totp.ts";
import { signIn } from "../../../commands/auth/login.ts";
import { logout } from "../../../commands/auth/logout.ts";
import { setupTotp } from "../../../commands/auth/setup-totp.ts";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { getUser } from "../../../commands/users/get-user.ts";
import type { UserActor } from "../../../core/actor.ts";
import { abilities } from "../../../core/policies/index.ts";
import type { User } from "../../../db/schema.ts";
import type { AppDeps } from "../../deps.ts";
import { clearSessionCookie, commandMeta, requireUser, setSessionCookie, signedIn } from "../../plugins/auth.ts";
import { emptyBody, emptyQuery, noContent } from "../../schemas/common.ts";
import { presentUser } from "../users/schema.ts";
import {
  changePasswordBody,
  loginBody,
  sessionSchema,
  totpDisableBody,
  totpEnableBody,
  totpSetupResult,
} from "./schema.ts";
import { actorForUser } from "../../../commands/users/user-actor.ts";

const tags = ["auth"];
/** Guessing passwords from one address is slowed to 10 tries a minute, on top of the per-account lockout. */
const perIpLimit = { rateLimit: { max: 10, timeWindow: 60_000 } };
const pendingPasswordChangeAllowed = signedIn({ allowPendingPasswordChange: true });

function presentSession(user: User, via: UserActor["via"], csrfToken: string | null) {
  const actor = actorForUser(user, via);
  return { user: presentUser(user), abilities: abilities(actor), csrfToken };
}

/** `/auth`: sign in and out, the current session, one's own password and authenticator. */
export const authRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      "/login",
      {
        config: perIpLimit,
        schema: {
          operationId: "login",
          tags,
          summary: "Sign in; sets the sigap_session cookie",
          body: loginBody,
          response: { 200: sessionSchema },
        },
      },
      async (request, reply) => {
        const session = await signIn(
          deps,
          commandMeta(request),
          { ...request.body, ip: request.ip, userAgent: request.headers["user-agent"] ?? null },
          deps.config,
        );
        setSessionCookie(request, reply, session.sessionToken);
        return presentSession(session.user, "session", session.csrfToken);
      },
    );

    app.post(
      "/logout",
      {
        preValidation: pendingPasswordChangeAllowed,
        schema: { operationId: "logout", tags, summary: "Sign out", body: emptyBody, response: { 204: noContent } },
      },
      async (request, reply) => {
        const session = request.authSession;
        if (session) await runCommand(deps, commandMeta(request), (ctx) => logout(ctx, { sessionId: session.id }));
        clearSessionCookie(request, reply);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/session",
      {
        preValidation: pendingPasswordChangeAllowed,
        schema: {
          operationId: "getSession",
          tags,
          summary: "The signed-in user, abilities and CSRF token",
          querystring: emptyQuery,
          response: { 200: sessionSchema },
        },
      },
      async (request) => {
        const actor = requireUser(request, { allowPendingPasswordChange: true });
        const user = await getUser(queryContext(deps, actor), { userId: actor.id });
        return presentSession(user, actor.via, request.authSession?.csrfToken ?? null);
      },
    );

    app.post(
      "/password",
      {
        config: perIpLimit,
        preValidation: pendingPasswordChangeAllowed,
        schema: {
          operationId: "changeOwnPassword",
          tags,
          summary: "Change my password (ends my other sessions)",
          body: changePasswordBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) =>
          changeOwnPassword(ctx, { ...request.body, keepSessionId: request.authSession?.id ?? null }),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/totp/setup",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "setupTotp",
          tags,
          summary: "Start enrolling an authenticator app (not in force until enabled)",
          body: emptyBody,
          response: { 200: totpSetupResult },
        },
      },
      async (request) => runCommand(deps, commandMeta(request), (ctx) => setupTotp(ctx)),
    );

    app.post(
      "/totp/enable",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "enableTotp",
          tags,
          summary: "Put the authenticator in force by proving a code",
          body: totpEnableBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => enableTotp(ctx, request.body));
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/totp/disable",
      {
        config: perIpLimit,
        preValidation: signedIn(),
        schema: {
          operationId: "disableTotp",
          tags,
          summary: "Remove my authenticator (asks for the password)",
          body: totpDisableBody,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => disableTotp(ctx, request.body));
        return reply.status(204).send(null);
      },
    );
  };
