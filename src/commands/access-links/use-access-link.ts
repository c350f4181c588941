import { systemActor } from "../../core/actor.ts";
import { notFound } from "../../core/errors.ts";
import type { SopStep } from "../../core/sop/definition.ts";
import type { AccessLinksTable, Incident, StepRun } from "../../db/schema.ts";
import type { Selectable } from "kysely";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadVisibleIncident } from "../incidents/incident-access.ts";
import {
  latestStepOutput,
  loadApplication,
  loadOrganisationNames,
  loadRecommendations,
} from "../incidents/incident-records.ts";
import { recordStep, requireActiveRun, requireStep, type CompleteStepResult } from "../incidents/complete-step.ts";
import { accessLinkHash, looksLikeAccessLinkToken } from "./link-token.ts";

export type AccessLink = Selectable<AccessLinksTable>;

/**
 * The link a token opens, with its incident, if it is known, unexpired and not revoked. Anything
 * else is the same 404, so a guessed or old token learns nothing.
 */
export async function resolveAccessLink(
  ctx: Pick<CommandContext, "db" | "now">,
  token: string,
): Promise<{ link: AccessLink; incident: Incident }> {
  if (!looksLikeAccessLinkToken(token)) throw notFound("access_link");
  const link = await ctx.db
    .selectFrom("access_links")
    .selectAll()
    .where("token_hash", "=", accessLinkHash(token))
    .executeTakeFirst();
  if (!link || link.revoked_at !== null || new Date(link.expires_at) <= ctx.now) throw notFound("access_link");
  const incident = await ctx.db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", link.incident_id)
    .executeTakeFirstOrThrow();
  return { link, incident };
}

/** The link holder as the audit trail names them: `link:<id>` (a system actor acting for the link). */
export const linkActor = (link: Pick<AccessLink, "id">) => systemActor(`link:${link.id}`);

/** Opens a link: records when it was last used. */
export async function openAccessLink(
  ctx: CommandContext,
  token: string,
): Promise<{ link: AccessLink; incident: Incident }> {
  const resolved = await resolveAccessLink(ctx, token);
  await ctx.db
    .updateTable("access_links")
    .set({ last_used_at: ctx.now.toISOString() })
    .where("id", "=", resolved.link.id)
    .execute();
  return resolved;
}

/**
 * Completes the link's step with the party's output — only while that step is the incident's
 * active one (409 otherwise). Everything it writes is audited as the link (`link:<id>`).
 */
export async function completeStepByLink(
  ctx: CommandContext,
  team: TeamContext,
  input: { token: string; output: unknown },
): Promise<CompleteStepResult> {
  const { link } = await openAccessLink(ctx, input.token);
  const linkCtx: CommandContext = { ...ctx, actor: linkActor(link) };
  const incident = await loadVisibleIncident(linkCtx, link.incident_id, { lock: true });
  const step = requireStep(team, link.step_code);
  const run = await requireActiveRun(linkCtx, incident, step);
  await appendAudit(linkCtx, {
    action: "access_link.used",
    entityType: "incident",
    entityId: incident.id,
    detail: {
      linkId: link.id,
      step: step.code,
      partyRole: link.party_role,
      organisationId: link.organisation_id,
      email: link.email,
    },
  });
  return recordStep(linkCtx, team, { incident, step, run, output: input.output, completedByLabel: `link:${link.id}` });
}

/** What a link holder may see: their step and what it needs, nothing more. */
export interface AccessLinkView {
  link: AccessLink;
  incident: Incident;
  step: SopStep;
  /** The run of the link's step: the active one, else the latest; null before the step is reached. */
  run: StepRun | null;
  /** The step is the incident's active step: the output can be sent. */
  open: boolean;
  analysis: { rootCause: string | null; impact: string | null; findings: string | null } | null;
  recommendations: Awaited<ReturnType<typeof loadRecommendations>>;
  application: { id: number; name: string } | null;
  organisationNames: Map<number, string>;
}

/** Opens a link and gathers what its step needs (analysis, recommendations, the step's dates). */
export async function accessLinkView(ctx: CommandContext, team: TeamContext, token: string): Promise<AccessLinkView> {
  const { link, incident } = await openAccessLink(ctx, token);
  const step = requireStep(team, link.step_code);
  const run = await ctx.db
    .selectFrom("step_runs")
    .selectAll()
    .where("incident_id", "=", incident.id)
    .where("step_code", "=", step.code)
    .orderBy("id", "desc")
    .executeTakeFirst();
  const analysisOutput = (await latestStepOutput(ctx.db, incident.id, "analyse")) as Record<string, unknown> | null;
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    link,
    incident,
    step,
    run: run ?? null,
    open: incident.status === "open" && run?.status === "active",
    analysis: analysisOutput
      ? {
          rootCause: text(analysisOutput.rootCause),
          impact: text(analysisOutput.impact),
          findings: text(analysisOutput.findings),
        }
      : null,
    recommendations: await loadRecommendations(ctx.db, incident.id),
    application: (await loadApplication(ctx.db, incident)) ?? null,
    organisationNames: await loadOrganisationNames(ctx.db, [
      incident.agency_org_id,
      incident.developer_org_id,
      incident.upstream_org_id,
    ]),
  };
}
