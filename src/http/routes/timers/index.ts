import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { listIncidentTimers } from "../../../commands/timers/list-timers.ts";
import { satisfyTimer } from "../../../commands/timers/satisfy-timer.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, signedIn } from "../../plugins/auth.ts";
import { idParams } from "../../schemas/common.ts";
import { satisfyTimerBody, timerListSchema, timerParams, timerSchema } from "./schema.ts";

const tags = ["timers"];

/** `/incidents/{id}/timers`: the legal deadlines of an incident (UU PDP notice, IIV report). */
export const timerRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/incidents/:id/timers",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "listIncidentTimers",
          tags,
          summary: "An incident's legal timers",
          params: idParams,
          response: { 200: timerListSchema },
        },
      },
      async (request) => ({
        items: await listIncidentTimers(queryContext(deps, request.actor), { incidentId: request.params.id }),
      }),
    );

    app.post(
      "/incidents/:id/timers/:kind/satisfy",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "satisfyIncidentTimer",
          tags,
          summary: "Record that a legal notice was sent",
          params: timerParams,
          body: satisfyTimerBody,
          response: { 200: timerSchema },
        },
      },
      async (request) =>
        runCommand(deps, commandMeta(request), (ctx) =>
          satisfyTimer(ctx, { incidentId: request.params.id, kind: request.params.kind, note: request.body.note }),
        ),
    );
  };
