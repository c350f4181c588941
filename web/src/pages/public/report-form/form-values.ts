import { REPORT_LIMITS, MAX_AFFECTED_USERS } from "../../../../../src/core/reports/limits.ts";
import {
  charCount,
  publicReportSchema,
  type PublicReportInput,
  type ReporterKind,
} from "../../../../../src/core/reports/schema.ts";
import type { TlpLevel } from "../../../../../src/core/taxonomy/tlp.ts";
import type { ServerLocation } from "../../../../../src/db/schema.ts";
import { toZonedInputValue } from "../../../lib/time.ts";
import { fileErrors, type FileLimits, type Translate } from "./file-rules.ts";

export type { FileLimits, Translate } from "./file-rules.ts";

/*
 * The Aduan Siber form's state and its checks. The checks run the server's own zod schema
 * (src/core/reports/schema.ts) on the payload the form would send, so the form refuses exactly
 * what the server would refuse — only with a message per field, in the user's language.
 */

/** What the inputs hold: text as typed, choices as strings ("" = none). */
export interface ReportFormValues {
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
  occurredEstimated: boolean;
  discoveredHow: string;
  description: string;
  chronology: string;
  impact: {
    description: string;
    serviceDisrupted: boolean;
    dataExposed: boolean;
    personalData: boolean;
    /** As typed; digits only are a number of people. */
    affectedUsers: string | number;
    ongoing: boolean;
  };
  initialActions: string;
  affected: { url: string; domain: string; ip: string; application: string };
  serverLocation: ServerLocation | "";
  tlp: TlpLevel | "";
  files: File[];
  /** A scan or photo of the reporter's identity document (sent in the multipart `identity` field). */
  identityFile: File | null;
  truthful: boolean;
  consent: boolean;
}

export const initialReportValues = (defaultTlp: TlpLevel | "" = "AMBER"): ReportFormValues => ({
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
  occurredEstimated: false,
  discoveredHow: "",
  description: "",
  chronology: "",
  impact: {
    description: "",
    serviceDisrupted: false,
    dataExposed: false,
    personalData: false,
    affectedUsers: "",
    ongoing: false,
  },
  initialActions: "",
  affected: { url: "", domain: "", ip: "", application: "" },
  serverLocation: "",
  tlp: defaultTlp,
  files: [],
  identityFile: null,
  truthful: false,
  consent: false,
});

const text = (value: string) => (value.trim() === "" ? null : value);

/** The JSON body `POST /api/v1/public/reports` takes (the files travel beside it). */
export function toPayload(values: ReportFormValues, language: "id" | "en"): PublicReportInput {
  const users = values.impact.affectedUsers;
  return {
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
    typeCode: values.typeCode as PublicReportInput["typeCode"],
    occurredAt: text(values.occurredAt),
    occurredEstimated: values.occurredEstimated,
    discoveredHow: text(values.discoveredHow),
    description: values.description,
    chronology: text(values.chronology),
    impact: {
      description: text(values.impact.description),
      serviceDisrupted: values.impact.serviceDisrupted,
      dataExposed: values.impact.dataExposed,
      personalData: values.impact.personalData,
      affectedUsers:
        typeof users === "number"
          ? users
          : users.trim() === ""
            ? null
            : /^\d+$/.test(users.trim())
              ? Number(users.trim())
              : Number.NaN,
      ongoing: values.impact.ongoing,
    },
    initialActions: text(values.initialActions),
    affected: {
      url: text(values.affected.url),
      domain: text(values.affected.domain),
      ip: text(values.affected.ip),
      application: text(values.affected.application),
    },
    serverLocation: values.serverLocation === "" ? null : values.serverLocation,
    tlp: values.tlp === "" ? null : values.tlp,
    language,
    // The schema wants the literal `true`; an unticked box is sent as false and refused.
    truthful: values.truthful as true,
    consent: values.consent as true,
  };
}

/** Character limits by form path, for "at most N characters". */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  "reporter.name": REPORT_LIMITS.reporterName,
  "reporter.organisation": REPORT_LIMITS.reporterOrganisation,
  "reporter.position": REPORT_LIMITS.reporterPosition,
  "reporter.email": REPORT_LIMITS.reporterEmail,
  "reporter.phone": REPORT_LIMITS.reporterPhone,
  "reporter.identity": REPORT_LIMITS.reporterIdentity,
  title: REPORT_LIMITS.title,
  discoveredHow: REPORT_LIMITS.discoveredHow,
  description: REPORT_LIMITS.description,
  chronology: REPORT_LIMITS.chronology,
  "impact.description": REPORT_LIMITS.impact,
  initialActions: REPORT_LIMITS.initialActions,
  "affected.url": REPORT_LIMITS.affectedUrl,
  "affected.domain": REPORT_LIMITS.affectedDomain,
  "affected.ip": REPORT_LIMITS.affectedDomain,
  "affected.application": REPORT_LIMITS.affectedApplication,
};

function valueAt(values: ReportFormValues, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      values,
    );
}

function messageFor(path: string, value: unknown, t: Translate): string {
  if (path === "consent" || path === "truthful") return t("validation.mustAgree");
  if (typeof value === "string" && value.trim() === "") return t("validation.required");
  const limit = TEXT_LIMITS[path];
  if (typeof value === "string" && limit !== undefined && charCount(value.trim()) > limit) {
    return t("validation.tooLong", { max: limit });
  }
  if (path === "reporter.email") return t("validation.email");
  if (path === "occurredAt") return t("validation.dateTime");
  if (path === "impact.affectedUsers") return t("validation.wholeNumber", { max: MAX_AFFECTED_USERS });
  if (typeof value === "string") return t("validation.badCharacters");
  return t("validation.invalid");
}

/** Every field error of the form, keyed by its path (`reporter.email`), empty when it may be sent. */
export function validateReport(
  values: ReportFormValues,
  context: { t: Translate; files: FileLimits; timeZone: string; now?: Date },
): Record<string, string> {
  const { t } = context;
  const errors: Record<string, string> = {};
  const parsed = publicReportSchema.safeParse(toPayload(values, "id"));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join(".");
      errors[path] ??= messageFor(path, valueAt(values, path), t);
    }
  }
  // Rules the server applies beyond the schema: a way to reach the reporter, a time not in the future.
  if (!values.reporter.email.trim() && !values.reporter.phone.trim() && !errors["reporter.email"]) {
    errors["reporter.email"] = t("validation.contactRequired");
  }
  const latest = toZonedInputValue(new Date((context.now ?? new Date()).getTime() + 5 * 60_000), context.timeZone);
  if (values.occurredAt && !errors.occurredAt && values.occurredAt.slice(0, 16) > latest) {
    errors.occurredAt = t("validation.future");
  }
  const identityProblem = values.identityFile ? fileErrors([values.identityFile], context.files, t) : null;
  if (identityProblem) errors.identityFile = identityProblem;
  const all = values.identityFile ? [...values.files, values.identityFile] : values.files;
  const fileProblem = fileErrors(all, context.files, t);
  if (fileProblem && !identityProblem) errors.files = fileProblem;
  return errors;
}
