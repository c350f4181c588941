import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { runCommand } from "../../../commands/context.ts";
import {
  linkReplyStep,
  listPartnerReplyEvidence,
  partnerReplyStep,
  uploadLinkReplyEvidence,
  uploadPartnerReplyEvidence,
} from "../../../commands/evidence/reply-evidence.ts";
import type { Attachment } from "../../../db/schema.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import { attachmentStoreFor } from "../../../storage/attachment-store.ts";
import type { AppDeps } from "../../deps.ts";
import { commandMeta, signedIn } from "../../plugins/auth.ts";
import { describeMultipart } from "../../schemas/openapi-docs.ts";
import { stepParams } from "../incidents/schema.ts";
import { ensureMultipart, readMultipart } from "../reports/multipart.ts";

const tags = ["partner"];
const tokenParams = z.strictObject({ token: z.string().min(1).max(200) });

/** Fields of a partner's reply-evidence upload: only files. */
export const REPLY_EVIDENCE_MULTIPART = { textFields: [], fileFields: { files: "reply_evidence" } } as const;

const UPLOAD_DESCRIPTION = describeMultipart(REPLY_EVIDENCE_MULTIPART, {
  files: "the files backing the reply (screenshots, logs, patches), within the team's intake limits",
});

/** A partner's own reply-evidence file: what they may see of it (no download, no other evidence). */
export const ownEvidenceSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
/** A list of a partner's own reply-evidence files. */
export const ownEvidenceListSchema = z.object({ items: z.array(ownEvidenceSchema) });

/** Attachment row → what its partner uploader sees. */
export function presentOwnEvidence(row: Attachment): z.infer<typeof ownEvidenceSchema> {
  return {
    id: row.id,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
  };
}

/**
 * Reply evidence: `POST /incidents/{id}/steps/{stepCode}/evidence` for the signed-in partner whose
 * organisation owns the active step (and `GET` for the files they uploaded), and
 * `POST /partner/links/{token}/evidence` for a link holder while the link's step is active.
 */
export const replyEvidenceRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await ensureMultipart(app);
    const store = attachmentStoreFor(deps.config.dataDir);

    app.get(
      "/incidents/:id/steps/:stepCode/evidence",
      {
        preValidation: signedIn(),
        schema: {
          operationId: "listOwnReplyEvidence",
          tags,
          summary: "The files the signed-in partner uploaded with their reply to this incident",
          params: stepParams,
          response: { 200: ownEvidenceListSchema },
        },
      },
      async (request) => {
        const team = await readTeamContext(deps.database.db);
        const input = { incidentId: request.params.id, stepCode: request.params.stepCode };
        const rows = await runCommand(deps, commandMeta(request), (ctx) => listPartnerReplyEvidence(ctx, team, input));
        return { items: rows.map(presentOwnEvidence) };
      },
    );

    app.post(
      "/incidents/:id/steps/:stepCode/evidence",
      {
        preValidation: signedIn(),
        config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
        schema: {
          operationId: "uploadReplyEvidence",
          tags,
          summary: "Attach files to the partner's active step (multipart: `files`)",
          description: UPLOAD_DESCRIPTION,
          consumes: ["multipart/form-data"],
          params: stepParams,
          response: { 201: ownEvidenceListSchema },
        },
      },
      async (request, reply) => {
        const team = await readTeamContext(deps.database.db);
        const input = { incidentId: request.params.id, stepCode: request.params.stepCode };
        // 404/409 before any file is streamed into the store.
        await runCommand(deps, commandMeta(request), (ctx) => partnerReplyStep(ctx, team, input));
        const { files } = await readMultipart(request, store, team.settings.intake, REPLY_EVIDENCE_MULTIPART);
        const added = await runCommand(deps, commandMeta(request), (ctx) =>
          uploadPartnerReplyEvidence(ctx, team, input, files),
        );
        return reply.status(201).send({ items: added.map(presentOwnEvidence) });
      },
    );

    app.post(
      "/partner/links/:token/evidence",
      {
        config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
        schema: {
          operationId: "uploadReplyEvidenceByAccessLink",
          tags,
          summary: "Attach files to the link's step, only while it is active (multipart: `files`)",
          description: UPLOAD_DESCRIPTION,
          consumes: ["multipart/form-data"],
          params: tokenParams,
          response: { 201: ownEvidenceListSchema },
        },
      },
      async (request, reply) => {
        const team = await readTeamContext(deps.database.db);
        const token = request.params.token;
        await runCommand(deps, commandMeta(request), (ctx) => linkReplyStep(ctx, team, token));
        const { files } = await readMultipart(request, store, team.settings.intake, REPLY_EVIDENCE_MULTIPART);
        const added = await runCommand(deps, commandMeta(request), (ctx) =>
          uploadLinkReplyEvidence(ctx, team, token, files),
        );
        return reply.status(201).send({ items: added.map(presentOwnEvidence) });
      },
    );
  };
