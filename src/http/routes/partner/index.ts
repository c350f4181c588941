import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { accessLinkView, completeStepByLink } from "../../../commands/access-links/use-access-link.ts";
import { runCommand } from "../../../commands/context.ts";
import { readTeamContext } from "../../../settings/team-settings.ts";
import type { AppDeps } from "../../deps.ts";
import { listOwnReplyEvidence } from "../../../commands/evidence/reply-evidence.ts";
import { commandMeta } from "../../plugins/auth.ts";
import { linkViewSchema, presentLinkView } from "../../presenters/incident-link.ts";
import { ownEvidenceSchema, presentOwnEvidence } from "./reply-evidence.ts";
import { presentStepCompleted, stepCompletedSchema, stepOutputField } from "../incidents/schema.ts";

const tags = ["partner"];
const tokenParams = z.strictObject({ token: z.string().min(1).max(200) });
// The same output, and the same per-step schemas in the OpenAPI description, as for signed-in users.
const linkBody = z.strictObject({ output: stepOutputField });
// The link view, with the files this link has uploaded for its step (only those).
const linkViewWithEvidence = linkViewSchema.extend({ evidence: z.array(ownEvidenceSchema) });

/**
 * `/partner/links/{token}`: an outside party without an account acts on its one step through a
 * signed link. Unknown, expired and revoked links are all the same 404. Rate-limited per client.
 */
export const partnerRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const rateLimit = { max: 60, timeWindow: "1 minute" };

    app.get(
      "/links/:token",
      {
        config: { rateLimit },
        schema: {
          operationId: "getAccessLink",
          tags,
          summary: "What the link's step needs",
          params: tokenParams,
          response: { 200: linkViewWithEvidence },
        },
      },
      async (request) => {
        const team = await readTeamContext(deps.database.db);
        const { view, evidence } = await runCommand(deps, commandMeta(request), async (ctx) => {
          const view = await accessLinkView(ctx, team, request.params.token);
          return { view, evidence: await listOwnReplyEvidence(ctx, view.incident.id, { linkId: view.link.id }) };
        });
        return { ...presentLinkView(view), evidence: evidence.map(presentOwnEvidence) };
      },
    );

    app.post(
      "/links/:token",
      {
        config: { rateLimit },
        schema: {
          operationId: "completeStepByAccessLink",
          tags,
          summary: "Send the link's step output (only while that step is active)",
          params: tokenParams,
          body: linkBody,
          response: { 200: stepCompletedSchema },
        },
      },
      async (request) => {
        const team = await readTeamContext(deps.database.db);
        const result = await runCommand(deps, commandMeta(request), (ctx) =>
          completeStepByLink(ctx, team, { token: request.params.token, output: request.body.output }),
        );
        return presentStepCompleted(result, team.sop);
      },
    );
  };
