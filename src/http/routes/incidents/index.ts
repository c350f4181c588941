import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { runCommand } from "../../../commands/context.ts";
import { assignIncident, reassignStep } from "../../../commands/incidents/assign-incident.ts";
import { classifyIncident } from "../../../commands/incidents/classify-incident.ts";
import { completeStep } from "../../../commands/incidents/complete-step.ts";
import { getIncident } from "../../../commands/incidents/get-incident.ts";
import { listIncidents } from "../../../commands/incidents/list-incidents.ts";
import { reopenIncident } from "../../../commands/incidents/reopen-incident.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { invalid } from "../../../core/errors.ts";
import { incidentAudience } from "../../../core/policies/incident.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, requireUser, signedIn } from "../../plugins/auth.ts";
import { internalIncidentSchema, presentInternalIncident } from "../../presenters/incident-detail.ts";
import { incidentPageSchema, presentIncidentListItem } from "../../presenters/incident-list.ts";
import { partnerIncidentSchema, presentPartnerIncident } from "../../presenters/incident-partner.ts";
import { idParams } from "../../schemas/common.ts";
import { incidentRecordRoutes } from "./records.ts";
import {
  assignBody,
  classificationBody,
  COMPLETE_STEP_DESCRIPTION,
  completeStepBody,
  listIncidentsQuery,
  presentStepCompleted,
  reopenBody,
  stepCompletedSchema,
  stepParams,
} from "./schema.ts";

const tags = ["incidents"];
const incidentResponse = z.union([internalIncidentSchema, partnerIncidentSchema]);
const summaryResponse = z.object({ id: z.number().int(), status: z.enum(["open", "closed"]), updatedAt: z.string() });

/**
 * `/incidents`: the list and one incident (per audience), the SOP steps, assignment, reopening and
 * classification; the records beside them are in `records.ts`.
 */
export const incidentRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const team = () => readTeamContext(deps.database.db);
    const auth = { preValidation: signedIn() };
    await app.register(incidentRecordRoutes(deps));

    app.get(
      "/incidents",
      {
        ...auth,
        schema: {
          operationId: "listIncidents",
          tags,
          summary: "List the incidents the caller may see",
          querystring: listIncidentsQuery,
          response: { 200: incidentPageSchema },
        },
      },
      async (request) => {
        const t = await team();
        const ctx = queryContext(deps, request.actor);
        const page = await listIncidents(ctx, t, request.query);
        const staffNames = incidentAudience(requireUser(request)) !== "partner";
        return {
          items: page.items.map((row) => presentIncidentListItem(row, t.sop, ctx.now, { staffNames })),
          nextCursor: page.nextCursor,
        };
      },
    );

    app.get(
      "/incidents/:id",
      {
        ...auth,
        schema: {
          operationId: "getIncident",
          tags,
          summary: "One incident with its steps and records, as the caller's audience may see it",
          params: idParams,
          response: { 200: incidentResponse },
        },
      },
      async (request) => {
        const detail = await getIncident(queryContext(deps, request.actor), await team(), request.params.id);
        return detail.audience === "partner" ? presentPartnerIncident(detail) : presentInternalIncident(detail);
      },
    );

    app.post(
      "/incidents/:id/steps/:stepCode",
      {
        ...auth,
        schema: {
          operationId: "completeIncidentStep",
          tags,
          summary: "Complete the active SOP step with its output",
          description: COMPLETE_STEP_DESCRIPTION,
          params: stepParams,
          body: completeStepBody,
          response: { 200: stepCompletedSchema },
        },
      },
      async (request) => {
        const t = await team();
        const result = await runCommand(deps, commandMeta(request), (ctx) =>
          completeStep(ctx, t, { incidentId: request.params.id, stepCode: request.params.stepCode, ...request.body }),
        );
        return presentStepCompleted(result, t.sop);
      },
    );

    app.post(
      "/incidents/:id/assign",
      {
        ...auth,
        schema: {
          operationId: "assignIncident",
          tags,
          summary: "Assign the incident, or reassign its active step (CSIRT lead)",
          params: idParams,
          body: assignBody,
          response: { 200: summaryResponse },
        },
      },
      async (request) => {
        const { userId, stepCode } = request.body;
        const t = await team();
        const incidentId = request.params.id;
        await runCommand(deps, commandMeta(request), async (ctx) => {
          if (stepCode === undefined) return assignIncident(ctx, { incidentId, userId });
          if (userId === null) throw invalid("error.validation_failed", {}, [{ path: "userId" }]);
          return reassignStep(ctx, t, { incidentId, stepCode, userId });
        });
        return summaryOf(incidentId);
      },
    );

    app.post(
      "/incidents/:id/reopen",
      {
        ...auth,
        schema: {
          operationId: "reopenIncident",
          tags,
          summary: "Take the incident back to an earlier step (CSIRT lead)",
          params: idParams,
          body: reopenBody,
          response: { 200: summaryResponse },
        },
      },
      async (request) => {
        const t = await team();
        await runCommand(deps, commandMeta(request), (ctx) =>
          reopenIncident(ctx, t, { incidentId: request.params.id, ...request.body }),
        );
        return summaryOf(request.params.id);
      },
    );

    app.patch(
      "/incidents/:id/classification",
      {
        ...auth,
        schema: {
          operationId: "classifyIncident",
          tags,
          summary: "Set type, impact × likelihood (or an overridden severity with its reason), TLP and PAP",
          params: idParams,
          body: classificationBody,
          response: { 200: summaryResponse },
        },
      },
      async (request) => {
        await runCommand(deps, commandMeta(request), (ctx) =>
          classifyIncident(ctx, { incidentId: request.params.id, ...request.body }),
        );
        return summaryOf(request.params.id);
      },
    );

    /** After a change the caller was allowed to make: the incident's state, nothing more. */
    async function summaryOf(incidentId: number) {
      const row = await deps.database.db
        .selectFrom("incidents")
        .select(["id", "status", "updated_at"])
        .where("id", "=", incidentId)
        .executeTakeFirstOrThrow();
      return { id: row.id, status: row.status, updatedAt: row.updated_at };
    }
  };
