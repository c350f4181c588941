import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createAccessLink } from "../../../commands/access-links/create-access-link.ts";
import { revokeAccessLink } from "../../../commands/access-links/revoke-access-link.ts";
import { runCommand } from "../../../commands/context.ts";
import { listIncidentAudit } from "../../../commands/incidents/incident-audit.ts";
import { recordEscalation } from "../../../commands/incidents/record-escalation.ts";
import { updateMitigationAction } from "../../../commands/incidents/update-mitigation-action.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, signedIn } from "../../plugins/auth.ts";
import { mitigationActionSchema } from "../../presenters/incident-detail.ts";
import { idParams, noContent } from "../../schemas/common.ts";
import {
  accessLinkBody,
  accessLinkCreatedSchema,
  auditPageSchema,
  auditQuery,
  escalationBody,
  mitigationBody,
} from "./schema.ts";

const tags = ["incidents"];

/** The address links in e-mails point at: the configured public URL, else the one the request came to. */
const baseUrlOf = (deps: AppDeps, request: FastifyRequest) =>
  deps.config.publicUrl ?? `${request.protocol}://${request.host}`;

/**
 * The records beside an incident's steps: mitigation actions, escalations, signed links for outside
 * parties (`/access-links/{id}` to revoke one) and the audit trail.
 */
export const incidentRecordRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const team = () => readTeamContext(deps.database.db);
    const auth = { preValidation: signedIn() };

    app.patch(
      "/mitigation-actions/:id",
      {
        ...auth,
        schema: {
          operationId: "updateMitigationAction",
          tags,
          summary: "Update a mitigation action's status or assignee",
          params: idParams,
          body: mitigationBody,
          response: { 200: mitigationActionSchema },
        },
      },
      async (request) => {
        const a = await runCommand(deps, commandMeta(request), (ctx) =>
          updateMitigationAction(ctx, { actionId: request.params.id, ...request.body }),
        );
        return {
          id: a.id,
          kind: a.kind,
          description: a.description,
          status: a.status,
          assigneeUserId: a.assignee_user_id,
          createdAt: a.created_at,
          updatedAt: a.updated_at,
        };
      },
    );

    app.post(
      "/incidents/:id/escalations",
      {
        ...auth,
        schema: {
          operationId: "recordEscalation",
          tags,
          summary: "Record an escalation with its hand-off",
          params: idParams,
          body: escalationBody,
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (request, reply) => {
        const result = await runCommand(deps, commandMeta(request), (ctx) =>
          recordEscalation(ctx, { incidentId: request.params.id, ...request.body }),
        );
        return reply.status(201).send(result);
      },
    );

    app.post(
      "/incidents/:id/access-links",
      {
        ...auth,
        schema: {
          operationId: "createAccessLink",
          tags,
          summary: "Issue a signed, expiring link for an outside party's step (token shown once)",
          params: idParams,
          body: accessLinkBody,
          response: { 201: accessLinkCreatedSchema },
        },
      },
      async (request, reply) => {
        const t = await team();
        const link = await runCommand(deps, commandMeta(request), (ctx) =>
          createAccessLink(ctx, t, {
            incidentId: request.params.id,
            ...request.body,
            baseUrl: baseUrlOf(deps, request),
          }),
        );
        return reply.status(201).send(link);
      },
    );

    app.delete(
      "/access-links/:id",
      {
        ...auth,
        schema: {
          operationId: "revokeAccessLink",
          tags,
          summary: "Revoke a signed link",
          params: idParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => revokeAccessLink(ctx, { linkId: request.params.id }));
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/incidents/:id/audit",
      {
        ...auth,
        schema: {
          operationId: "listIncidentAudit",
          tags,
          summary: "The incident's audit trail (CSIRT roles)",
          params: idParams,
          querystring: auditQuery,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => ({
        items: await listIncidentAudit(queryContext(deps, request.actor), {
          incidentId: request.params.id,
          ...request.query,
        }),
      }),
    );
  };
