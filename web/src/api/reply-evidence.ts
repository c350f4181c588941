import { useQuery } from "@tanstack/react-query";
import type { OwnEvidence, PartnerStepCode } from "./partner.ts";
import { api } from "./client.ts";
import { uploadForm, type UploadProgress } from "./upload.ts";

export type { OwnEvidence };

/** Where the files go: the signed-in partner's active step, or a signed link's step. */
export type ReplyEvidenceTarget = { incidentId: number; stepCode: PartnerStepCode } | { token: string };

const evidencePath = (target: ReplyEvidenceTarget) =>
  "token" in target
    ? `/api/v1/partner/links/${encodeURIComponent(target.token)}/evidence`
    : `/api/v1/incidents/${target.incidentId}/steps/${target.stepCode}/evidence`;

/** Uploads files to the step (multipart `files`), reporting progress; resolves to the stored files. */
export async function uploadReplyEvidence(
  target: ReplyEvidenceTarget,
  files: readonly File[],
  onProgress: (progress: UploadProgress) => void,
): Promise<OwnEvidence[]> {
  const form = new FormData();
  for (const file of files) form.append("files", file, file.name);
  const result = await uploadForm<{ items: OwnEvidence[] }>("POST", evidencePath(target), form, onProgress);
  return result.items;
}

/** Query key of the signed-in partner's own files for a step. */
export const replyEvidenceKey = (incidentId: number, stepCode: string) =>
  ["partner", "incident", incidentId, "reply-evidence", stepCode] as const;

/** The files the signed-in partner uploaded for the step (only when `enabled`: their step). */
export function useOwnReplyEvidence(incidentId: number, stepCode: PartnerStepCode | null) {
  return useQuery({
    queryKey: replyEvidenceKey(incidentId, stepCode ?? "-"),
    enabled: stepCode !== null,
    queryFn: ({ signal }) =>
      api.get<{ items: OwnEvidence[] }>(`/api/v1/incidents/${incidentId}/steps/${stepCode}/evidence`, signal),
  });
}
