import type { PublicReportInput } from "../../../src/core/reports/schema.ts";
import { api, queryString } from "./client.ts";
import { uploadForm, type UploadProgress } from "./upload.ts";

/*
 * The public report endpoints: file a report (`POST /api/v1/public/reports`, JSON, or multipart
 * with a `report` JSON field and `files`), read its status with the tracking secret, answer the
 * CSIRT and add evidence.
 */

/** What the reporter gets back once: the ticket code, the tracking secret and the link to the tracking page. */
export interface SubmitResult {
  code: string;
  token: string;
  trackingUrl: string;
}

type Labelled = { code: string; label: { id: string; en: string } };

/** The tracking page's view of a report (nothing internal: no step outputs, no staff names). */
export interface PublicReportView {
  code: string;
  title: string;
  receivedAt: string;
  status: Labelled;
  mergedCaseStatus: Labelled | null;
  /** Why the case was closed as not valid or handed to another body. */
  closeReason: string | null;
  timeline: Array<{ step: string; name: { id: string; en: string }; startedAt: string; completedAt: string | null }>;
  messages: Array<{ id: number; from: "csirt" | "reporter"; body: string; isQuestion: boolean; createdAt: string }>;
  files: Array<{
    id: number;
    filename: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: string;
  }>;
}

const reportPath = (code: string) => `/api/v1/public/reports/${encodeURIComponent(code)}`;

/** Files a report; with files it goes as multipart (evidence in `files`, the identity scan in `identity`) so the bar can show the upload. */
export function submitReport(
  report: PublicReportInput,
  files: { evidence: readonly File[]; identity: File | null },
  onProgress: (progress: UploadProgress) => void,
): Promise<SubmitResult> {
  if (files.evidence.length === 0 && !files.identity) return api.post<SubmitResult>("/api/v1/public/reports", report);
  const form = new FormData();
  // The report comes first: the server reads it before it stores any file.
  form.append("report", JSON.stringify(report));
  for (const file of files.evidence) form.append("files", file, file.name);
  if (files.identity) form.append("identity", files.identity, files.identity.name);
  return uploadForm<SubmitResult>("POST", "/api/v1/public/reports", form, onProgress);
}

/** The report's public status, for whoever holds its code and tracking secret. */
export function fetchTrackedReport(code: string, token: string, signal?: AbortSignal): Promise<PublicReportView> {
  return api.get<PublicReportView>(`${reportPath(code)}${queryString({ token })}`, signal);
}

/** The reporter's answer or added information. */
export function sendReporterMessage(code: string, token: string, body: string): Promise<unknown> {
  return api.post(`${reportPath(code)}/messages${queryString({ token })}`, { body });
}

/** More evidence from the reporter, with upload progress. */
export function addReporterEvidence(
  code: string,
  token: string,
  files: readonly File[],
  onProgress: (progress: UploadProgress) => void,
): Promise<unknown> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  return uploadForm("POST", `${reportPath(code)}/evidence${queryString({ token })}`, form, onProgress);
}

/** Where the tracking page lives in this app for a code and token (the token rides in the fragment). */
export const trackingPath = (code: string, token: string) => `/track/${encodeURIComponent(code)}#token=${token}`;
