import { z } from "zod";
import type { IncidentDetail } from "../../commands/incidents/get-incident.ts";
import { localizedTextSchema } from "../../core/i18n/localized-text.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../../core/taxonomy/incident-types.ts";
import { incidentAbilitiesSchema } from "./incident-detail.ts";
import {
  orgRef,
  orgRefOf,
  PARTNER_VISIBLE_OUTPUTS,
  partnerStepRunSchema,
  presentRecommendation,
  presentStepRun,
  recommendationSchema,
  stepRef,
  stepRefOf,
} from "./incident-parts.ts";

/**
 * An incident as an agency, developer or upstream CSIRT sees it: what their steps need — the
 * incident's identity and state, the step dates, the analysis and recommendations, the mitigation
 * in place, the escalations addressed to them. No reporter, no handling log or verification notes,
 * no staff names.
 */
export const partnerIncidentSchema = z.object({
  audience: z.literal("partner"),
  incident: z.object({
    id: z.number().int(),
    code: z.string(),
    title: z.string(),
    typeCode: z.string(),
    typeLabel: localizedTextSchema.nullable(),
    severity: z.string(),
    tlp: z.string(),
    status: z.enum(["open", "closed"]),
    outcome: z.string().nullable(),
    currentStep: stepRef,
    agency: orgRef,
    developer: orgRef,
    upstream: orgRef,
    application: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
  }),
  stepRuns: z.array(partnerStepRunSchema),
  mitigationActions: z.array(
    z.object({ id: z.number().int(), kind: z.string(), description: z.string().nullable(), status: z.string() }),
  ),
  escalations: z.array(
    z.object({
      id: z.number().int(),
      target: z.string(),
      reason: z.string(),
      channel: z.string().nullable(),
      reference: z.string().nullable(),
      handedOffAt: z.string(),
    }),
  ),
  recommendations: z.array(recommendationSchema),
  abilities: incidentAbilitiesSchema,
});

/** Detail → the partner response. */
export function presentPartnerIncident(d: IncidentDetail): z.infer<typeof partnerIncidentSchema> {
  const i = d.incident;
  return {
    audience: "partner",
    incident: {
      id: i.id,
      code: i.code,
      title: i.title,
      typeCode: i.type_code,
      typeLabel: isIncidentTypeCode(i.type_code) ? INCIDENT_TYPES[i.type_code].label : null,
      severity: i.severity,
      tlp: i.tlp,
      status: i.status,
      outcome: i.outcome,
      currentStep: i.status === "open" ? stepRefOf(d.team.sop, i.current_step) : null,
      agency: orgRefOf(i.agency_org_id, d.organisationNames),
      developer: orgRefOf(i.developer_org_id, d.organisationNames),
      upstream: orgRefOf(i.upstream_org_id, d.organisationNames),
      application: d.application,
      openedAt: i.opened_at,
      closedAt: i.closed_at,
    },
    stepRuns: d.stepRuns.map((r) =>
      presentStepRun(r, d.team.sop, d.now, (code) => PARTNER_VISIBLE_OUTPUTS.includes(code)),
    ),
    mitigationActions: d.mitigationActions.map((a) => ({
      id: a.id,
      kind: a.kind,
      description: a.description,
      status: a.status,
    })),
    escalations: d.escalations
      .filter((e) => d.viewerOrganisationId !== null && e.target_org_id === d.viewerOrganisationId)
      .map((e) => ({
        id: e.id,
        target: e.target,
        reason: e.reason,
        channel: e.channel,
        reference: e.reference,
        handedOffAt: e.handed_off_at,
      })),
    recommendations: d.recommendations.map(presentRecommendation),
    abilities: d.abilities,
  };
}
