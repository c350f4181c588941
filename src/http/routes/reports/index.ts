import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { addStaffMessage } from "../../../commands/reports/add-staff-message.ts";
import { getReport } from "../../../commands/reports/get-report.ts";
import { listReports } from "../../../commands/reports/list-reports.ts";
import { mergeReport } from "../../../commands/reports/merge-report.ts";
import { submitReport } from "../../../commands/reports/submit-report.ts";
import { assertReportWork } from "../../../core/reports/access.ts";
import { staffReportSchema } from "../../../core/reports/schema.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import { attachmentStoreFor } from "../../../storage/attachment-store.ts";
import type { AppDeps } from "../../deps.ts";
import { requestLang } from "../../errors.ts";
import { commandMeta, signedIn } from "../../plugins/auth.ts";
import { presentReportDetail, reportDetailSchema } from "../../presenters/report.ts";
import { presentReportListItem, reportPageSchema } from "../../presenters/report-list.ts";
import { idParams } from "../../schemas/common.ts";
import { ensureMultipart, readReportBody } from "./multipart.ts";
import {
  CREATE_REPORT_DESCRIPTION,
  listReportsQuery,
  mergeBody,
  mergeResultSchema,
  messageCreatedSchema,
  reportCreatedSchema,
  STAFF_REPORT_MULTIPART,
  staffMessageBody,
} from "./schema.ts";

const tags = ["reports"];

/**
 * `/reports`: reports for the team. Staff record letters and phone calls, API clients submit;
 * only the internal roles see reports (partners get 404), leadership reads.
 */
export const reportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await ensureMultipart(app);
    const store = attachmentStoreFor(deps.config.dataDir);

    app.post(
      "/",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "createReport",
          tags,
          summary:
            "Record a report (letter, phone, API): JSON, or multipart with `report` and files in `files`, `identity`, `letterScan`",
          description: CREATE_REPORT_DESCRIPTION,
          consumes: ["application/json", "multipart/form-data"],
          // The multipart parser leaves the body null; the JSON body is validated here.
          body: staffReportSchema.nullish(),
          response: { 201: reportCreatedSchema },
        },
      },
      async (request, reply) => {
        // Before any file is streamed into the store.
        if (request.isMultipart()) assertReportWork(request.actor, "record");
        const team = await readTeamContext(deps.database.db);
        const { input, files } = await readReportBody(
          request,
          request.body,
          store,
          team.settings.intake,
          staffReportSchema,
          STAFF_REPORT_MULTIPART,
        );
        const result = await runCommand(deps, commandMeta(request), (ctx) =>
          submitReport(ctx, team, { ...input, language: input.language ?? requestLang(request) }, files, {
            publicUrl: deps.config.publicUrl,
          }),
        );
        const { report, incident, token, trackingUrl, warnings } = result;
        return reply
          .status(201)
          .send({ id: report.id, code: report.code, incidentId: incident.id, token, trackingUrl, warnings });
      },
    );

    app.get(
      "/",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "listReports",
          tags,
          summary: "Reports, newest first (keyset pages: pass `nextCursor` as `cursor`)",
          querystring: listReportsQuery,
          response: { 200: reportPageSchema },
        },
      },
      async (request) => {
        const team = await readTeamContext(deps.database.db);
        const page = await listReports(queryContext(deps, request.actor), team, request.query);
        return {
          items: page.items.map((item) => presentReportListItem(item, request.actor)),
          nextCursor: page.nextCursor,
        };
      },
    );

    app.get(
      "/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "getReport",
          tags,
          summary: "One report with its files and messages",
          params: idParams,
          response: { 200: reportDetailSchema },
        },
      },
      async (request) =>
        presentReportDetail(
          await getReport(queryContext(deps, request.actor), { reportId: request.params.id }),
          request.actor,
        ),
    );

    app.post(
      "/:id/messages",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "addReportMessage",
          tags,
          summary: "A question or message to the reporter (public, e-mailed), or an internal note",
          params: idParams,
          body: staffMessageBody,
          response: { 201: messageCreatedSchema },
        },
      },
      async (request, reply) => {
        const input = { reportId: request.params.id, ...request.body };
        return reply
          .status(201)
          .send(await runCommand(deps, commandMeta(request), (ctx) => addStaffMessage(ctx, input)));
      },
    );

    app.post(
      "/:id/merge",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "mergeReport",
          tags,
          summary:
            "Merge a duplicate report into another open incident (while its case is at forwarding or verification)",
          params: idParams,
          body: mergeBody,
          response: { 200: mergeResultSchema },
        },
      },
      async (request) => {
        const input = { reportId: request.params.id, incidentId: request.body.incidentId };
        const result = await runCommand(deps, commandMeta(request), (ctx) => mergeReport(ctx, input));
        return { reportId: result.report.id, incidentId: result.target.id, closedIncidentId: result.closed.id };
      },
    );
  };
