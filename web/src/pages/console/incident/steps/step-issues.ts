import type { ParseKeys } from "i18next";
import { isLocalDate } from "../../../../../../src/core/calendar/local-date.ts";
import { zonedToInstant } from "../../../../../../src/core/calendar/zoned-time.ts";
import { translate, type Lang, type MessageKey } from "../../../../../../src/core/i18n/messages.ts";

/*
 * Turning the step schemas' problems (src/core/workflow/step-outputs.ts, run in the browser on the
 * output the form would send) into a message per form field. The schemas' own rules name message
 * keys of the server's catalogue, shown in its words; zod's generic problems get ours.
 */

/** The cross-field rules of the step schemas, whose message is a key of the server's catalogue. */
const WORKFLOW_KEYS: readonly MessageKey[] = [
  "workflow.reason_required",
  "workflow.disposition_required",
  "workflow.disposition_mismatch",
  "workflow.assessment_required",
  "workflow.other_needs_description",
  "workflow.escalation_required",
  "workflow.cannot_reason_required",
  "workflow.duplicate_reply",
];

/** The part of a zod issue the mapping reads. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  input?: unknown;
}

type Translate = (key: ParseKeys, values?: Record<string, unknown>) => string;

/** The message for one issue, in `language`. */
export function issueMessage(issue: SchemaIssue, t: Translate, language: Lang): string {
  if ((WORKFLOW_KEYS as readonly string[]).includes(issue.message))
    return translate(language, issue.message as MessageKey);
  const isArray = issue.origin === "array" || issue.origin === "set";
  switch (issue.code) {
    case "too_small":
      if (isArray) return t("incident.validation.atLeast", { min: Number(issue.minimum ?? 1) });
      return issue.origin === "number"
        ? t("incident.validation.minNumber", { min: Number(issue.minimum ?? 1) })
        : t("incident.validation.required");
    case "too_big":
      if (isArray) return t("incident.validation.tooMany", { max: Number(issue.maximum ?? 0) });
      return issue.origin === "number"
        ? t("incident.validation.maxNumber", { max: Number(issue.maximum ?? 0) })
        : t("incident.validation.tooLong", { max: Number(issue.maximum ?? 0) });
    case "invalid_value":
      return t("incident.validation.choose");
    case "invalid_format":
      return t("incident.validation.dateTime");
    case "invalid_type":
      return issue.input === undefined || issue.input === ""
        ? t("incident.validation.required")
        : t("incident.validation.invalid");
    default:
      return t("incident.validation.invalid");
  }
}

/** Field errors keyed by dotted path (`checklist.systemLogs.note`, `actions.0.kind`), first issue per field. */
export function issuesToErrors(issues: readonly SchemaIssue[], t: Translate, language: Lang): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || "form";
    errors[path] ??= issueMessage(issue, t, language);
  }
  return errors;
}

/** Server problems (`details: [{path: "output.x", message}]`) as field errors of the step form. */
export function serverErrors(details: unknown): Record<string, string> {
  if (!Array.isArray(details)) return {};
  const errors: Record<string, string> = {};
  for (const d of details) {
    if (typeof d !== "object" || d === null) continue;
    const { path, message } = d as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || !path.startsWith("output")) continue;
    errors[path.replace(/^output\.?/, "") || "form"] ??= typeof message === "string" ? message : "";
  }
  return errors;
}

/**
 * A `datetime-local` value (`2026-11-27T10:15`, the team's wall clock) as an ISO instant; the
 * value itself when it is not one, so that the schema reports the field.
 */
export function instantFromLocal(value: string, timeZone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || !isLocalDate(m[1]!) || Number(m[2]) > 23 || Number(m[3]) > 59) return value.trim();
  return zonedToInstant(m[1]!, Number(m[2]) * 60 + Number(m[3]), timeZone).toISOString();
}

/** Trimmed text, or undefined when blank (an optional field left empty is not sent). */
export const optional = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());

/** A number typed or chosen in a field, or undefined when empty. */
export const optionalNumber = (value: string | number | null | undefined): number | undefined => {
  if (value === null || value === undefined || value === "") return undefined;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
};
