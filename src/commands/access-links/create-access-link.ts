import { conflict, invalid } from "../../core/errors.ts";
import type { OrganisationKindName } from "../../core/organisation-kinds.ts";
import type { PartyRole } from "../../core/workflow/catalogue.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { requireStep } from "../incidents/complete-step.ts";
import { loadIncidentFor } from "../incidents/incident-access.ts";
import { requireOrganisation } from "../incidents/workflow-lookups.ts";
import { enqueueOutbox } from "../outbox.ts";
import { accessLinkHash, accessLinkUrl, newAccessLinkToken } from "./link-token.ts";

/** A link lasts at most this long (30 days). */
export const MAX_LINK_HOURS = 720;

export interface CreateAccessLinkInput {
  incidentId: number;
  stepCode: string;
  partyRole: PartyRole;
  organisationId?: number | null;
  /** Where the link is sent; default the organisation's address. */
  email?: string | null;
  expiresInHours: number;
  /** The public address of Sigap, for the link in the e-mail. */
  baseUrl: string;
}

export interface CreatedAccessLink {
  id: number;
  /** The secret: shown once, stored only as its SHA-256. */
  token: string;
  url: string;
  expiresAt: string;
  /** Where the e-mail with the link goes; null when there is no address (hand the link over yourself). */
  sentTo: string | null;
}

const KIND_OF_PARTY: Record<PartyRole, OrganisationKindName> = {
  agency: "agency",
  developer: "vendor",
  upstream: "upstream",
};

/**
 * Issues a single-purpose signed link for an outside party without an account: one incident, one
 * step of that party's, until it expires or is revoked. The token is returned once and e-mailed to
 * the party (outbox); only its hash is stored. By an analyst or the lead; audited without the token.
 */
export async function createAccessLink(
  ctx: CommandContext,
  team: TeamContext,
  input: CreateAccessLinkInput,
): Promise<CreatedAccessLink> {
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.access_link");
  if (incident.status === "closed") throw conflict("workflow.incident_closed");
  const step = requireStep(team, input.stepCode);
  if (!step.ownerRoles.includes(input.partyRole)) {
    throw invalid("access_link.party_mismatch", { step: step.code, role: input.partyRole }, [{ path: "partyRole" }]);
  }
  if (!Number.isInteger(input.expiresInHours) || input.expiresInHours < 1 || input.expiresInHours > MAX_LINK_HOURS) {
    throw invalid("error.validation_failed", {}, [{ path: "expiresInHours" }]);
  }
  const org = input.organisationId
    ? await requireOrganisation(ctx, input.organisationId, [KIND_OF_PARTY[input.partyRole]], "organisationId")
    : null;
  const email = input.email?.trim() || org?.email || null;
  const token = newAccessLinkToken();
  const expiresAt = new Date(ctx.now.getTime() + input.expiresInHours * 3_600_000).toISOString();
  const row = await ctx.db
    .insertInto("access_links")
    .values({
      token_hash: accessLinkHash(token),
      incident_id: incident.id,
      step_code: step.code,
      party_role: input.partyRole,
      organisation_id: org?.id ?? null,
      email,
      expires_at: expiresAt,
      created_by_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
      created_at: ctx.now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const url = accessLinkUrl(input.baseUrl, token);
  await appendAudit(ctx, {
    action: "access_link.created",
    entityType: "incident",
    entityId: incident.id,
    detail: {
      linkId: row.id,
      step: step.code,
      partyRole: input.partyRole,
      organisationId: org?.id ?? null,
      email,
      expiresAt,
    },
  });
  if (email) {
    await enqueueOutbox(ctx, {
      channel: "email",
      topic: "access_link.issued",
      recipient: email,
      payload: {
        url,
        incidentCode: incident.code,
        title: incident.title,
        step: step.code,
        stepName: step.name,
        expiresAt,
      },
      dedupeKey: `access-link:${row.id}`,
    });
  }
  return { id: row.id, token, url, expiresAt, sentTo: email };
}
