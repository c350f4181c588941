import type { LocalizedText } from "../../../src/core/i18n/localized-text.ts";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";

/*
 * Incidents as `GET /api/v1/incidents` and `GET /api/v1/incidents/{id}` answer them; the route's
 * response schemas (src/http/presenters/incident-*.ts) are the contract. Fields only staff see are
 * optional: leadership and partners get less.
 */

/** A step as `{number, code, name}`. */
export interface StepRef {
  number: number;
  code: SopStepCode;
  name: LocalizedText;
}

export interface OrgRef {
  id: number;
  name: string;
}

/** One incident on the board. */
export interface IncidentListItem {
  id: number;
  code: string;
  title: string;
  typeCode: string;
  severity: string;
  tlp: string;
  status: "open" | "closed";
  outcome: string | null;
  currentStep: StepRef | null;
  dueAt: string | null;
  stepStartedAt: string | null;
  warnAt: string | null;
  late: boolean;
  assignee: { id: number; displayName: string } | null;
  agency: OrgRef | null;
  openedAt: string;
  closedAt: string | null;
}

export interface IncidentPage {
  items: IncidentListItem[];
  nextCursor: string | null;
}

/** The list's filters, as the query string takes them. */
export interface IncidentFilters {
  status?: "open" | "closed";
  step?: string;
  category?: string;
  severity?: string;
  agency?: number;
  late?: boolean;
  mine?: boolean;
  q?: string;
}

/** What the caller may do to one incident (the server checks again). */
export interface IncidentAbilities {
  completeStep: boolean;
  recordOnBehalf: boolean;
  assign: boolean;
  reopen: boolean;
  classify: boolean;
  escalate: boolean;
  updateMitigation: boolean;
  createAccessLink: boolean;
  readAudit: boolean;
}

/** One run of a step: who owns it, when it started, is due, was completed, and what it produced. */
export interface StepRun {
  id: number;
  stepNumber: number;
  stepCode: string;
  name: LocalizedText | null;
  iteration: number;
  status: "active" | "done" | "reopened";
  ownerRole: string;
  ownerOrganisationId: number | null;
  ownerUserId?: number | null;
  startedAt: string;
  dueAt: string;
  warnAt?: string;
  completedAt: string | null;
  completedBy?: string | null;
  onBehalfOf?: string | null;
  late: boolean;
  output: unknown;
}

export interface IncidentSummary {
  id: number;
  code: string;
  title: string;
  typeCode: string;
  typeLabel: LocalizedText | null;
  rsit?: string | null;
  severity: string;
  severityOverride?: boolean;
  severityReason?: string | null;
  impact?: number | null;
  likelihood?: number | null;
  tlp: string;
  pap?: string | null;
  status: "open" | "closed";
  outcome: string | null;
  disposition?: string | null;
  closeReason?: string | null;
  currentStep: StepRef | null;
  agency: OrgRef | null;
  developer: OrgRef | null;
  upstream: OrgRef | null;
  application: { id: number; name: string } | null;
  assignee?: { id: number; displayName: string } | null;
  personalData?: boolean;
  iiv?: boolean;
  openedAt: string;
  closedAt: string | null;
}

export interface MergedReport {
  id: number;
  code: string;
  channel: string;
  title: string;
  reporterName: string;
  reporterKind: string;
  reporterOrg: string | null;
  reporterEmail: string | null;
  reporterPhone: string | null;
  reporterConfidential: boolean;
  duplicate: boolean;
  receivedAt: string;
}

export interface MitigationAction {
  id: number;
  kind: string;
  description: string | null;
  status: string;
  assigneeUserId?: number | null;
}

export interface HandlingEntry {
  id: number;
  at: string;
  author: string;
  body: string;
  evidenceIds: number[];
  observableIds: number[];
}

export interface Escalation {
  id: number;
  stepNumber?: number;
  target: string;
  targetOrganisation?: OrgRef | null;
  reason: string;
  channel: string | null;
  reference: string | null;
  handedOffAt: string;
  response?: string | null;
  respondedAt?: string | null;
  createdBy?: string;
}

export interface Recommendation {
  number: number;
  body: string;
  owner: string;
  deadline: string | null;
  source: string;
  status: string;
  replySteps: string | null;
  replyEvidence: string | null;
  replyReason: string | null;
  repliedAt: string | null;
}

export interface CoTenant {
  id: number;
  name: string;
  sharedServers: OrgRef[];
}

/** An incident with its records; staff (`internal`), leadership and partners see different parts. */
export interface IncidentDetail {
  audience: "internal" | "leadership" | "partner";
  incident: IncidentSummary;
  reports?: MergedReport[];
  stepRuns: StepRun[];
  mitigationActions: MitigationAction[];
  handlingEntries?: HandlingEntry[];
  escalations: Escalation[];
  recommendations: Recommendation[];
  coTenantsAtRisk?: CoTenant[];
  abilities: IncidentAbilities;
}

/** An entry of the incident's audit trail. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: { type: string; id: number | null; label: string };
  action: string;
  changes: unknown;
  requestId: string | null;
}
