import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { PartyRole } from "../../../src/core/workflow/catalogue.ts";
import type { StepOutputInput } from "../../../src/core/workflow/step-outputs.ts";
import { api, queryString } from "./client.ts";

/*
 * What the partner portal reads and writes: the incidents handed to a signed-in agency officer,
 * developer or upstream CSIRT (`/api/v1/incidents`, which answers only what they may see, through
 * the partner presenter), their one step, and the signed-link endpoints for the same work without
 * an account (`/api/v1/partner/links/{token}`). The shapes mirror the server's response schemas
 * (src/http/presenters/incident-partner.ts, incident-link.ts); they cannot be imported here
 * because those modules reach the database layer.
 */

type Localized = { id: string; en: string };
type OrgRef = { id: number; name: string } | null;
type StepRef = { number: number; code: string; name: Localized } | null;

/** The steps outside parties complete, by the role that owns each (SOP steps 7–9). */
export const PARTNER_STEP_OF_ROLE = {
  upstream: "upstream_followup",
  agency: "agency_coordination",
  developer: "developer_reply",
} as const satisfies Record<PartyRole, string>;

/** A step an outside party completes. */
export type PartnerStepCode = (typeof PARTNER_STEP_OF_ROLE)[PartyRole];

/** Narrows a role or step code to the partner steps. */
export const isPartnerStepCode = (code: string | null | undefined): code is PartnerStepCode =>
  Object.values(PARTNER_STEP_OF_ROLE).includes(code as PartnerStepCode);

/** The partner role of a session role or a link's party role, or null. */
export const partyRoleOf = (role: string): PartyRole | null =>
  role === "agency" || role === "developer" || role === "upstream" ? role : null;

/** What each partner step sends (the server's own input types). */
export type PartnerStepOutput<C extends PartnerStepCode = PartnerStepCode> = StepOutputInput<C>;

/** One incident in the partner's list (the same shape every audience gets; nothing internal in it). */
export interface PartnerIncidentListItem {
  id: number;
  code: string;
  title: string;
  typeCode: string;
  severity: string;
  tlp: string;
  status: "open" | "closed";
  outcome: string | null;
  currentStep: StepRef;
  dueAt: string | null;
  late: boolean;
  agency: OrgRef;
  openedAt: string;
  closedAt: string | null;
}

/** A page of the list; `nextCursor` fetches the next one. */
export interface PartnerIncidentPage {
  items: PartnerIncidentListItem[];
  nextCursor: string | null;
}

/** A recommendation of the analysis (or of the upstream CSIRT) with the developer's reply to it. */
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

/** A step run as partners see it: when, not who; outputs only of the steps they take part in. */
export interface PartnerStepRun {
  id: number;
  stepNumber: number;
  stepCode: string;
  name: Localized | null;
  iteration: number;
  status: "active" | "done" | "reopened";
  ownerRole: string;
  ownerOrganisationId: number | null;
  startedAt: string;
  dueAt: string;
  completedAt: string | null;
  late: boolean;
  output: Record<string, unknown> | null;
}

/** What the caller may do to the incident (the server decides again on every request). */
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

/** One incident as a partner sees it (`audience: "partner"` of `GET /api/v1/incidents/{id}`). */
export interface PartnerIncident {
  audience: "partner";
  incident: {
    id: number;
    code: string;
    title: string;
    typeCode: string;
    typeLabel: Localized | null;
    severity: string;
    tlp: string;
    status: "open" | "closed";
    outcome: string | null;
    currentStep: StepRef;
    agency: OrgRef;
    developer: OrgRef;
    upstream: OrgRef;
    application: { id: number; name: string } | null;
    openedAt: string;
    closedAt: string | null;
  };
  stepRuns: PartnerStepRun[];
  mitigationActions: Array<{ id: number; kind: string; description: string | null; status: string }>;
  escalations: Array<{
    id: number;
    target: string;
    reason: string;
    channel: string | null;
    reference: string | null;
    handedOffAt: string;
  }>;
  recommendations: Recommendation[];
  abilities: IncidentAbilities;
}

/** The analysis sent to the outside parties at step 6. */
export interface Analysis {
  rootCause: string | null;
  impact: string | null;
  findings: string | null;
}

/** What a signed link shows its holder: the incident, the link's one step, the analysis and recommendations. */
/**
 * A file a partner attached to their step's reply (`reply_evidence`), as the server returns it
 * (src/http/routes/partner/reply-evidence.ts `ownEvidenceSchema`): the partner's own files only.
 */
export interface OwnEvidence {
  id: number;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface LinkView {
  /** The files uploaded through this link for its step (reply evidence), the link's own only. */
  evidence?: OwnEvidence[];
  incident: {
    code: string;
    title: string;
    typeLabel: Localized | null;
    severity: string;
    tlp: string;
    status: "open" | "closed";
    agency: OrgRef;
    developer: OrgRef;
    application: string | null;
  };
  step: {
    code: string;
    name: Localized;
    output: Localized;
    partyRole: string;
    /** The step is the incident's active one: its output can be sent now. */
    open: boolean;
    startedAt: string | null;
    dueAt: string | null;
    completedAt: string | null;
  };
  analysis: Analysis | null;
  recommendations: Recommendation[];
  expiresAt: string;
}

/** What completing a step answers: where the incident stands now. */
export interface StepCompleted {
  incidentId: number;
  status: "open" | "closed";
  outcome: string | null;
  completed: { stepCode: string; completedAt: string | null; late: boolean };
  next: { step: StepRef; dueAt: string } | null;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/** The latest analysis among the incident's step runs (the step-6 output), or null before it is sent. */
export function analysisOf(incident: Pick<PartnerIncident, "stepRuns">): Analysis | null {
  const run = [...incident.stepRuns]
    .reverse()
    .find((r) => r.stepCode === "analyse" && r.status === "done" && r.output !== null);
  if (!run?.output) return null;
  return {
    rootCause: text(run.output.rootCause),
    impact: text(run.output.impact),
    findings: text(run.output.findings),
  };
}

/** The run of the incident's active step, if any. */
export const activeRunOf = (incident: Pick<PartnerIncident, "stepRuns">): PartnerStepRun | undefined =>
  incident.stepRuns.find((r) => r.status === "active");

/**
 * Whether the list item waits for this partner's step: the active step is the one their role owns
 * (and, for an agency, the incident is its own). The incident page asks the server's abilities.
 */
export function awaitsPartner(
  item: Pick<PartnerIncidentListItem, "status" | "currentStep" | "agency">,
  user: { role: string; organisationId: number | null },
): boolean {
  const role = partyRoleOf(user.role);
  if (!role || item.status !== "open" || item.currentStep?.code !== PARTNER_STEP_OF_ROLE[role]) return false;
  return role !== "agency" || item.agency?.id === user.organisationId;
}

/** Query keys, so a completed step refreshes what it changed. */
export const partnerKeys = {
  all: ["partner"] as const,
  list: (status: "open" | "closed") => ["partner", "incidents", status] as const,
  incident: (id: number) => ["partner", "incident", id] as const,
  link: (token: string) => ["partner", "link", token] as const,
};

/** The incidents the signed-in partner may see, newest first, a page at a time. */
export function usePartnerIncidents(status: "open" | "closed") {
  return useInfiniteQuery({
    queryKey: partnerKeys.list(status),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<PartnerIncidentPage>(`/api/v1/incidents${queryString({ status, limit: 25, cursor: pageParam })}`, signal),
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** One incident as the partner sees it (404 when it is not handed to their organisation). */
export function usePartnerIncident(id: number) {
  return useQuery({
    queryKey: partnerKeys.incident(id),
    queryFn: ({ signal }) => api.get<PartnerIncident>(`/api/v1/incidents/${id}`, signal),
  });
}

/** Completes the partner's active step with its output. */
export function completePartnerStep<C extends PartnerStepCode>(
  incidentId: number,
  stepCode: C,
  output: PartnerStepOutput<C>,
): Promise<StepCompleted> {
  return api.post<StepCompleted>(`/api/v1/incidents/${incidentId}/steps/${stepCode}`, { output });
}

const linkPath = (token: string) => `/api/v1/partner/links/${encodeURIComponent(token)}`;

/** What a signed link opens (404 for an unknown, expired or revoked link). */
export function useLinkView(token: string) {
  return useQuery({
    queryKey: partnerKeys.link(token),
    queryFn: ({ signal }) => api.get<LinkView>(linkPath(token), signal),
  });
}

/** Sends the link's step output (only while that step is active). */
export function completeLinkStep(token: string, output: PartnerStepOutput): Promise<StepCompleted> {
  return api.post<StepCompleted>(linkPath(token), { output });
}
