import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/*
 * The typed shape of Sigap's tables, identical on SQLite and PostgreSQL.
 * Conventions: integer ids; times are UTC ISO-8601 strings (`2026-11-27T12:00:00.000Z`, which sort
 * as text); booleans are integers 0/1; JSON is stored as text. One representation on both databases
 * keeps the repositories dialect-neutral.
 */

export type Role = "admin" | "intake" | "csirt" | "csirt_lead" | "agency" | "developer" | "upstream" | "viewer";
export type OrganisationKind = "csirt" | "agency" | "vendor" | "upstream" | "other";

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  short_name: string | null;
  kind: OrganisationKind;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  email: string | null;
  role: Role;
  specialty: string | null;
  organisation_id: number | null;
  password_hash: string;
  must_change_password: Generated<number>;
  totp_secret: string | null;
  totp_enabled: Generated<number>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  disabled: Generated<number>;
  language: Generated<string>;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value; the value itself is never stored. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** SHA-256 of the token; the token is shown once at creation. */
  token_hash: string;
  prefix: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AuditEventsTable {
  /** Position in the hash chain, 1-based, without gaps. */
  seq: number;
  at: string;
  actor_type: string;
  actor_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** JSON: `{ field: { before, after } }` of the changed fields, or free detail. */
  changes: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export type OutboxStatus = "pending" | "sent" | "failed";

export interface OutboxTable {
  id: Generated<number>;
  created_at: string;
  channel: string;
  topic: string;
  recipient: string | null;
  payload: string;
  dedupe_key: string | null;
  status: OutboxStatus;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  sent_at: string | null;
}

export type JobStatus = "pending" | "running" | "done" | "failed";

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  unique_key: string | null;
  status: JobStatus;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export type ServerLocation = "city_dc" | "pdn" | "third_party" | "cloud" | "unknown";

export interface ApplicationsTable {
  id: Generated<number>;
  name: string;
  description: string | null;
  owner_org_id: number | null;
  developer_org_id: number | null;
  iiv: Generated<number>;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** Set when retired: kept for the incidents that refer to it, no longer matched or listed at risk. */
  retired_at: string | null;
}

export interface ApplicationUrlsTable {
  id: Generated<number>;
  application_id: number;
  url: string;
  host: string;
  path_prefix: Generated<string>;
}

export interface ServersTable {
  id: Generated<number>;
  name: string;
  hostname: string | null;
  /** JSON array of IP addresses. */
  addresses: Generated<string>;
  location: Generated<ServerLocation>;
  provider: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  /** Set when retired (see applications.retired_at). */
  retired_at: string | null;
}

export interface ApplicationServersTable {
  application_id: number;
  server_id: number;
}

export interface HolidaysTable {
  date: string;
  name: string;
  kind: string;
  created_at: string;
}

export interface TicketCountersTable {
  scope: string;
  last_value: number;
}

export type IncidentStatus = "open" | "closed";
export type IncidentOutcome = "resolved" | "invalid" | "duplicate" | "transferred";

export interface IncidentsTable {
  id: Generated<number>;
  code: string;
  title: string;
  type_code: string;
  rsit: string | null;
  severity: string;
  impact: number | null;
  likelihood: number | null;
  severity_override: Generated<number>;
  severity_reason: string | null;
  tlp: string;
  pap: string | null;
  status: IncidentStatus;
  outcome: IncidentOutcome | null;
  disposition: string | null;
  current_step: number | null;
  sop_code: string;
  sop_version: number;
  agency_org_id: number | null;
  developer_org_id: number | null;
  upstream_org_id: number | null;
  application_id: number | null;
  assignee_user_id: number | null;
  personal_data: Generated<number>;
  iiv: Generated<number>;
  merged_into_id: number | null;
  opened_at: string;
  closed_at: string | null;
  close_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportsTable {
  id: Generated<number>;
  code: string;
  tracking_hash: string;
  channel: string;
  incident_id: number | null;
  duplicate: Generated<number>;
  reporter_name: string;
  reporter_kind: string;
  reporter_org: string | null;
  reporter_position: string | null;
  reporter_email: string | null;
  reporter_phone: string | null;
  reporter_identity: string | null;
  reporter_confidential: Generated<number>;
  title: string;
  type_code: string;
  occurred_at: string | null;
  occurred_estimated: Generated<number>;
  discovered_how: string | null;
  description: string;
  chronology: string | null;
  impact: string | null;
  service_disrupted: Generated<number>;
  data_exposed: Generated<number>;
  personal_data: Generated<number>;
  affected_users: number | null;
  ongoing: Generated<number>;
  initial_actions: string | null;
  affected_url: string | null;
  affected_domain: string | null;
  affected_ip: string | null;
  affected_application: string | null;
  application_id: number | null;
  agency_org_id: number | null;
  server_location: string | null;
  tlp: string;
  consent: Generated<number>;
  truthful: Generated<number>;
  letter_number: string | null;
  letter_date: string | null;
  letter_sender: string | null;
  language: Generated<string>;
  received_at: string;
  recorded_by_user_id: number | null;
  created_at: string;
  updated_at: string;
}

export type StepRunStatus = "active" | "done" | "reopened";

export interface StepRunsTable {
  id: Generated<number>;
  incident_id: number;
  step_number: number;
  step_code: string;
  iteration: Generated<number>;
  status: StepRunStatus;
  owner_role: string;
  owner_user_id: number | null;
  owner_org_id: number | null;
  started_at: string;
  due_at: string;
  warn_at: string;
  warned_at: string | null;
  late_at: string | null;
  completed_at: string | null;
  completed_by_user_id: number | null;
  completed_by_label: string | null;
  on_behalf_of: string | null;
  output: string | null;
}

export interface MitigationActionsTable {
  id: Generated<number>;
  incident_id: number;
  kind: string;
  description: string | null;
  status: string;
  assignee_user_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface HandlingEntriesTable {
  id: Generated<number>;
  incident_id: number;
  at: string;
  author_user_id: number | null;
  author_label: string;
  body: string;
  created_at: string;
  /** JSON array of attachment ids. */
  evidence_ids: Generated<string>;
  /** JSON array of observable ids. */
  observable_ids: Generated<string>;
}

export interface EscalationsTable {
  id: Generated<number>;
  incident_id: number;
  step_number: number;
  target: string;
  target_org_id: number | null;
  reason: string;
  channel: string | null;
  reference: string | null;
  handed_off_at: string;
  response: string | null;
  responded_at: string | null;
  created_by_label: string;
  created_at: string;
}

export interface RecommendationsTable {
  id: Generated<number>;
  incident_id: number;
  number: number;
  body: string;
  owner: string;
  deadline: string | null;
  source: string;
  status: string;
  reply_steps: string | null;
  reply_evidence: string | null;
  reply_reason: string | null;
  replied_at: string | null;
  replied_by_label: string | null;
  created_at: string;
  updated_at: string;
}

export interface ObservablesTable {
  id: Generated<number>;
  incident_id: number | null;
  report_id: number | null;
  kind: string;
  value: string;
  tlp: string;
  source: string;
  note: string | null;
  created_by_label: string;
  created_at: string;
}

export interface AttachmentsTable {
  id: Generated<number>;
  sha256: string;
  size_bytes: number;
  media_type: string;
  filename: string;
  kind: string;
  report_id: number | null;
  incident_id: number | null;
  tlp: string;
  uploaded_by_label: string;
  uploaded_by_user_id: number | null;
  uploaded_at: string;
}

export interface CustodyEventsTable {
  id: Generated<number>;
  attachment_id: number;
  at: string;
  action: string;
  actor_label: string;
  actor_user_id: number | null;
  note: string | null;
}

export interface ReportMessagesTable {
  id: Generated<number>;
  report_id: number;
  author_kind: string;
  author_user_id: number | null;
  author_label: string;
  body: string;
  is_question: Generated<number>;
  visibility: string;
  created_at: string;
}

export interface AccessLinksTable {
  id: Generated<number>;
  token_hash: string;
  incident_id: number;
  step_code: string;
  party_role: string;
  organisation_id: number | null;
  email: string | null;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  created_by_user_id: number | null;
  created_at: string;
}

export interface IncidentTimersTable {
  id: Generated<number>;
  incident_id: number;
  kind: string;
  started_at: string;
  due_at: string;
  warned_at: string | null;
  late_at: string | null;
  satisfied_at: string | null;
  satisfied_note: string | null;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
  outbox: OutboxTable;
  jobs: JobsTable;
  settings: SettingsTable;
  applications: ApplicationsTable;
  application_urls: ApplicationUrlsTable;
  servers: ServersTable;
  application_servers: ApplicationServersTable;
  holidays: HolidaysTable;
  ticket_counters: TicketCountersTable;
  incidents: IncidentsTable;
  reports: ReportsTable;
  step_runs: StepRunsTable;
  mitigation_actions: MitigationActionsTable;
  handling_entries: HandlingEntriesTable;
  escalations: EscalationsTable;
  recommendations: RecommendationsTable;
  observables: ObservablesTable;
  attachments: AttachmentsTable;
  custody_events: CustodyEventsTable;
  report_messages: ReportMessagesTable;
  access_links: AccessLinksTable;
  incident_timers: IncidentTimersTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Organisation = Selectable<OrganisationsTable>;
export type Session = Selectable<SessionsTable>;
export type ApiToken = Selectable<ApiTokensTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type OutboxMessage = Selectable<OutboxTable>;
export type Job = Selectable<JobsTable>;
export type Incident = Selectable<IncidentsTable>;
export type Report = Selectable<ReportsTable>;
export type StepRun = Selectable<StepRunsTable>;
export type Application = Selectable<ApplicationsTable>;
export type Server = Selectable<ServersTable>;
export type Attachment = Selectable<AttachmentsTable>;
