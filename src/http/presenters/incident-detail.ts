import { z } from "zod";
import type { IncidentDetail } from "../../commands/incidents/get-incident.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../../core/taxonomy/incident-types.ts";
import { localizedTextSchema } from "../../core/i18n/localized-text.ts";
import {
  orgRef,
  orgRefOf,
  presentRecommendation,
  presentStepRun,
  recommendationSchema,
  stepRef,
  stepRefOf,
  stepRunSchema,
} from "./incident-parts.ts";

/** What the caller may do to this incident. */
export const incidentAbilitiesSchema = z.object({
  completeStep: z.boolean(),
  recordOnBehalf: z.boolean(),
  assign: z.boolean(),
  reopen: z.boolean(),
  classify: z.boolean(),
  escalate: z.boolean(),
  updateMitigation: z.boolean(),
  createAccessLink: z.boolean(),
  readAudit: z.boolean(),
});

/** The incident's own fields as staff and leadership see them. */
export const incidentSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  typeCode: z.string(),
  typeLabel: localizedTextSchema.nullable(),
  rsit: z.string().nullable(),
  severity: z.string(),
  severityOverride: z.boolean(),
  severityReason: z.string().nullable(),
  impact: z.number().int().nullable(),
  likelihood: z.number().int().nullable(),
  tlp: z.string(),
  pap: z.string().nullable(),
  status: z.enum(["open", "closed"]),
  outcome: z.string().nullable(),
  disposition: z.string().nullable(),
  closeReason: z.string().nullable(),
  currentStep: stepRef,
  agency: orgRef,
  developer: orgRef,
  upstream: orgRef,
  application: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  assignee: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  personalData: z.boolean(),
  iiv: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});

const reportSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  channel: z.string(),
  title: z.string(),
  reporterName: z.string(),
  reporterKind: z.string(),
  reporterOrg: z.string().nullable(),
  reporterEmail: z.string().nullable(),
  reporterPhone: z.string().nullable(),
  reporterConfidential: z.boolean(),
  duplicate: z.boolean(),
  receivedAt: z.string(),
});

/** A mitigation action as staff see it. */
export const mitigationActionSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  description: z.string().nullable(),
  status: z.string(),
  assigneeUserId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const escalationSchema = z.object({
  id: z.number().int(),
  stepNumber: z.number().int(),
  target: z.string(),
  targetOrganisation: orgRef,
  reason: z.string(),
  channel: z.string().nullable(),
  reference: z.string().nullable(),
  handedOffAt: z.string(),
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  createdBy: z.string(),
});

/** The whole incident record: staff (`internal`) and leadership (`leadership`, without reporters). */
export const internalIncidentSchema = z.object({
  audience: z.enum(["internal", "leadership"]),
  incident: incidentSummarySchema,
  reports: z.array(reportSchema),
  stepRuns: z.array(stepRunSchema),
  mitigationActions: z.array(mitigationActionSchema),
  handlingEntries: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      author: z.string(),
      body: z.string(),
      evidenceIds: z.array(z.number().int()),
      observableIds: z.array(z.number().int()),
    }),
  ),
  escalations: z.array(escalationSchema),
  recommendations: z.array(recommendationSchema),
  coTenantsAtRisk: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      sharedServers: z.array(z.object({ id: z.number().int(), name: z.string() })),
    }),
  ),
  abilities: incidentAbilitiesSchema,
});

/** Detail → the staff/leadership response. */
export function presentInternalIncident(d: IncidentDetail): z.infer<typeof internalIncidentSchema> {
  const i = d.incident;
  const names = new Map(d.organisationNames);
  for (const e of d.escalations)
    if (e.target_org_id !== null && e.target_org_name) names.set(e.target_org_id, e.target_org_name);
  return {
    audience: d.audience === "partner" ? "leadership" : d.audience,
    incident: {
      id: i.id,
      code: i.code,
      title: i.title,
      typeCode: i.type_code,
      typeLabel: isIncidentTypeCode(i.type_code) ? INCIDENT_TYPES[i.type_code].label : null,
      rsit: i.rsit,
      severity: i.severity,
      severityOverride: i.severity_override === 1,
      severityReason: i.severity_reason,
      impact: i.impact,
      likelihood: i.likelihood,
      tlp: i.tlp,
      pap: i.pap,
      status: i.status,
      outcome: i.outcome,
      disposition: i.disposition,
      closeReason: i.close_reason,
      currentStep: i.status === "open" ? stepRefOf(d.team.sop, i.current_step) : null,
      agency: orgRefOf(i.agency_org_id, names),
      developer: orgRefOf(i.developer_org_id, names),
      upstream: orgRefOf(i.upstream_org_id, names),
      application: d.application,
      assignee: d.assignee,
      personalData: i.personal_data === 1,
      iiv: i.iiv === 1,
      openedAt: i.opened_at,
      closedAt: i.closed_at,
    },
    reports: d.reports.map((r) => ({
      id: r.id,
      code: r.code,
      channel: r.channel,
      title: r.title,
      reporterName: r.reporter_name,
      reporterKind: r.reporter_kind,
      reporterOrg: r.reporter_org,
      reporterEmail: r.reporter_email,
      reporterPhone: r.reporter_phone,
      reporterConfidential: r.reporter_confidential === 1,
      duplicate: r.duplicate === 1,
      receivedAt: r.received_at,
    })),
    stepRuns: d.stepRuns.map((r) => presentStepRun(r, d.team.sop, d.now, () => true)),
    mitigationActions: d.mitigationActions.map((a) => ({
      id: a.id,
      kind: a.kind,
      description: a.description,
      status: a.status,
      assigneeUserId: a.assignee_user_id,
      createdAt: a.created_at,
      updatedAt: a.updated_at,
    })),
    handlingEntries: d.handlingEntries.map((e) => ({
      id: e.id,
      at: e.at,
      author: e.author_label,
      body: e.body,
      evidenceIds: e.evidence_ids,
      observableIds: e.observable_ids,
    })),
    escalations: d.escalations.map((e) => ({
      id: e.id,
      stepNumber: e.step_number,
      target: e.target,
      targetOrganisation: orgRefOf(e.target_org_id, names),
      reason: e.reason,
      channel: e.channel,
      reference: e.reference,
      handedOffAt: e.handed_off_at,
      response: e.response,
      respondedAt: e.responded_at,
      createdBy: e.created_by_label,
    })),
    recommendations: d.recommendations.map(presentRecommendation),
    coTenantsAtRisk: d.coTenants.map((c) => ({ id: c.id, name: c.name, sharedServers: c.sharedServers })),
    abilities: d.abilities,
  };
}
