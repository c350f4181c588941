import { actorLabel } from "../../core/actor.ts";
import { conflict } from "../../core/errors.ts";
import type { OrganisationKindName } from "../../core/organisation-kinds.ts";
import type { EscalationTarget, HandoffChannel } from "../../core/workflow/catalogue.ts";
import type { Incident } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentFor } from "./incident-access.ts";
import { requireOrganisation } from "./workflow-lookups.ts";

/** An escalation with its hand-off: to whom, why, when, by which channel, under which reference. */
export interface EscalationInput {
  target: EscalationTarget;
  targetOrganisationId?: number;
  reason: string;
  /** UTC ISO instant; default now. */
  handedOffAt?: string;
  channel: HandoffChannel;
  reference?: string;
}

const KIND_OF_TARGET: Record<EscalationTarget, OrganisationKindName> = {
  vendor: "vendor",
  prov_csirt: "upstream",
  bssn: "upstream",
};

/**
 * Writes an escalation row and its audit event. A vendor escalation without an organisation goes
 * to the incident's developer. The target organisation's partners see the incident from now on.
 */
export async function insertEscalation(
  ctx: CommandContext,
  incident: Pick<Incident, "id" | "developer_org_id" | "current_step">,
  stepNumber: number,
  input: EscalationInput,
  path = "targetOrganisationId",
): Promise<number> {
  let targetOrgId = input.targetOrganisationId ?? null;
  if (targetOrgId === null && input.target === "vendor") targetOrgId = incident.developer_org_id;
  if (targetOrgId !== null) await requireOrganisation(ctx, targetOrgId, [KIND_OF_TARGET[input.target]], path);
  const row = await ctx.db
    .insertInto("escalations")
    .values({
      incident_id: incident.id,
      step_number: stepNumber,
      target: input.target,
      target_org_id: targetOrgId,
      reason: input.reason,
      channel: input.channel,
      reference: input.reference ?? null,
      handed_off_at: input.handedOffAt ?? ctx.now.toISOString(),
      created_by_label: actorLabel(ctx.actor),
      created_at: ctx.now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "incident.escalated",
    entityType: "incident",
    entityId: incident.id,
    detail: {
      escalationId: row.id,
      step: stepNumber,
      target: input.target,
      targetOrganisationId: targetOrgId,
      channel: input.channel,
      reference: input.reference ?? null,
      handedOffAt: input.handedOffAt ?? ctx.now.toISOString(),
    },
  });
  return row.id;
}

/** Records an escalation outside a step's output (e.g. a later hand-off to BSSN), by an analyst or the lead. */
export async function recordEscalation(
  ctx: CommandContext,
  input: EscalationInput & { incidentId: number },
): Promise<{ id: number }> {
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.escalate", { lock: true });
  if (incident.status === "closed") throw conflict("workflow.incident_closed");
  const id = await insertEscalation(ctx, incident, incident.current_step ?? 0, input);
  return { id };
}
