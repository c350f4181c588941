import { zonedToInstant } from "../../core/calendar/zoned-time.ts";
import { invalid } from "../../core/errors.ts";
import { assertReportWork } from "../../core/reports/access.ts";
import { assertAttachmentCount } from "../../core/reports/attachments.ts";
import {
  submitReportSchema,
  UNKNOWN_TYPE,
  type SubmitReportData,
  type SubmitReportInput,
} from "../../core/reports/schema.ts";
import { trackingUrl } from "../../core/reports/tracking.ts";
import { UNDETERMINED_RSIT } from "../../core/taxonomy/incident-types.ts";
import type { Attachment, Incident, Report } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  recordAttachments,
  REPORTER_LABEL,
  verifyAttachments,
  type IncomingAttachment,
} from "../evidence/record-attachments.ts";
import { openIncidentForReport } from "../incidents/open-incident.ts";
import { recordExtractedObservables } from "../observables/record-extracted.ts";
import { enqueueOutbox } from "../outbox.ts";
import { normaliseHost, normaliseUrl } from "../../core/assets/url.ts";
import { refang } from "../../core/observables/refang.ts";
import { matchApplication } from "../assets/match-application.ts";
import { nextTicketCode } from "./ticket-code.ts";
import { newTrackingToken, trackingHash } from "./tracking.ts";
import { insertRow } from "../../db/insert-rows.ts";

export interface SubmitReportOptions {
  /** Base address of the web app, for the tracking link (`SIGAP_PUBLIC_URL`). */
  publicUrl?: string;
}

export interface SubmitReportResult {
  report: Report;
  incident: Incident;
  /** The tracking secret: shown to the reporter once, stored only as its SHA-256. */
  token: string;
  trackingUrl: string;
  attachments: Attachment[];
  observablesFound: number;
  /** Things staff should know that did not stop the report: `outside_constituency`. */
  warnings: string[];
}

/** How much later than now an occurrence time may be (clock skew of the reporter's device). */
const FUTURE_SKEW_MS = 5 * 60 * 1000;

/** Label under which Sigap records receiving a report that nobody on the team typed in. */
const intakeLabel = (channel: string) => `system:intake:${channel}`;

function parseInput(input: SubmitReportInput): SubmitReportData {
  const parsed = submitReportSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalid(
    "error.validation_failed",
    {},
    parsed.error.issues.map((i) => ({ in: "body", path: i.path.join("."), message: i.message })),
  );
}

/** An occurrence time as an instant; a time without offset is read in the team's zone. */
function occurredInstant(value: string, team: TeamContext): Date {
  if (/(?:Z|[+-]\d\d:\d\d)$/i.test(value)) return new Date(value);
  const [date = "", time = "00:00"] = value.split("T");
  const [h = "0", m = "0", s = "0"] = time.split(":");
  const instant = zonedToInstant(date, Number(h) * 60 + Number(m), team.calendar.timeZone);
  return new Date(instant.getTime() + Number(s) * 1000);
}

/** Rules that depend on the channel and on the files, beyond the schema. */
function checkChannelRules(data: SubmitReportData, files: readonly IncomingAttachment[]): void {
  if (data.channel === "web") {
    if (!data.consent || !data.truthful) throw invalid("report.consent_required");
    if (!data.reporter.email && !data.reporter.phone) throw invalid("report.contact_required");
  }
  if (data.channel === "letter") {
    if (!data.letter) throw invalid("report.letter_required");
    if (!files.some((f) => f.kind === "letter_scan")) throw invalid("report.letter_scan_required");
  }
}

function checkWhoMaySubmit(ctx: CommandContext, channel: string): void {
  // The public may only use the web form; every other channel is recorded by staff or by Sigap.
  if (ctx.actor.type === "public" && channel === "web") return;
  assertReportWork(ctx.actor, "record");
}

function outsideConstituency(host: string | undefined, domains: readonly string[]): boolean {
  if (!host || domains.length === 0) return false;
  return !domains.some((d) => host === d.toLowerCase() || host.endsWith(`.${d.toLowerCase()}`));
}

/**
 * Accepts a report from any channel (DOMAIN §5): validates it, gives it the next ticket code and
 * a tracking secret, links it to the registered application (and so the owning agency) its URL or
 * domain names, opens its case (step 1 done, step 2 started), records its files with their chain
 * of custody and the observables in its text, audits, and queues the acknowledgement to the
 * reporter. All in the caller's transaction: if anything fails, nothing of the report remains
 * (files already in the content-addressed store stay unreferenced; see attachment-store.ts).
 */
export async function submitReport(
  ctx: CommandContext,
  team: TeamContext,
  input: SubmitReportInput,
  files: readonly IncomingAttachment[],
  options: SubmitReportOptions = {},
): Promise<SubmitReportResult> {
  const data = parseInput(input);
  checkWhoMaySubmit(ctx, data.channel);
  checkChannelRules(data, files);
  const limits = team.settings.intake;
  assertAttachmentCount(files.length, limits);
  const verified = verifyAttachments(files, limits);

  const receivedAt = data.receivedAt ? new Date(data.receivedAt) : ctx.now;
  if (receivedAt.getTime() > ctx.now.getTime()) throw invalid("report.received_in_future");
  const occurredAt = data.occurredAt ? occurredInstant(data.occurredAt, team) : null;
  if (occurredAt && (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > ctx.now.getTime() + FUTURE_SKEW_MS)) {
    throw invalid("report.occurred_in_future");
  }

  const application = await matchApplication(ctx.db, data.affected);
  const code = await nextTicketCode(ctx, team);
  const token = newTrackingToken();
  const now = ctx.now.toISOString();
  const tlp = data.tlp ?? limits.defaultTlp;

  const report = await insertRow(ctx.db, "reports", {
    code,
    tracking_hash: trackingHash(token),
    channel: data.channel,
    reporter_name: data.reporter.name,
    reporter_kind: data.reporter.kind,
    reporter_org: data.reporter.organisation,
    reporter_position: data.reporter.position,
    reporter_email: data.reporter.email,
    reporter_phone: data.reporter.phone,
    reporter_identity: data.reporter.identity,
    reporter_confidential: data.reporter.confidential ? 1 : 0,
    title: data.title,
    type_code: data.typeCode,
    occurred_at: occurredAt?.toISOString() ?? null,
    occurred_estimated: data.occurredEstimated ? 1 : 0,
    discovered_how: data.discoveredHow,
    description: data.description,
    chronology: data.chronology,
    impact: data.impact.description,
    service_disrupted: data.impact.serviceDisrupted ? 1 : 0,
    data_exposed: data.impact.dataExposed ? 1 : 0,
    personal_data: data.impact.personalData ? 1 : 0,
    affected_users: data.impact.affectedUsers,
    ongoing: data.impact.ongoing ? 1 : 0,
    initial_actions: data.initialActions,
    affected_url: data.affected.url,
    affected_domain: data.affected.domain,
    affected_ip: data.affected.ip,
    affected_application: data.affected.application,
    application_id: application?.application.id ?? null,
    agency_org_id: application?.application.owner_org_id ?? null,
    server_location: data.serverLocation,
    tlp,
    consent: data.consent ? 1 : 0,
    truthful: data.truthful ? 1 : 0,
    letter_number: data.letter?.number ?? null,
    letter_date: data.letter?.date ?? null,
    letter_sender: data.letter?.sender ?? null,
    language: data.language ?? "id",
    received_at: receivedAt.toISOString(),
    recorded_by_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
    created_at: now,
    updated_at: now,
  });

  // "Don't know" on the form: classified Other until verification, tagged undetermined for RSIT.
  const incident = await openIncidentForReport(ctx, team, report, {
    receivedByLabel: ctx.actor.type === "user" ? undefined : intakeLabel(data.channel),
    application: application?.application ?? null,
    ...(data.typeCode === UNKNOWN_TYPE ? { rsit: UNDETERMINED_RSIT } : {}),
  });

  const uploadedByLabel = ctx.actor.type === "user" ? ctx.actor.username : REPORTER_LABEL;
  const attachments = await recordAttachments(ctx, verified, {
    reportId: report.id,
    incidentId: incident.id,
    tlp,
    uploadedByLabel,
    note: `report ${code}, channel ${data.channel}`,
  });
  const observablesFound = await recordExtractedObservables(
    ctx,
    // The case was just opened: it has no observables to compare with yet.
    { incidentId: incident.id, reportId: report.id, tlp, known: [] },
    [
      data.title,
      data.description,
      data.chronology,
      data.impact.description,
      data.initialActions,
      data.discoveredHow,
      data.affected.url,
      data.affected.domain,
      data.affected.ip,
    ],
  );

  await appendAudit(ctx, {
    action: "report.submitted",
    entityType: "report",
    entityId: report.id,
    // The reporter's identity and contact stay out of the audit log, which is kept for good.
    detail: {
      code,
      channel: data.channel,
      incidentId: incident.id,
      typeCode: data.typeCode,
      tlp,
      applicationId: report.application_id,
      agencyOrgId: report.agency_org_id,
      receivedAt: report.received_at,
      attachments: attachments.map((a) => ({ id: a.id, kind: a.kind, sha256: a.sha256 })),
      observablesFound,
    },
  });

  const link = trackingUrl(options.publicUrl, code, token);
  if (report.reporter_email) {
    await enqueueOutbox(ctx, {
      channel: "email",
      topic: "report.acknowledged",
      recipient: report.reporter_email,
      // The link carries the secret: the reporter of an e-mail or letter never saw it otherwise.
      payload: {
        code,
        title: report.title,
        language: report.language,
        receivedAt: report.received_at,
        trackingUrl: link,
      },
      dedupeKey: `report.acknowledged:${code}`,
    });
  }

  const warnings = outsideConstituency(affectedHost(data.affected), limits.constituencyDomains)
    ? ["outside_constituency"]
    : [];
  return {
    report: { ...report, incident_id: incident.id },
    incident,
    token,
    trackingUrl: link,
    attachments,
    observablesFound,
    warnings,
  };
}

/** Host of what the reporter named (the URL first, else the domain, else the IP), for the constituency check. */
function affectedHost(affected: { url: string | null; domain: string | null; ip: string | null }): string | undefined {
  if (affected.url) {
    const url = normaliseUrl(refang(affected.url));
    if (url) return url.host;
  }
  for (const raw of [affected.domain, affected.ip]) {
    const host = raw ? normaliseHost(refang(raw)) : null;
    if (host) return host;
  }
  return undefined;
}
