import type { OwnEvidence } from "../../../api/partner.ts";

/** How a reply names an uploaded file, so that the reply record points at it: `name (sha256 abcdef123456…)`. */
export function evidenceReference(file: Pick<OwnEvidence, "filename" | "sha256">): string {
  return `${file.filename} (sha256 ${file.sha256.slice(0, 12)}…)`;
}

/** The evidence text with the uploaded files appended as `label: a, b` (one line: the field is a single-line input). */
export function appendEvidenceReferences(
  text: string,
  files: readonly Pick<OwnEvidence, "filename" | "sha256">[],
  label: string,
): string {
  if (files.length === 0) return text;
  const line = `${label}: ${files.map(evidenceReference).join(", ")}`;
  const trimmed = text.trimEnd();
  return trimmed === "" ? line : `${trimmed}; ${line}`;
}
