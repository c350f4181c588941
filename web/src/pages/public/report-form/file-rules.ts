import type { ParseKeys } from "i18next";
import { normaliseMediaType } from "../../../../../src/core/reports/media-type.ts";
import { formatBytes } from "../../../lib/time.ts";

/*
 * Checks on files before they are sent, shared by the report form and the tracking page. Kept
 * apart from the form's schema checks so the tracking page does not load zod.
 */

/** Translates a key with values; the form's `t`. */
export type Translate = (key: ParseKeys, values?: Record<string, string | number>) => string;

/** The team's file limits (from its profile). */
export interface FileLimits {
  maxAttachmentBytes: number;
  maxAttachments: number;
  allowedMediaTypes: readonly string[];
}

/** Problems with the chosen files: how many, how large, of what type. */
export function fileErrors(files: readonly File[], limits: FileLimits, t: Translate): string | null {
  if (files.length > limits.maxAttachments) return t("validation.tooManyFiles", { max: limits.maxAttachments });
  const allowed = new Set(limits.allowedMediaTypes.map((m) => normaliseMediaType(m)));
  for (const file of files) {
    if (file.size === 0) return t("validation.emptyFile", { name: file.name });
    if (file.size > limits.maxAttachmentBytes) {
      return t("validation.fileTooLarge", { name: file.name, max: formatBytes(limits.maxAttachmentBytes) });
    }
    // The server also checks the bytes; a type the browser does not know is left to it.
    const type = normaliseMediaType(file.type);
    if (type !== null && !allowed.has(type)) return t("validation.fileType", { name: file.name });
  }
  return null;
}
