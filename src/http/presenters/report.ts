import { z } from "zod";
import type { ReportDetail } from "../../commands/reports/get-report.ts";
import type { Actor } from "../../core/actor.ts";
import { mayReadReporterContact } from "../../core/reports/access.ts";
import { PUBLIC_STATUSES } from "../../core/reports/public-status.ts";
import type { Report } from "../../db/schema.ts";
import { attachmentSchema, presentAttachment } from "./report-attachment.ts";

/*
 * Reports as staff see them. Only the internal roles reach these routes; leadership does not see
 * the identity and contact of a reporter who asked for confidentiality (they come out as null).
 * The tracking hash has no field here, so it cannot leave.
 */

export const reporterSchema = z.object({
  name: z.string().nullable(),
  kind: z.string(),
  organisation: z.string().nullable(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  identity: z.string().nullable(),
  confidential: z.boolean(),
});

export const reportSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  channel: z.string(),
  reporter: reporterSchema,
  title: z.string(),
  typeCode: z.string(),
  occurredAt: z.string().nullable(),
  occurredEstimated: z.boolean(),
  discoveredHow: z.string().nullable(),
  description: z.string(),
  chronology: z.string().nullable(),
  impact: z.object({
    description: z.string().nullable(),
    serviceDisrupted: z.boolean(),
    dataExposed: z.boolean(),
    personalData: z.boolean(),
    affectedUsers: z.number().int().nullable(),
    ongoing: z.boolean(),
  }),
  initialActions: z.string().nullable(),
  affected: z.object({
    url: z.string().nullable(),
    domain: z.string().nullable(),
    ip: z.string().nullable(),
    application: z.string().nullable(),
  }),
  applicationId: z.number().int().nullable(),
  agencyOrgId: z.number().int().nullable(),
  serverLocation: z.string().nullable(),
  tlp: z.string(),
  consent: z.boolean(),
  truthful: z.boolean(),
  letter: z.object({ number: z.string(), date: z.string().nullable(), sender: z.string().nullable() }).nullable(),
  language: z.string(),
  receivedAt: z.string(),
  incidentId: z.number().int().nullable(),
  duplicate: z.boolean(),
  recordedByUserId: z.number().int().nullable(),
  createdAt: z.string(),
});

const bool = (n: number) => n === 1;

/** Row → staff API shape; the reporter's identity and contact hidden from whoever may not read them. */
export function presentReport(row: Report, actor: Actor): z.infer<typeof reportSchema> {
  const contact = mayReadReporterContact(actor, row.reporter_confidential === 1);
  return {
    id: row.id,
    code: row.code,
    channel: row.channel,
    reporter: {
      name: contact ? row.reporter_name : null,
      kind: row.reporter_kind,
      organisation: row.reporter_org,
      position: row.reporter_position,
      email: contact ? row.reporter_email : null,
      phone: contact ? row.reporter_phone : null,
      identity: contact ? row.reporter_identity : null,
      confidential: bool(row.reporter_confidential),
    },
    title: row.title,
    typeCode: row.type_code,
    occurredAt: row.occurred_at,
    occurredEstimated: bool(row.occurred_estimated),
    discoveredHow: row.discovered_how,
    description: row.description,
    chronology: row.chronology,
    impact: {
      description: row.impact,
      serviceDisrupted: bool(row.service_disrupted),
      dataExposed: bool(row.data_exposed),
      personalData: bool(row.personal_data),
      affectedUsers: row.affected_users,
      ongoing: bool(row.ongoing),
    },
    initialActions: row.initial_actions,
    affected: {
      url: row.affected_url,
      domain: row.affected_domain,
      ip: row.affected_ip,
      application: row.affected_application,
    },
    applicationId: row.application_id,
    agencyOrgId: row.agency_org_id,
    serverLocation: row.server_location,
    tlp: row.tlp,
    consent: bool(row.consent),
    truthful: bool(row.truthful),
    letter: row.letter_number ? { number: row.letter_number, date: row.letter_date, sender: row.letter_sender } : null,
    language: row.language,
    receivedAt: row.received_at,
    incidentId: row.incident_id,
    duplicate: bool(row.duplicate),
    recordedByUserId: row.recorded_by_user_id,
    createdAt: row.created_at,
  };
}

const caseSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  status: z.string(),
  outcome: z.string().nullable(),
});

export const reportDetailSchema = z.object({
  report: reportSchema,
  status: z.enum(PUBLIC_STATUSES),
  incident: caseSummary.extend({ currentStep: z.number().int().nullable() }).nullable(),
  ownCase: caseSummary.nullable().describe("The case the report opened, when it was merged into another"),
  attachments: z.array(attachmentSchema),
  messages: z.array(
    z.object({
      id: z.number().int(),
      authorKind: z.string(),
      authorLabel: z.string(),
      body: z.string(),
      isQuestion: z.boolean(),
      visibility: z.string(),
      createdAt: z.string(),
    }),
  ),
});

/** The staff report page. */
export function presentReportDetail(detail: ReportDetail, actor: Actor): z.infer<typeof reportDetailSchema> {
  return {
    report: presentReport(detail.report, actor),
    status: detail.status,
    incident: detail.incident ? { ...detail.incident, currentStep: detail.incident.current_step } : null,
    ownCase: detail.ownCase,
    attachments: detail.attachments.map(presentAttachment),
    messages: detail.messages,
  };
}
