import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { runCommand } from "../../../commands/context.ts";
import { addReporterEvidence } from "../../../commands/reports/add-reporter-evidence.ts";
import { addReporterMessage } from "../../../commands/reports/add-reporter-message.ts";
import { getPublicReport } from "../../../commands/reports/get-public-report.ts";
import { submitReport } from "../../../commands/reports/submit-report.ts";
import { findTrackedReport } from "../../../commands/reports/tracking.ts";
import { publicActor } from "../../../core/actor.ts";
import { PUBLIC_REPORT_RATE_LIMIT, PUBLIC_TRACKING_RATE_LIMIT } from "../../../core/reports/limits.ts";
import { publicReportSchema as publicReportInput } from "../../../core/reports/schema.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import { attachmentStoreFor } from "../../../storage/attachment-store.ts";
import type { AppDeps } from "../../deps.ts";
import { requestLang } from "../../errors.ts";
import {
  presentPublicFile,
  presentPublicReport,
  publicEvidenceCreatedSchema,
  publicMessageCreatedSchema,
  publicReportCreatedSchema,
  publicReportSchema,
} from "../../presenters/report-public.ts";
import { ensureMultipart, readMultipart, readReportBody } from "../reports/multipart.ts";
import {
  ADD_PUBLIC_EVIDENCE_DESCRIPTION,
  codeParams,
  PUBLIC_EVIDENCE_MULTIPART,
  PUBLIC_REPORT_MULTIPART,
  reporterMessageBody,
  SUBMIT_PUBLIC_REPORT_DESCRIPTION,
  tokenQuery,
} from "./schema.ts";

const tags = ["public"];
const trackingLimit = { max: PUBLIC_TRACKING_RATE_LIMIT.max, timeWindow: PUBLIC_TRACKING_RATE_LIMIT.timeWindowMs };

/**
 * `/public`: the reporter's side, without an account. Everything here acts as the anonymous
 * public, whatever session the browser may also hold, and answers only through the public
 * presenters. Rate-limited per client address.
 */
export const publicReportRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await ensureMultipart(app);
    const store = attachmentStoreFor(deps.config.dataDir);
    const meta = (requestId: string) => ({ actor: publicActor, requestId });
    // The per-address limit is a server setting (SIGAP_PUBLIC_REPORTS_PER_HOUR), default 20.
    const submitLimit = { max: deps.config.publicReportsPerHour, timeWindow: PUBLIC_REPORT_RATE_LIMIT.timeWindowMs };

    app.post(
      "/reports",
      {
        config: { rateLimit: submitLimit },
        schema: {
          operationId: "submitPublicReport",
          tags,
          summary:
            "File a report (JSON, or multipart: a `report` field with the JSON, files in `files` and `identity`)",
          description: SUBMIT_PUBLIC_REPORT_DESCRIPTION,
          consumes: ["application/json", "multipart/form-data"],
          // The multipart parser leaves the body null; the JSON body is validated here.
          body: publicReportInput.nullish(),
          response: { 201: publicReportCreatedSchema },
        },
      },
      async (request, reply) => {
        const team = await readTeamContext(deps.database.db);
        const { input, files } = await readReportBody(
          request,
          request.body,
          store,
          team.settings.intake,
          publicReportInput,
          PUBLIC_REPORT_MULTIPART,
        );
        const language = input.language ?? requestLang(request);
        const result = await runCommand(deps, meta(request.id), (ctx) =>
          submitReport(ctx, team, { ...input, channel: "web", language }, files, { publicUrl: deps.config.publicUrl }),
        );
        return reply
          .status(201)
          .send({ code: result.report.code, token: result.token, trackingUrl: result.trackingUrl });
      },
    );

    app.get(
      "/reports/:code",
      {
        config: { rateLimit: trackingLimit },
        schema: {
          operationId: "getPublicReport",
          tags,
          summary: "Status, public timeline and messages of a report (404 for an unknown code or a wrong token alike)",
          params: codeParams,
          querystring: tokenQuery,
          response: { 200: publicReportSchema },
        },
      },
      async (request) => {
        const team = await readTeamContext(deps.database.db);
        const view = await getPublicReport(deps.database, team, {
          code: request.params.code,
          token: request.query.token,
        });
        return presentPublicReport(view);
      },
    );

    app.post(
      "/reports/:code/messages",
      {
        config: { rateLimit: trackingLimit },
        schema: {
          operationId: "addPublicReportMessage",
          tags,
          summary: "The reporter answers a question or adds information",
          params: codeParams,
          querystring: tokenQuery,
          body: reporterMessageBody,
          response: { 201: publicMessageCreatedSchema },
        },
      },
      async (request, reply) => {
        const input = { code: request.params.code, token: request.query.token, body: request.body.body };
        return reply
          .status(201)
          .send(await runCommand(deps, meta(request.id), (ctx) => addReporterMessage(ctx, input)));
      },
    );

    app.post(
      "/reports/:code/evidence",
      {
        config: { rateLimit: trackingLimit },
        schema: {
          operationId: "addPublicReportEvidence",
          tags,
          summary: "The reporter adds files (multipart, field `files`)",
          description: ADD_PUBLIC_EVIDENCE_DESCRIPTION,
          consumes: ["multipart/form-data"],
          params: codeParams,
          querystring: tokenQuery,
          response: { 201: publicEvidenceCreatedSchema },
        },
      },
      async (request, reply) => {
        const key = { code: request.params.code, token: request.query.token };
        // Nobody without the secret gets to put bytes in the store.
        await findTrackedReport(deps.database, key.code, key.token);
        const team = await readTeamContext(deps.database.db);
        const { files } = await readMultipart(request, store, team.settings.intake, PUBLIC_EVIDENCE_MULTIPART);
        const added = await runCommand(deps, meta(request.id), (ctx) => addReporterEvidence(ctx, team, key, files));
        return reply.status(201).send({ files: added.map(presentPublicFile) });
      },
    );
  };
