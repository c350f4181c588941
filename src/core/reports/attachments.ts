import { AppError } from "../errors.ts";
import type { TeamSettings } from "../settings.ts";
import { checkMediaType } from "./media-type.ts";

/** The team's intake limits on files (`settings.intake`). */
export type AttachmentLimits = Pick<
  TeamSettings["intake"],
  "maxAttachmentBytes" | "maxAttachments" | "allowedMediaTypes"
>;

/** A size in the unit people read: `10 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** The error for a file over the size limit (413). */
export const attachmentTooLarge = (filename: string, limits: AttachmentLimits) =>
  new AppError("payload_too_large", "attachment.too_large", {
    filename,
    limit: formatBytes(limits.maxAttachmentBytes),
  });

/** Refuses more files than the team allows on one report (413). */
export function assertAttachmentCount(count: number, limits: AttachmentLimits): void {
  if (count > limits.maxAttachments)
    throw new AppError("payload_too_large", "attachment.too_many", { max: limits.maxAttachments });
}

/** What is known of a file once its bytes are in the store. */
export interface ReceivedFile {
  filename: string;
  /** The type the sender declared, if any. */
  declaredType: string | null;
  sizeBytes: number;
  /** Its first bytes (at least SNIFF_BYTES, or all of a smaller file). */
  head: Uint8Array;
}

/**
 * Checks one file against the team's limits and returns the media type to store it with: not
 * empty (400), not over the size limit (413), of an allowed type whose content agrees (415).
 */
export function verifyAttachment(file: ReceivedFile, limits: AttachmentLimits): string {
  if (file.sizeBytes === 0) throw new AppError("validation_failed", "attachment.empty", { filename: file.filename });
  if (file.sizeBytes > limits.maxAttachmentBytes) throw attachmentTooLarge(file.filename, limits);
  const verdict = checkMediaType(file.declaredType, file.filename, file.head, limits.allowedMediaTypes);
  if (verdict.ok) return verdict.mediaType;
  if (verdict.reason === "not_allowed") {
    throw new AppError("unsupported_media_type", "attachment.type_not_allowed", {
      filename: file.filename,
      type: verdict.mediaType,
      allowed: limits.allowedMediaTypes.join(", "),
    });
  }
  throw new AppError("unsupported_media_type", "attachment.content_mismatch", {
    filename: file.filename,
    type: verdict.mediaType,
  });
}
