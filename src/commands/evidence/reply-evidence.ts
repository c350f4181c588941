import { invalid, notFound } from "../../core/errors.ts";
import { stepAuthority } from "../../core/policies/incident.ts";
import { isPartner } from "../../core/policies/scope.ts";
import { assertAttachmentCount } from "../../core/reports/attachments.ts";
import type { SopStep } from "../../core/sop/definition.ts";
import type { Attachment, Incident } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { openAccessLink, linkActor, type AccessLink } from "../access-links/use-access-link.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadVisibleIncident } from "../incidents/incident-access.ts";
import { requireActiveRun, requireStep } from "../incidents/complete-step.ts";
import { recordAttachments, verifyAttachments, type IncomingAttachment } from "./record-attachments.ts";

/** The attachment kind of files a partner hands over with their step's reply. */
export const REPLY_EVIDENCE_KIND = "reply_evidence";

/** Who uploaded a partner's reply evidence: the signed-in user, or the link (`link:<id>`). */
export type ReplyUploader = { userId: number } | { linkId: number };

const uploaderLabel = (link: Pick<AccessLink, "id">) => `link:${link.id}`;

/**
 * The incident and step a signed-in partner adds reply evidence to. Only a partner whose role owns
 * the step sees it (404 otherwise, like any invisible resource); the step must be the active one
 * (409), and its run must belong to the partner's organisation (404 for any other organisation).
 */
export async function partnerReplyStep(
  ctx: CommandContext,
  team: TeamContext,
  input: { incidentId: number; stepCode: string },
): Promise<{ incident: Incident; step: SopStep }> {
  const actor = ctx.actor;
  if (actor.type !== "user" || !isPartner(actor)) throw notFound("incident");
  const incident = await loadVisibleIncident(ctx, input.incidentId);
  const step = requireStep(team, input.stepCode);
  if (!step.ownerRoles.includes(actor.role)) throw notFound("incident");
  const run = await requireActiveRun(ctx, incident, step);
  if (stepAuthority(actor, { ownerRoles: step.ownerRoles, ownerOrgId: run.owner_org_id }) !== "allow") {
    throw notFound("incident");
  }
  return { incident, step };
}

/** A link's incident and step, if the step is the incident's active one now (409 otherwise). */
export async function linkReplyStep(
  ctx: CommandContext,
  team: TeamContext,
  token: string,
): Promise<{ link: AccessLink; incident: Incident; step: SopStep }> {
  const { link } = await openAccessLink(ctx, token);
  const linkCtx: CommandContext = { ...ctx, actor: linkActor(link) };
  const incident = await loadVisibleIncident(linkCtx, link.incident_id);
  const step = requireStep(team, link.step_code);
  await requireActiveRun(linkCtx, incident, step);
  return { link, incident, step };
}

async function storeReplyEvidence(
  ctx: CommandContext,
  team: TeamContext,
  target: { incident: Incident; step: SopStep; label: string },
  files: readonly IncomingAttachment[],
): Promise<Attachment[]> {
  if (files.length === 0)
    throw invalid("error.validation_failed", {}, [
      { in: "body", path: "files", message: "at least one file is required" },
    ]);
  const limits = team.settings.intake;
  assertAttachmentCount(files.length, limits);
  const verified = verifyAttachments(
    files.map((f) => ({ ...f, kind: REPLY_EVIDENCE_KIND })),
    limits,
  );
  const attachments = await recordAttachments(ctx, verified, {
    reportId: null,
    incidentId: target.incident.id,
    tlp: target.incident.tlp,
    uploadedByLabel: target.label,
    note: `reply evidence for step ${target.step.code} of incident ${target.incident.code}`,
  });
  await appendAudit(ctx, {
    action: "evidence.received",
    entityType: "incident",
    entityId: target.incident.id,
    detail: {
      step: target.step.code,
      attachments: attachments.map((a) => ({ id: a.id, sha256: a.sha256, kind: a.kind })),
    },
  });
  return attachments;
}

/**
 * A signed-in partner attaches files to their organisation's active step (the developer's reply,
 * step 9, or any other step their role owns): checked against the team's intake limits and media
 * types, stored as `reply_evidence` with the incident's TLP, a `received` custody event and an audit event.
 */
export async function uploadPartnerReplyEvidence(
  ctx: CommandContext,
  team: TeamContext,
  input: { incidentId: number; stepCode: string },
  files: readonly IncomingAttachment[],
): Promise<Attachment[]> {
  const { incident, step } = await partnerReplyStep(ctx, team, input);
  const label = ctx.actor.type === "user" ? ctx.actor.username : "system";
  return storeReplyEvidence(ctx, team, { incident, step, label }, files);
}

/** A link holder attaches files to the link's step, only while it is active; audited as the link. */
export async function uploadLinkReplyEvidence(
  ctx: CommandContext,
  team: TeamContext,
  token: string,
  files: readonly IncomingAttachment[],
): Promise<Attachment[]> {
  const { link, incident, step } = await linkReplyStep(ctx, team, token);
  const linkCtx: CommandContext = { ...ctx, actor: linkActor(link) };
  return storeReplyEvidence(linkCtx, team, { incident, step, label: uploaderLabel(link) }, files);
}

/**
 * The reply evidence one uploader handed over for an incident, oldest first — a partner sees only
 * their own files, never the CSIRT's evidence.
 */
export async function listOwnReplyEvidence(
  ctx: Pick<CommandContext, "db">,
  incidentId: number,
  uploader: ReplyUploader,
): Promise<Attachment[]> {
  let query = ctx.db
    .selectFrom("attachments")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .where("kind", "=", REPLY_EVIDENCE_KIND);
  query =
    "userId" in uploader
      ? query.where("uploaded_by_user_id", "=", uploader.userId)
      : query
          .where("uploaded_by_label", "=", uploaderLabel({ id: uploader.linkId }))
          .where("uploaded_by_user_id", "is", null);
  return query.orderBy("id", "asc").execute();
}

/** The files a signed-in partner uploaded for an incident they own a step of (404 otherwise). */
export async function listPartnerReplyEvidence(
  ctx: CommandContext,
  team: TeamContext,
  input: { incidentId: number; stepCode: string },
): Promise<Attachment[]> {
  const actor = ctx.actor;
  if (actor.type !== "user" || !isPartner(actor)) throw notFound("incident");
  const incident = await loadVisibleIncident(ctx, input.incidentId);
  const step = requireStep(team, input.stepCode);
  if (!step.ownerRoles.includes(actor.role)) throw notFound("incident");
  return listOwnReplyEvidence(ctx, incident.id, { userId: actor.id });
}
