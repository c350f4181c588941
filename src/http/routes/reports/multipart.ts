import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodType } from "zod";
import type { IncomingAttachment } from "../../../commands/evidence/record-attachments.ts";
import { AppError, invalid } from "../../../core/errors.ts";
import { attachmentTooLarge, verifyAttachment, type AttachmentLimits } from "../../../core/reports/attachments.ts";
import { MAX_REPORT_FIELD_BYTES } from "../../../core/reports/limits.ts";
import type { AttachmentKind } from "../../../core/reports/schema.ts";
import type { AttachmentStore } from "../../../storage/attachment-store.ts";

/*
 * Multipart bodies of the report and evidence routes: a JSON field (the report) and files. Files
 * stream straight into the content-addressed store while their SHA-256 is computed; a file over
 * the size limit is refused as soon as it passes the limit, and one whose bytes do not match its
 * declared type never enters the store.
 */

/** Registers the multipart parser in a route area, unless an enclosing context already has it. */
export async function ensureMultipart(app: FastifyInstance): Promise<void> {
  if (app.hasContentTypeParser("multipart/form-data")) return;
  await app.register(multipart, { throwFileSizeLimit: false });
}

export interface MultipartSpec {
  /** File field name → what the files in it are. */
  fileFields: Readonly<Record<string, AttachmentKind>>;
  /** Text field names accepted besides the files. */
  textFields: readonly string[];
}

/** Called for each text field as it arrives, before any file after it is stored; may throw. */
export type OnField = (name: string, value: unknown) => void;

export interface MultipartBody {
  fields: Record<string, string | unknown>;
  files: IncomingAttachment[];
}

/** Reads a multipart body by `spec` within the team's limits (400 for unknown fields, 413, 415). */
export async function readMultipart(
  request: FastifyRequest,
  store: AttachmentStore,
  limits: AttachmentLimits,
  spec: MultipartSpec,
  onField?: OnField,
): Promise<MultipartBody> {
  const allowed = [...spec.textFields, ...Object.keys(spec.fileFields)];
  const fields: Record<string, unknown> = {};
  const files: IncomingAttachment[] = [];
  const parts = request.parts({
    limits: {
      // One byte over the limit is enough to know a file is too large.
      fileSize: limits.maxAttachmentBytes + 1,
      files: limits.maxAttachments + 1,
      fields: spec.textFields.length + 5,
      fieldSize: MAX_REPORT_FIELD_BYTES,
      parts: limits.maxAttachments + spec.textFields.length + 6,
    },
  });
  for await (const part of parts) {
    if (part.type === "file") {
      const kind = spec.fileFields[part.fieldname];
      if (kind === undefined) {
        part.file.resume();
        throw invalid("report.multipart_unknown_field", { field: part.fieldname, allowed: allowed.join(", ") });
      }
      if (files.length >= limits.maxAttachments) {
        part.file.resume();
        throw new AppError("payload_too_large", "attachment.too_many", { max: limits.maxAttachments });
      }
      const filename = part.filename;
      const declaredType = part.mimetype || null;
      const blob = await store.put(part.file, {
        maxBytes: limits.maxAttachmentBytes,
        tooLarge: () => attachmentTooLarge(filename, limits),
        check: (b) => void verifyAttachment({ filename, declaredType, sizeBytes: b.sizeBytes, head: b.head }, limits),
      });
      files.push({ kind, filename, declaredType, blob });
    } else {
      if (!spec.textFields.includes(part.fieldname)) {
        throw invalid("report.multipart_unknown_field", { field: part.fieldname, allowed: allowed.join(", ") });
      }
      if (part.valueTruncated) {
        throw new AppError("payload_too_large", "error.payload_too_large", {
          limit: `${MAX_REPORT_FIELD_BYTES / 1024} KB`,
        });
      }
      fields[part.fieldname] = part.value;
      onField?.(part.fieldname, part.value);
    }
  }
  return { fields, files };
}

/**
 * The JSON document in a multipart field, validated by `schema`: 400 with the failing fields,
 * in the same shape as a JSON body's validation errors.
 */
export function parseJsonField<T>(value: unknown, schema: ZodType<T>, field: string): T {
  let data = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      throw invalid("report.multipart_report_missing");
    }
  }
  if (data === undefined || data === null || typeof data !== "object") throw invalid("report.multipart_report_missing");
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw invalid(
    "error.validation_failed",
    {},
    parsed.error.issues.map((i) => ({ in: "body", path: [field, ...i.path].join("."), message: i.message })),
  );
}

/**
 * The body of a report submission, JSON or multipart: with multipart, the `report` field holds
 * the JSON (validated by `schema`) and the file fields of `spec` the files. A `report` field sent
 * before the files is checked as soon as it arrives, so an invalid report stores no file.
 */
export async function readReportBody<T>(
  request: FastifyRequest,
  jsonBody: T | null | undefined,
  store: AttachmentStore,
  limits: AttachmentLimits,
  schema: ZodType<T>,
  spec: MultipartSpec,
): Promise<{ input: T; files: IncomingAttachment[] }> {
  if (!request.isMultipart()) {
    if (jsonBody === undefined || jsonBody === null) throw invalid("report.multipart_report_missing");
    return { input: jsonBody, files: [] };
  }
  let input: T | undefined;
  const body = await readMultipart(request, store, limits, spec, (name, value) => {
    if (name === "report") input = parseJsonField(value, schema, "report");
  });
  return { input: input ?? parseJsonField(body.fields.report, schema, "report"), files: body.files };
}
