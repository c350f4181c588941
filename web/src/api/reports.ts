import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PublicStatus } from "../../../src/core/reports/public-status.ts";
import type { StaffReportInput } from "../../../src/core/reports/schema.ts";
import { api, queryString } from "./client.ts";
import { uploadForm, type UploadProgress } from "./upload.ts";

/*
 * Reports as the team works them: the intake desk's inbox (cases at steps 1–2), one report with
 * its files and messages, a letter or phone call recorded by hand, forwarding, merging a
 * duplicate, and messages to the reporter.
 */

/** A row of `GET /api/v1/reports`; `reporterName` is null where the reader may not see it. */
export interface ReportListItem {
  id: number;
  code: string;
  channel: string;
  title: string;
  reporterName: string | null;
  reporterKind: string;
  typeCode: string;
  tlp: string;
  receivedAt: string;
  duplicate: boolean;
  incidentId: number | null;
  incidentCode: string | null;
  applicationId: number | null;
  agencyOrgId: number | null;
  status: PublicStatus;
}

export interface ReportPage {
  items: ReportListItem[];
  nextCursor: string | null;
}

/** A file of a report (metadata; the bytes come from `evidenceDownloadUrl`). */
export interface ReportAttachment {
  id: number;
  kind: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  tlp: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface ReportMessage {
  id: number;
  authorKind: string;
  authorLabel: string;
  body: string;
  isQuestion: boolean;
  visibility: string;
  createdAt: string;
}

interface CaseSummary {
  id: number;
  code: string;
  status: string;
  outcome: string | null;
}

/** `GET /api/v1/reports/{id}`: the report as staff see it. */
export interface ReportDetail {
  report: {
    id: number;
    code: string;
    channel: string;
    reporter: {
      name: string | null;
      kind: string;
      organisation: string | null;
      position: string | null;
      email: string | null;
      phone: string | null;
      identity: string | null;
      confidential: boolean;
    };
    title: string;
    typeCode: string;
    occurredAt: string | null;
    occurredEstimated: boolean;
    discoveredHow: string | null;
    description: string;
    chronology: string | null;
    impact: {
      description: string | null;
      serviceDisrupted: boolean;
      dataExposed: boolean;
      personalData: boolean;
      affectedUsers: number | null;
      ongoing: boolean;
    };
    initialActions: string | null;
    affected: { url: string | null; domain: string | null; ip: string | null; application: string | null };
    serverLocation: string | null;
    tlp: string;
    letter: { number: string; date: string | null; sender: string | null } | null;
    language: string;
    receivedAt: string;
    incidentId: number | null;
    duplicate: boolean;
  };
  status: PublicStatus;
  incident: (CaseSummary & { currentStep: number | null }) | null;
  ownCase: CaseSummary | null;
  attachments: ReportAttachment[];
  messages: ReportMessage[];
}

/** What recording a report answers: the ticket code, and the tracking secret (shown once). */
export interface ReportCreated {
  id: number;
  code: string;
  incidentId: number;
  token: string;
  trackingUrl: string;
  warnings: string[];
}

/** An open incident's place in its SOP step: when the step is due and whether that has passed. */
export interface StepDue {
  dueAt: string | null;
  late: boolean;
}

export const REPORT_KEYS = {
  all: ["reports"] as const,
  inbox: ["reports", "inbox"] as const,
  detail: (id: number) => ["reports", "detail", id] as const,
};

/** The stages of a new report: its case is being received (step 1) or forwarded (step 2). */
export const INBOX_STATUSES = ["received", "forwarded"] as const satisfies readonly PublicStatus[];

/** New reports, newest first, a page at a time (keyset). */
export function useInboxReports() {
  return useInfiniteQuery({
    queryKey: REPORT_KEYS.inbox,
    initialPageParam: { received: "", forwarded: "" } as Record<(typeof INBOX_STATUSES)[number], string | null>,
    queryFn: async ({ pageParam }) => {
      const pages = await Promise.all(
        INBOX_STATUSES.map((status) =>
          pageParam[status] === null
            ? Promise.resolve<ReportPage>({ items: [], nextCursor: null })
            : api.get<ReportPage>(
                `/api/v1/reports${queryString({ status, limit: 50, cursor: pageParam[status] || undefined })}`,
              ),
        ),
      );
      return {
        items: pages.flatMap((p) => p.items).sort((a, b) => b.id - a.id),
        next: { received: pages[0]!.nextCursor, forwarded: pages[1]!.nextCursor },
      };
    },
    getNextPageParam: (last) => (last.next.received === null && last.next.forwarded === null ? undefined : last.next),
  });
}

/** When each open case at the forwarding step is due, by incident id (for the time-standard badge). */
export function useForwardDueTimes() {
  return useQuery({
    queryKey: ["incidents", "due", "forward"],
    queryFn: async () => {
      const page = await api.get<{ items: Array<{ id: number; dueAt: string | null; late: boolean }> }>(
        `/api/v1/incidents${queryString({ step: "forward", status: "open", limit: 100 })}`,
      );
      return new Map<number, StepDue>(page.items.map((i) => [i.id, { dueAt: i.dueAt, late: i.late }]));
    },
    refetchInterval: 60_000,
  });
}

/** One report with its files and messages. */
export function useReport(id: number) {
  return useQuery({
    queryKey: REPORT_KEYS.detail(id),
    queryFn: () => api.get<ReportDetail>(`/api/v1/reports/${id}`),
  });
}

/** Refreshes everything that shows reports or incidents after a change. */
export function useRefreshReports() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: REPORT_KEYS.all }),
      client.invalidateQueries({ queryKey: ["incidents"] }),
      client.invalidateQueries({ queryKey: ["search"] }),
    ]);
}

/** The output of the forwarding step (SOP step 2). */
export interface ForwardOutput {
  note?: string;
  /** The forwarding instruction (disposisi). */
  disposition?: string;
  /** The analyst who is to verify. */
  assigneeUserId?: number;
}

/** Completes the forwarding step of the report's case: the CSIRT has it now. */
export function forwardIncident(incidentId: number, output: ForwardOutput): Promise<unknown> {
  return api.post(`/api/v1/incidents/${incidentId}/steps/forward`, { output });
}

/** Merges a duplicate report into another open incident; its own case closes as a duplicate. */
export function mergeReport(
  reportId: number,
  incidentId: number,
): Promise<{ reportId: number; incidentId: number; closedIncidentId: number }> {
  return api.post(`/api/v1/reports/${reportId}/merge`, { incidentId });
}

/** A question or message to the reporter (public, e-mailed), or a note for the team (internal). */
export interface StaffMessageInput {
  body: string;
  visibility: "public" | "internal";
  isQuestion: boolean;
}

export function addReportMessage(reportId: number, input: StaffMessageInput): Promise<{ id: number }> {
  return api.post(`/api/v1/reports/${reportId}/messages`, input);
}

/** Files recorded with a staff report: the letter's scan, evidence, the reporter's identity proof. */
export interface StaffReportFiles {
  letterScan: File | null;
  evidence: readonly File[];
  identity: File | null;
}

/** Records a letter or a phone call (`POST /api/v1/reports`), as multipart when it carries files. */
export function recordReport(
  report: StaffReportInput,
  files: StaffReportFiles,
  onProgress: (progress: UploadProgress) => void,
): Promise<ReportCreated> {
  if (!files.letterScan && files.evidence.length === 0 && !files.identity) {
    return api.post<ReportCreated>("/api/v1/reports", report);
  }
  const form = new FormData();
  // The report first: the server checks it before it stores any file.
  form.append("report", JSON.stringify(report));
  if (files.letterScan) form.append("letterScan", files.letterScan, files.letterScan.name);
  if (files.identity) form.append("identity", files.identity, files.identity.name);
  for (const file of files.evidence) form.append("files", file, file.name);
  return uploadForm<ReportCreated>("POST", "/api/v1/reports", form, onProgress);
}

/** Where an attachment's bytes are downloaded (the download is recorded in its chain of custody). */
export const evidenceDownloadUrl = (id: number): string => `/api/v1/evidence/${id}/download`;
