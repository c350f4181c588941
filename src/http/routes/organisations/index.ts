import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { createOrganisation } from "../../../commands/organisations/create-organisation.ts";
import { getOrganisation } from "../../../commands/organisations/get-organisation.ts";
import { listOrganisations } from "../../../commands/organisations/list-organisations.ts";
import { updateOrganisation } from "../../../commands/organisations/update-organisation.ts";
import { queryContext } from "../../../commands/query-context.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, permitted, signedIn } from "../../plugins/auth.ts";
import { idParams } from "../../schemas/common.ts";
import {
  createOrganisationBody,
  listOrganisationsQuery,
  organisationPage,
  organisationSchema,
  presentOrganisation,
  updateOrganisationBody,
} from "./schema.ts";

const tags = ["organisations"];

/** `/organisations`: the register of agencies, vendors and upstream CSIRTs. Administrators keep it. */
export const organisationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/",
      {
        preValidation: permitted("organisation.read"),
        schema: {
          operationId: "listOrganisations",
          tags,
          summary: "List organisations",
          querystring: listOrganisationsQuery,
          response: { 200: organisationPage },
        },
      },
      async (request) => {
        const { items, total } = await listOrganisations(queryContext(deps, request.actor), request.query);
        return {
          items: items.map(presentOrganisation),
          total,
          page: request.query.page,
          pageSize: request.query.pageSize,
        };
      },
    );

    app.post(
      "/",
      {
        preValidation: permitted("organisation.manage"),
        schema: {
          operationId: "createOrganisation",
          tags,
          summary: "Add an organisation",
          body: createOrganisationBody,
          response: { 201: organisationSchema },
        },
      },
      async (request, reply) => {
        const row = await runCommand(deps, commandMeta(request), (ctx) => createOrganisation(ctx, request.body));
        return reply.status(201).send(presentOrganisation(row));
      },
    );

    app.get(
      "/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "getOrganisation",
          tags,
          summary: "One organisation",
          params: idParams,
          response: { 200: organisationSchema },
        },
      },
      async (request) =>
        presentOrganisation(
          await getOrganisation(queryContext(deps, request.actor), { organisationId: request.params.id }),
        ),
    );

    app.patch(
      "/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "updateOrganisation",
          tags,
          summary: "Change an organisation",
          params: idParams,
          body: updateOrganisationBody,
          response: { 200: organisationSchema },
        },
      },
      async (request) => {
        const row = await runCommand(deps, commandMeta(request), (ctx) =>
          updateOrganisation(ctx, { ...request.body, organisationId: request.params.id }),
        );
        return presentOrganisation(row);
      },
    );
  };
