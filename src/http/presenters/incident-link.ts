import { z } from "zod";
import type { AccessLinkView } from "../../commands/access-links/use-access-link.ts";
import { localizedTextSchema } from "../../core/i18n/localized-text.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../../core/taxonomy/incident-types.ts";
import { orgRef, orgRefOf, presentRecommendation, recommendationSchema } from "./incident-parts.ts";

/**
 * What a signed link shows its holder: the incident's identity, the one step the link is for
 * (with its due time and whether it can be sent now), the analysis and the recommendations.
 */
export const linkViewSchema = z.object({
  incident: z.object({
    code: z.string(),
    title: z.string(),
    typeLabel: localizedTextSchema.nullable(),
    severity: z.string(),
    tlp: z.string(),
    status: z.enum(["open", "closed"]),
    agency: orgRef,
    developer: orgRef,
    application: z.string().nullable(),
  }),
  step: z.object({
    code: z.string(),
    name: localizedTextSchema,
    output: localizedTextSchema,
    partyRole: z.string(),
    open: z.boolean(),
    startedAt: z.string().nullable(),
    dueAt: z.string().nullable(),
    completedAt: z.string().nullable(),
  }),
  analysis: z
    .object({ rootCause: z.string().nullable(), impact: z.string().nullable(), findings: z.string().nullable() })
    .nullable(),
  recommendations: z.array(recommendationSchema),
  expiresAt: z.string(),
});

/** Link view → API shape. */
export function presentLinkView(v: AccessLinkView): z.infer<typeof linkViewSchema> {
  const i = v.incident;
  return {
    incident: {
      code: i.code,
      title: i.title,
      typeLabel: isIncidentTypeCode(i.type_code) ? INCIDENT_TYPES[i.type_code].label : null,
      severity: i.severity,
      tlp: i.tlp,
      status: i.status,
      agency: orgRefOf(i.agency_org_id, v.organisationNames),
      developer: orgRefOf(i.developer_org_id, v.organisationNames),
      application: v.application?.name ?? null,
    },
    step: {
      code: v.step.code,
      name: v.step.name,
      output: v.step.output,
      partyRole: v.link.party_role,
      open: v.open,
      startedAt: v.run?.started_at ?? null,
      dueAt: v.run?.due_at ?? null,
      completedAt: v.run?.status === "done" ? v.run.completed_at : null,
    },
    analysis: v.analysis,
    recommendations: v.recommendations.map(presentRecommendation),
    expiresAt: v.link.expires_at,
  };
}
