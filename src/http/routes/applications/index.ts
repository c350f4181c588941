import multipart from "@fastify/multipart";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createApplication } from "../../../commands/assets/create-application.ts";
import { deleteApplication } from "../../../commands/assets/delete-application.ts";
import { getApplication } from "../../../commands/assets/get-application.ts";
import { importAssets } from "../../../commands/assets/import-assets.ts";
import { linkApplicationServer } from "../../../commands/assets/link-application-server.ts";
import { listApplications } from "../../../commands/assets/list-applications.ts";
import { unlinkApplicationServer } from "../../../commands/assets/unlink-application-server.ts";
import { updateApplication } from "../../../commands/assets/update-application.ts";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { AppError } from "../../../core/errors.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta } from "../../plugins/auth.ts";
import { applicationDetailSchema, presentApplication, presentApplicationDetail } from "../../presenters/asset.ts";
import { listProblemsInRequestLanguage } from "../../presenters/problems.ts";
import { idParams, noContent } from "../../schemas/common.ts";
import { assetManagers, assetReaders } from "./access.ts";
import {
  applicationPage,
  applicationServerParams,
  createApplicationBody,
  importSummarySchema,
  listApplicationsQuery,
  updateApplicationBody,
} from "./schema.ts";

const tags = ["assets"];
const CSV_TYPES = ["text/csv", "application/csv", "application/vnd.ms-excel"];

/** The CSV text of an import: the body itself, or the first file of a multipart form. */
async function csvOf(request: FastifyRequest): Promise<string> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw new AppError("validation_failed", "asset.import_no_file");
    return (await file.toBuffer()).toString("utf8");
  }
  if (typeof request.body === "string" && request.body.trim() !== "") return request.body;
  throw new AppError("validation_failed", "asset.import_no_file");
}

/** `/applications`: the registered applications, the servers they run on, and the CSV import. */
export const applicationRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    listProblemsInRequestLanguage(app);
    // Spreadsheets export CSV under several names; all of them are read as text.
    app.addContentTypeParser(CSV_TYPES, { parseAs: "string" }, (_request, body, done) => done(null, body));
    if (!app.hasContentTypeParser("multipart/form-data")) {
      await app.register(multipart, { limits: { fileSize: deps.config.bodyLimitBytes, files: 1, fields: 5 } });
    }

    app.get(
      "/",
      {
        preValidation: assetReaders,
        schema: {
          operationId: "listApplications",
          tags,
          summary: "List applications (partners: their own)",
          querystring: listApplicationsQuery,
          response: { 200: applicationPage },
        },
      },
      async (request) => {
        const { owner, developer, server, ...rest } = request.query;
        const { items, total } = await listApplications(queryContext(deps, request.actor), {
          ...rest,
          ownerOrgId: owner,
          developerOrgId: developer,
          serverId: server,
        });
        return {
          items: items.map((i) => presentApplication(i, request.actor)),
          total,
          page: rest.page,
          pageSize: rest.pageSize,
        };
      },
    );

    app.post(
      "/",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "createApplication",
          tags,
          summary: "Register an application",
          body: createApplicationBody,
          response: { 201: applicationDetailSchema },
        },
      },
      async (request, reply) => {
        const { ownerOrganisationId, developerOrganisationId, ...rest } = request.body;
        const row = await runCommand(deps, commandMeta(request), (ctx) =>
          createApplication(ctx, { ...rest, ownerOrgId: ownerOrganisationId, developerOrgId: developerOrganisationId }),
        );
        const detail = await getApplication(queryContext(deps, request.actor), { applicationId: row.id });
        return reply.status(201).send(presentApplicationDetail(detail, request.actor));
      },
    );

    app.post(
      "/import",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "importApplications",
          tags,
          summary: "Import applications and servers from CSV (all or nothing)",
          description:
            "Send the file as a `text/csv` body or as a `multipart/form-data` file. Columns are described in docs/assets.md. " +
            "Nothing is written when any row has a problem; the 400 answer lists each problem with its row and column.",
          consumes: ["text/csv", "multipart/form-data"],
          response: { 200: importSummarySchema },
        },
      },
      async (request) => {
        const csv = await csvOf(request);
        return runCommand(deps, commandMeta(request), (ctx) => importAssets(ctx, { csv }));
      },
    );

    app.get(
      "/:id",
      {
        preValidation: assetReaders,
        schema: {
          operationId: "getApplication",
          tags,
          summary: "One application with its URLs, servers, co-tenants at risk and open incidents",
          params: idParams,
          response: { 200: applicationDetailSchema },
        },
      },
      async (request) =>
        presentApplicationDetail(
          await getApplication(queryContext(deps, request.actor), { applicationId: request.params.id }),
          request.actor,
        ),
    );

    app.patch(
      "/:id",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "updateApplication",
          tags,
          summary: "Change an application (urls replaces the list; retired retires it)",
          params: idParams,
          body: updateApplicationBody,
          response: { 200: applicationDetailSchema },
        },
      },
      async (request) => {
        const { ownerOrganisationId, developerOrganisationId, ...rest } = request.body;
        await runCommand(deps, commandMeta(request), (ctx) =>
          updateApplication(ctx, {
            ...rest,
            applicationId: request.params.id,
            ownerOrgId: ownerOrganisationId,
            developerOrgId: developerOrganisationId,
          }),
        );
        return presentApplicationDetail(
          await getApplication(queryContext(deps, request.actor), { applicationId: request.params.id }),
          request.actor,
        );
      },
    );

    app.delete(
      "/:id",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "deleteApplication",
          tags,
          summary: "Delete an application (409 when incidents or reports refer to it: retire it instead)",
          params: idParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) =>
          deleteApplication(ctx, { applicationId: request.params.id }),
        );
        return reply.status(204).send(null);
      },
    );

    app.put(
      "/:id/servers/:serverId",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "linkApplicationServer",
          tags,
          summary: "Record that the application runs on the server (idempotent)",
          params: applicationServerParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) =>
          linkApplicationServer(ctx, { applicationId: request.params.id, serverId: request.params.serverId }),
        );
        return reply.status(204).send(null);
      },
    );

    app.delete(
      "/:id/servers/:serverId",
      {
        preValidation: assetManagers,
        schema: {
          operationId: "unlinkApplicationServer",
          tags,
          summary: "Record that the application no longer runs on the server",
          params: applicationServerParams,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await runCommand(deps, commandMeta(request), (ctx) =>
          unlinkApplicationServer(ctx, { applicationId: request.params.id, serverId: request.params.serverId }),
        );
        return reply.status(204).send(null);
      },
    );
  };
