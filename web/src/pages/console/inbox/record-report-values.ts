import { zonedToInstant } from "../../../../../src/core/calendar/zoned-time.ts";
import { REPORT_LIMITS } from "../../../../../src/core/reports/limits.ts";
import {
  charCount,
  staffReportSchema,
  type ReporterKind,
  type StaffReportInput,
} from "../../../../../src/core/reports/schema.ts";
import type { TlpLevel } from "../../../../../src/core/taxonomy/tlp.ts";
import { toZonedInputValue } from "../../../lib/time.ts";
import { fileErrors, type FileLimits, type Translate } from "../../public/report-form/file-rules.ts";

/*
 * The form for a report that reached the intake desk by letter or telephone. Its checks run the
 * server's own zod schema (staffReportSchema) on the payload the form would send, plus the rules
 * the server applies beyond it (a letter needs its number, date, sender and scan; no arrival time
 * in the future), so the desk is told everything on the form before anything is sent.
 */

/** The channels the desk records by hand. */
export const RECORD_CHANNELS = ["letter", "phone"] as const;
export type RecordChannel = (typeof RECORD_CHANNELS)[number];

/** What the inputs hold: text as typed, choices as strings ("" = none). */
export interface RecordReportValues {
  channel: RecordChannel;
  letter: { number: string; date: string; sender: string };
  /** When it arrived, `YYYY-MM-DDTHH:MM` in the team's zone; empty = now. */
  receivedAt: string;
  reporter: {
    name: string;
    kind: ReporterKind | "";
    organisation: string;
    position: string;
    email: string;
    phone: string;
    identity: string;
    confidential: boolean;
  };
  title: string;
  typeCode: string;
  occurredAt: string;
  description: string;
  chronology: string;
  affected: { url: string; domain: string; ip: string; application: string };
  tlp: TlpLevel | "";
  /** The language the reporter is written to in. */
  language: "id" | "en";
  letterScan: File | null;
  files: File[];
}

export const initialRecordValues = (): RecordReportValues => ({
  channel: "letter",
  letter: { number: "", date: "", sender: "" },
  receivedAt: "",
  reporter: {
    name: "",
    kind: "",
    organisation: "",
    position: "",
    email: "",
    phone: "",
    identity: "",
    confidential: false,
  },
  title: "",
  typeCode: "unknown",
  occurredAt: "",
  description: "",
  chronology: "",
  affected: { url: "", domain: "", ip: "", application: "" },
  tlp: "",
  language: "id",
  letterScan: null,
  files: [],
});

const text = (value: string) => (value.trim() === "" ? null : value);

/** `2026-11-27T10:15` read on the team's wall clock → a UTC ISO instant; null when empty or unreadable. */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const instant = zonedToInstant(m[1]!, Number(m[2]) * 60 + Number(m[3]), timeZone);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** The JSON body `POST /api/v1/reports` takes (the files travel beside it). */
export function toStaffPayload(values: RecordReportValues, timeZone: string): StaffReportInput {
  const isLetter = values.channel === "letter";
  return {
    channel: values.channel,
    letter: isLetter ? { number: values.letter.number, date: values.letter.date, sender: values.letter.sender } : null,
    receivedAt: values.receivedAt ? (zonedInputToIso(values.receivedAt, timeZone) ?? values.receivedAt) : null,
    reporter: {
      name: values.reporter.name,
      kind: values.reporter.kind as ReporterKind,
      organisation: text(values.reporter.organisation),
      position: text(values.reporter.position),
      email: text(values.reporter.email),
      phone: text(values.reporter.phone),
      identity: text(values.reporter.identity),
      confidential: values.reporter.confidential,
    },
    title: values.title,
    typeCode: values.typeCode as StaffReportInput["typeCode"],
    // A local time; the server reads it on the team's clock.
    occurredAt: text(values.occurredAt),
    description: values.description,
    chronology: text(values.chronology),
    affected: {
      url: text(values.affected.url),
      domain: text(values.affected.domain),
      ip: text(values.affected.ip),
      application: text(values.affected.application),
    },
    tlp: values.tlp === "" ? null : values.tlp,
    language: values.language,
  };
}

const TEXT_LIMITS: Readonly<Record<string, number>> = {
  "letter.number": REPORT_LIMITS.letterNumber,
  "letter.sender": REPORT_LIMITS.letterSender,
  "reporter.name": REPORT_LIMITS.reporterName,
  "reporter.organisation": REPORT_LIMITS.reporterOrganisation,
  "reporter.position": REPORT_LIMITS.reporterPosition,
  "reporter.email": REPORT_LIMITS.reporterEmail,
  "reporter.phone": REPORT_LIMITS.reporterPhone,
  "reporter.identity": REPORT_LIMITS.reporterIdentity,
  title: REPORT_LIMITS.title,
  description: REPORT_LIMITS.description,
  chronology: REPORT_LIMITS.chronology,
  "affected.url": REPORT_LIMITS.affectedUrl,
  "affected.domain": REPORT_LIMITS.affectedDomain,
  "affected.ip": REPORT_LIMITS.affectedDomain,
  "affected.application": REPORT_LIMITS.affectedApplication,
};

function valueAt(values: RecordReportValues, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      values,
    );
}

function messageFor(path: string, value: unknown, t: Translate): string {
  if (typeof value === "string" && value.trim() === "") return t("validation.required");
  const limit = TEXT_LIMITS[path];
  if (typeof value === "string" && limit !== undefined && charCount(value.trim()) > limit) {
    return t("validation.tooLong", { max: limit });
  }
  if (path === "reporter.email") return t("validation.email");
  if (path === "occurredAt" || path === "receivedAt") return t("validation.dateTime");
  if (path === "letter.date") return t("inbox.form.badDate");
  if (typeof value === "string") return t("validation.badCharacters");
  return t("validation.invalid");
}

export interface RecordCheckContext {
  t: Translate;
  files: FileLimits;
  timeZone: string;
  now?: Date;
}

/** Every field error of the form, keyed by its path (`letter.number`); empty when it may be sent. */
export function validateRecord(values: RecordReportValues, context: RecordCheckContext): Record<string, string> {
  const { t } = context;
  const errors: Record<string, string> = {};
  const parsed = staffReportSchema.safeParse(toStaffPayload(values, context.timeZone));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join(".");
      errors[path] ??= messageFor(path, valueAt(values, path), t);
    }
  }
  const now = context.now ?? new Date();
  const latest = toZonedInputValue(now, context.timeZone);
  if (values.receivedAt && !errors.receivedAt && values.receivedAt.slice(0, 16) > latest) {
    errors.receivedAt = t("inbox.form.receivedInFuture");
  }
  const soon = toZonedInputValue(new Date(now.getTime() + 5 * 60_000), context.timeZone);
  if (values.occurredAt && !errors.occurredAt && values.occurredAt.slice(0, 16) > soon) {
    errors.occurredAt = t("validation.future");
  }
  if (values.channel === "letter" && !values.letterScan) errors.letterScan = t("inbox.form.scanRequired");
  const scanProblem = values.letterScan ? fileErrors([values.letterScan], context.files, t) : null;
  if (scanProblem) errors.letterScan = scanProblem;
  // The count and size limits hold for all files of the report together.
  const all = values.letterScan ? [values.letterScan, ...values.files] : values.files;
  const fileProblem = fileErrors(all, context.files, t);
  if (fileProblem && !scanProblem) errors.files = fileProblem;
  return errors;
}
