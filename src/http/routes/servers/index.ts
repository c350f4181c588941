import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createServer } from "../../../commands/assets/create-server.ts";
import { deleteServer } from "../../../commands/assets/delete-server.ts";
import { getServer } from "../../../commands/assets/get-server.ts";
import { listServers } from "../../../commands/assets/list-servers.ts";
import { updateServer } from "../../../commands/assets/update-server.ts";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta } from "../../plugins/auth.ts";
import { presentServer, presentServerDetail, serverSchema } from "../../presenters/asset.ts";
import { idParams, noContent } from "../../schemas/common.ts";
import { assetManagers, assetReaders } from "../applications/access.ts";
import { createServerBody, listServersQuery, serverPage, updateServerBody } from "./schema.ts";

const tags = ["assets"];

/** `/servers`: where applications run (host, addresses, location), so co-tenants at risk can be found. */
export const serverRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: assetReaders,
        schema: {
          operationId: "listServers",
          tags,
          summary: "List servers (partners: those their applications run on)",
          querystring: listServersQuery,
          response: { 200: serverPage },
        },
      },
      async (request) => {
        const { items, total } = await listServers(queryContext(deps, request.actor), request.query);
        return {
          items: items.map((i) => presentServerDetail(i, request.actor)),
          total,
          page: request.query.page,
          pageSize: request.query.pageSize,
        };
      },
    );

    app.post(
      "/",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "createServer",
          tags,
          summary: "Register a server",
          body: createServerBody,
          response: { 201: serverSchema },
        },
      },
      async (request, reply) => {
        const row = await runCommand(deps, commandMeta(request), (ctx) => createServer(ctx, request.body));
        return reply.status(201).send(presentServer(row, [], request.actor));
      },
    );

    app.get(
      "/:id",
      {
        preValidation: assetReaders,
        schema: {
          operationId: "getServer",
          tags,
          summary: "One server with the applications on it",
          params: idParams,
          response: { 200: serverSchema },
        },
      },
      async (request) =>
        presentServerDetail(
          await getServer(queryContext(deps, request.actor), { serverId: request.params.id }),
          request.actor,
        ),
    );

    app.patch(
      "/:id",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "updateServer",
          tags,
          summary: "Change a server (addresses replaces the list; retired retires it)",
          params: idParams,
          body: updateServerBody,
          response: { 200: serverSchema },
        },
      },
      async (request) => {
        await runCommand(deps, commandMeta(request), (ctx) =>
          updateServer(ctx, { ...request.body, serverId: request.params.id }),
        );
        return presentServerDetail(
          await getServer(queryContext(deps, request.actor), { serverId: request.params.id }),
          request.actor,
        );
      },
    );

    app.delete(
      "/:id",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "deleteServer",
          tags,
          summary: "Delete a server and its links (the applications stay)",
          params: idParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => deleteServer(ctx, { serverId: request.params.id }));
        return reply.status(204).send(null);
      },
    );
  };
