import { z } from "zod";
import { TLP_LEVELS } from "../taxonomy/tlp.ts";
import { INCIDENT_TYPE_CODES } from "../taxonomy/incident-types.ts";
import { SERVER_LOCATIONS } from "../assets/registry.ts";
import { MAX_AFFECTED_USERS, REPORT_LIMITS } from "./limits.ts";

/*
 * The input of a report (DOMAIN.md §5), as zod schemas shared by the API, the intake channels and
 * the web form. Text is kept as sent: only surrounding whitespace is trimmed; markup is inert text.
 */

/** Every way a report reaches the team. */
export const REPORT_CHANNELS = [
  "web",
  "email",
  "letter",
  "phone",
  "api",
  "monitor",
  "federation",
  "upstream_notice",
] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** Channels a staff member records by hand or an API client submits with its token. */
export const STAFF_CHANNELS = [
  "letter",
  "phone",
  "api",
  "email",
  "upstream_notice",
] as const satisfies readonly ReportChannel[];

/** Who the reporter is (DOMAIN §5 A: ASN/PD · public · other agency · CSIRT/BSSN notice · internal detection). */
export const REPORTER_KINDS = ["asn", "public", "other_agency", "csirt", "internal"] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** "Tidak tahu" on the form: the incident type is left for verification to decide. */
export const UNKNOWN_TYPE = "unknown";
export const REPORT_TYPE_CODES = [...INCIDENT_TYPE_CODES, UNKNOWN_TYPE] as const;

/** Number of characters as a person counts them (code points), not UTF-16 units. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a text can be stored unchanged on both databases: PostgreSQL refuses NUL characters and
 * an unpaired surrogate would silently become U+FFFD in UTF-8. Such text is refused, not altered.
 */
export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !UNPAIRED_SURROGATE.test(text);
}

const storable = (max: number) =>
  z
    .string()
    .trim()
    .refine(isStorableText, { error: "contains a NUL character or an unpaired surrogate" })
    .refine((s) => charCount(s) <= max, { error: `too long: at most ${max} characters` });

/** A required text field: trimmed, not blank, at most `max` characters. */
export const requiredText = (max: number) => storable(max).refine((s) => s.length > 0, { error: "required" });

/** An optional text field: absent, null or blank all mean "not given" (null). */
export const optionalText = (max: number) =>
  storable(max)
    .nullish()
    .transform((s) => (s ? s : null));

/** An instant with an offset (`2026-11-27T10:00:00+08:00`), or a local time read in the team's zone. */
export const instantInput = z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true })]);

export const reporterSchema = z.strictObject({
  name: requiredText(REPORT_LIMITS.reporterName),
  kind: z.enum(REPORTER_KINDS),
  organisation: optionalText(REPORT_LIMITS.reporterOrganisation),
  position: optionalText(REPORT_LIMITS.reporterPosition),
  email: z
    .string()
    .trim()
    .nullish()
    .transform((s) => s || null)
    .pipe(z.email().max(REPORT_LIMITS.reporterEmail).nullable()),
  phone: optionalText(REPORT_LIMITS.reporterPhone),
  /** NIP for civil servants, or the kind and number of an identity document (its scan is an attachment). */
  identity: optionalText(REPORT_LIMITS.reporterIdentity),
  /** The reporter asks that their identity be kept confidential. */
  confidential: z.boolean().default(false),
});

export const impactSchema = z.strictObject({
  description: optionalText(REPORT_LIMITS.impact),
  serviceDisrupted: z.boolean().default(false),
  dataExposed: z.boolean().default(false),
  /** Personal data involved: starts the UU PDP 3×24 h notice timer. */
  personalData: z.boolean().default(false),
  affectedUsers: z
    .number()
    .int()
    .min(0)
    .max(MAX_AFFECTED_USERS)
    .nullish()
    .transform((n) => n ?? null),
  ongoing: z.boolean().default(false),
});

export const affectedSchema = z.strictObject({
  url: optionalText(REPORT_LIMITS.affectedUrl),
  domain: optionalText(REPORT_LIMITS.affectedDomain),
  ip: optionalText(REPORT_LIMITS.affectedDomain),
  application: optionalText(REPORT_LIMITS.affectedApplication),
});

export const letterSchema = z.strictObject({
  number: requiredText(REPORT_LIMITS.letterNumber),
  date: z.iso.date(),
  sender: requiredText(REPORT_LIMITS.letterSender),
});

/** The fields every channel shares (DOMAIN §5 A, C, D and the TLP of E). */
const contentShape = {
  reporter: reporterSchema,
  title: requiredText(REPORT_LIMITS.title),
  typeCode: z.enum(REPORT_TYPE_CODES).default(UNKNOWN_TYPE),
  occurredAt: instantInput.nullish().transform((s) => s ?? null),
  occurredEstimated: z.boolean().default(false),
  discoveredHow: optionalText(REPORT_LIMITS.discoveredHow),
  description: requiredText(REPORT_LIMITS.description),
  chronology: optionalText(REPORT_LIMITS.chronology),
  impact: impactSchema.prefault({}),
  initialActions: optionalText(REPORT_LIMITS.initialActions),
  affected: affectedSchema.prefault({}),
  serverLocation: z
    .enum(SERVER_LOCATIONS)
    .nullish()
    .transform((s) => s ?? null),
  /** Default: the team's `intake.defaultTlp` (AMBER). */
  tlp: z
    .enum(TLP_LEVELS)
    .nullish()
    .transform((s) => s ?? null),
  /** Language the reporter is answered in; default the request's. */
  language: z
    .enum(["id", "en"])
    .nullish()
    .transform((s) => s ?? null),
};

/**
 * A report from the public form. Both statements (DOMAIN §5 F) must be ticked: the data is true,
 * and the reporter consents to its processing (UU PDP).
 */
export const publicReportSchema = z.strictObject({
  ...contentShape,
  consent: z.literal(true, { error: "consent to the processing of personal data is required" }),
  truthful: z.literal(true, { error: "the statement that the data is true is required" }),
});
export type PublicReportInput = z.input<typeof publicReportSchema>;

/** A report recorded by staff (letter, phone call) or submitted by an API client. */
export const staffReportSchema = z.strictObject({
  ...contentShape,
  channel: z.enum(STAFF_CHANNELS),
  /** Incoming letter: number, date and sender (the scan is an attachment of kind `letter_scan`). */
  letter: letterSchema.nullish().transform((s) => s ?? null),
  /** When the report actually arrived, if earlier than now (a letter logged later); never in the future. */
  receivedAt: z.iso
    .datetime({ offset: true })
    .nullish()
    .transform((s) => s ?? null),
  consent: z.boolean().default(false),
  truthful: z.boolean().default(false),
});
export type StaffReportInput = z.input<typeof staffReportSchema>;

/** What `submitReport` accepts from any channel. */
export const submitReportSchema = z.strictObject({
  ...contentShape,
  channel: z.enum(REPORT_CHANNELS),
  letter: letterSchema.nullish().transform((s) => s ?? null),
  receivedAt: z.iso
    .datetime({ offset: true })
    .nullish()
    .transform((s) => s ?? null),
  consent: z.boolean().default(false),
  truthful: z.boolean().default(false),
});
export type SubmitReportInput = z.input<typeof submitReportSchema>;
export type SubmitReportData = z.output<typeof submitReportSchema>;

/** A message on a report: the reporter's answer, or a staff question or note. */
export const messageBodySchema = requiredText(REPORT_LIMITS.message);

/** Where a file of a report belongs (DOMAIN §5 E; the letter's scan; the reporter's identity proof). */
export const ATTACHMENT_KINDS = ["evidence", "identity", "letter_scan", "reply_evidence"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];
