import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { runCommand } from "../../../commands/context.ts";
import { getEvidence, recordEvidenceDownload } from "../../../commands/evidence/get-evidence.ts";
import { loadIncidentForEvidence } from "../../../commands/evidence/incident-access.ts";
import { listIncidentEvidence } from "../../../commands/evidence/list-incident-evidence.ts";
import { uploadIncidentEvidence } from "../../../commands/evidence/upload-incident-evidence.ts";
import { queryContext } from "../../../commands/query-context.ts";
import { AppError, invalid } from "../../../core/errors.ts";
import { isTlpLevel } from "../../../core/taxonomy/tlp.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import { attachmentStoreFor } from "../../../storage/attachment-store.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, signedIn } from "../../plugins/auth.ts";
import { presentAttachment } from "../../presenters/report-attachment.ts";
import { idParams } from "../../schemas/common.ts";
import { ensureMultipart, readMultipart } from "../reports/multipart.ts";
import {
  attachmentDisposition,
  evidenceCreatedSchema,
  evidenceDetailSchema,
  INCIDENT_EVIDENCE_MULTIPART,
  UPLOAD_EVIDENCE_DESCRIPTION,
} from "./schema.ts";

const tags = ["evidence"];

/**
 * Evidence: `/evidence/{id}` (metadata and chain of custody), its download (recorded in the
 * chain), and `/incidents/{id}/evidence` to list an incident's files and for staff uploads.
 * Internal roles only.
 */
export const evidenceRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await ensureMultipart(app);
    const store = attachmentStoreFor(deps.config.dataDir);

    app.get(
      "/evidence/:id",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "getEvidence",
          tags,
          summary: "An evidence item and its chain of custody",
          params: idParams,
          response: { 200: evidenceDetailSchema },
        },
      },
      async (request) => {
        const detail = await getEvidence(queryContext(deps, request.actor), { attachmentId: request.params.id });
        return { evidence: presentAttachment(detail.attachment), custody: detail.custody };
      },
    );

    app.get(
      "/evidence/:id/download",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "downloadEvidence",
          tags,
          summary: "The file, as an attachment (the download is recorded in the chain of custody)",
          params: idParams,
          response: { 200: z.unknown().describe("The file's bytes") },
        },
      },
      async (request, reply) => {
        const { attachment } = await getEvidence(queryContext(deps, request.actor), {
          attachmentId: request.params.id,
        });
        const size = await store.size(attachment.sha256);
        if (size === null) throw new AppError("internal", "attachment.missing_in_store", { requestId: request.id });
        await runCommand(deps, commandMeta(request), (ctx) =>
          recordEvidenceDownload(ctx, { attachmentId: attachment.id }),
        );
        return reply
          .header("content-type", attachment.media_type)
          .header("content-length", size)
          .header("content-disposition", attachmentDisposition(attachment.filename))
          .header("x-content-type-options", "nosniff")
          .header("cache-control", "private, no-store")
          .send(store.open(attachment.sha256));
      },
    );

    app.get(
      "/incidents/:id/evidence",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "listIncidentEvidence",
          tags,
          summary: "An incident's evidence: files uploaded to it and those of its merged reports",
          params: idParams,
          response: { 200: evidenceCreatedSchema },
        },
      },
      async (request) => {
        const rows = await listIncidentEvidence(queryContext(deps, request.actor), request.params.id);
        return { items: rows.map(presentAttachment) };
      },
    );

    app.post(
      "/incidents/:id/evidence",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "uploadIncidentEvidence",
          tags,
          summary: "Add evidence files to an incident (multipart: `files`, optional `tlp` and `note`)",
          description: UPLOAD_EVIDENCE_DESCRIPTION,
          consumes: ["multipart/form-data"],
          params: idParams,
          response: { 201: evidenceCreatedSchema },
        },
      },
      async (request, reply) => {
        // 404/403 before any file is streamed into the store.
        await loadIncidentForEvidence(queryContext(deps, request.actor), request.params.id, "record");
        const team = await readTeamContext(deps.database.db);
        const { fields, files } = await readMultipart(
          request,
          store,
          team.settings.intake,
          INCIDENT_EVIDENCE_MULTIPART,
        );
        const tlp = typeof fields.tlp === "string" && fields.tlp !== "" ? fields.tlp : null;
        if (tlp !== null && !isTlpLevel(tlp))
          throw invalid("error.validation_failed", {}, [{ in: "body", path: "tlp", message: "not a TLP level" }]);
        const note = typeof fields.note === "string" ? fields.note : null;
        const input = { incidentId: request.params.id, tlp, note };
        const added = await runCommand(deps, commandMeta(request), (ctx) =>
          uploadIncidentEvidence(ctx, team, input, files),
        );
        return reply.status(201).send({ items: added.map(presentAttachment) });
      },
    );
  };
