import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { addObservable } from "../../../commands/observables/add-observable.ts";
import { deleteObservable } from "../../../commands/observables/delete-observable.ts";
import { listObservables } from "../../../commands/observables/list-observables.ts";
import { updateObservable } from "../../../commands/observables/update-observable.ts";
import { queryContext } from "../../../commands/query-context.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, signedIn } from "../../plugins/auth.ts";
import { idParams, noContent } from "../../schemas/common.ts";
import {
  addObservableBody,
  observableListSchema,
  observableSchema,
  presentObservable,
  updateObservableBody,
} from "./schema.ts";

const tags = ["observables"];

/** Observables (IOCs) of an incident: found in report text or added by analysts; internal roles only. */
export const observableRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/incidents/:id/observables",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "listObservables",
          tags,
          summary: "An incident's observables",
          params: idParams,
          response: { 200: observableListSchema },
        },
      },
      async (request) => {
        const rows = await listObservables(queryContext(deps, request.actor), { incidentId: request.params.id });
        return { items: rows.map(presentObservable) };
      },
    );

    app.post(
      "/incidents/:id/observables",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "addObservable",
          tags,
          summary: "Record an observable by hand",
          params: idParams,
          body: addObservableBody,
          response: { 201: observableSchema },
        },
      },
      async (request, reply) => {
        const input = { incidentId: request.params.id, ...request.body };
        const row = await runCommand(deps, commandMeta(request), (ctx) => addObservable(ctx, input));
        return reply.status(201).send(presentObservable(row));
      },
    );

    app.patch(
      "/observables/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "updateObservable",
          tags,
          summary: "Correct an observable's value, TLP or note",
          params: idParams,
          body: updateObservableBody,
          response: { 200: observableSchema },
        },
      },
      async (request) => {
        const input = { id: request.params.id, ...request.body };
        return presentObservable(await runCommand(deps, commandMeta(request), (ctx) => updateObservable(ctx, input)));
      },
    );

    app.delete(
      "/observables/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "deleteObservable",
          tags,
          summary: "Remove an observable recorded in error",
          params: idParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) => deleteObservable(ctx, { id: request.params.id }));
        return reply.status(204).send(null);
      },
    );
  };
