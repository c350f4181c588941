import { useQuery } from "@tanstack/react-query";
import { api } from "./client.ts";
import { uploadForm, type UploadProgress } from "./upload.ts";

/** An evidence file's metadata (the bytes come from the download address). */
export interface EvidenceItem {
  id: number;
  kind: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  tlp: string;
  reportId: number | null;
  incidentId: number | null;
  uploadedBy: string;
  uploadedAt: string;
}

export const evidenceKey = (incidentId: number) => ["incidents", "evidence", incidentId] as const;

/** The incident's evidence: its own uploads and its reports' files (internal roles). */
export function useIncidentEvidence(incidentId: number, enabled: boolean) {
  return useQuery({
    queryKey: evidenceKey(incidentId),
    queryFn: ({ signal }) => api.get<{ items: EvidenceItem[] }>(`/api/v1/incidents/${incidentId}/evidence`, signal),
    enabled,
  });
}

/** Where the file downloads from, as an attachment; the server records the download in the chain of custody. */
export const evidenceDownloadUrl = (id: number): string => `/api/v1/evidence/${id}/download`;

/** Uploads files to the incident, with their TLP and a note for the chain of custody. */
export function uploadEvidence(
  incidentId: number,
  input: { files: File[]; tlp: string; note: string },
  onProgress: (progress: UploadProgress) => void,
): Promise<{ items: EvidenceItem[] }> {
  const form = new FormData();
  if (input.tlp) form.append("tlp", input.tlp);
  if (input.note.trim()) form.append("note", input.note.trim());
  for (const file of input.files) form.append("files", file, file.name);
  return uploadForm("POST", `/api/v1/incidents/${incidentId}/evidence`, form, onProgress);
}
