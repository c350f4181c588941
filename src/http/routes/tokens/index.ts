import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { createApiToken } from "../../../commands/tokens/create-token.ts";
import { listOwnApiTokens } from "../../../commands/tokens/list-tokens.ts";
import { revokeApiToken } from "../../../commands/tokens/revoke-token.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, permitted, requireUser, signedIn } from "../../plugins/auth.ts";
import { emptyQuery, idParams, noContent } from "../../schemas/common.ts";
import { createdToken, createTokenBody, presentToken, tokenList } from "./schema.ts";

const tags = ["tokens"];

/** `/tokens`: the signed-in user's API tokens (for scripts and integrations, sent as `Authorization: Bearer`). */
export const tokenRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: permitted("token.manage_own"),
        schema: {
          operationId: "listTokens",
          tags,
          summary: "My API tokens",
          querystring: emptyQuery,
          response: { 200: tokenList },
        },
      },
      async (request) => {
        const ctx = queryContext(deps, request.actor);
        return { items: (await listOwnApiTokens(ctx)).map((row) => presentToken(row, ctx.now)) };
      },
    );

    app.post(
      "/",
      {
        preValidation: permitted("token.manage_own"),
        schema: {
          operationId: "createToken",
          tags,
          summary: "Create an API token (shown once)",
          body: createTokenBody,
          response: { 201: createdToken },
        },
      },
      async (request, reply) => {
        const { name, expiresAt } = request.body;
        const actor = requireUser(request);
        const created = await runCommand(deps, commandMeta(request), (ctx) =>
          createApiToken(ctx, {
            userId: actor.id,
            name,
            expiresAt: expiresAt === undefined ? undefined : expiresAt === null ? null : new Date(expiresAt),
          }),
        );
        return reply.status(201).send(created);
      },
    );

    app.delete(
      "/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "revokeToken",
          tags,
          summary: "Revoke an API token",
          params: idParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => revokeApiToken(ctx, { tokenId: request.params.id }));
        return reply.status(204).send(null);
      },
    );
  };
