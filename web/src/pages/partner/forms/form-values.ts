import type { ParseKeys } from "i18next";
import type { z } from "zod";
import { zonedToInstant } from "../../../../../src/core/calendar/zoned-time.ts";
import type { HandoffChannel, RecommendationOwner, ReplyStatus } from "../../../../../src/core/workflow/catalogue.ts";
import {
  agencyCoordinationOutputSchema,
  developerReplyOutputSchema,
  upstreamFollowupOutputSchema,
} from "../../../../../src/core/workflow/step-outputs.ts";
import type { PartnerStepOutput, Recommendation } from "../../../api/partner.ts";
import { toZonedInputValue } from "../../../lib/time.ts";

/*
 * The partner step forms' state and checks. Each form turns its values into the output the
 * server would receive and runs the server's own step-output schema on it
 * (src/core/workflow/step-outputs.ts), so the browser refuses exactly what the server refuses,
 * with a translated message on the field at fault.
 */

/** Translates a key with values; the form's `t`. */
export type Translate = (key: ParseKeys, values?: Record<string, string | number>) => string;

/** Field errors keyed by the form value's path (`replies.1.reason`); empty when the output may be sent. */
export type FormErrors = Record<string, string>;

/**
 * `2026-11-27T10:15` read in `timeZone` → the UTC ISO instant, or null when it is not a complete
 * date and time (what `<input type="datetime-local">` gives).
 */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const [, date, hours, minutes] = match as unknown as [string, string, string, string];
  if (Number(hours) > 23 || Number(minutes) > 59) return null;
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  try {
    return zonedToInstant(date, Number(hours) * 60 + Number(minutes), timeZone).toISOString();
  } catch {
    return null;
  }
}

/** The current time as a datetime-local value in the team's zone (the default "when"). */
export const nowInput = (now: Date, timeZone: string): string => toZonedInputValue(now, timeZone);

const trimmed = (v: string): string | undefined => (v.trim() === "" ? undefined : v.trim());

/** The message for one schema issue, given the value the user typed at that place. */
function messageFor(issue: z.core.$ZodIssue, value: unknown, t: Translate): string {
  if (issue.message === "workflow.cannot_reason_required") return t("partner.validation.reasonRequired");
  if (issue.message === "workflow.duplicate_reply") return t("partner.validation.duplicateReply");
  if (issue.code === "too_big" && issue.origin === "string")
    return t("validation.tooLong", { max: Number(issue.maximum) });
  if (issue.code === "too_big" && issue.origin === "array")
    return t("partner.validation.tooMany", { max: Number(issue.maximum) });
  if (issue.code === "too_small" && issue.origin === "array") return t("partner.validation.replyNeeded");
  if (typeof value === "string" && value.trim() === "") return t("validation.required");
  if (issue.code === "invalid_format" && issue.format === "date") return t("partner.validation.date");
  if (issue.code === "invalid_format") return t("validation.dateTime");
  return t("validation.invalid");
}

function valueAt(values: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
      values,
    );
}

/**
 * Runs `schema` on `output` and keys each problem by the form path `formPath` maps its output path
 * to (the first problem per field wins).
 */
function check(
  schema: z.ZodType,
  output: unknown,
  values: unknown,
  t: Translate,
  formPath: (outputPath: string) => string = (p) => p,
): FormErrors {
  const errors: FormErrors = {};
  const parsed = schema.safeParse(output);
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const path = formPath(issue.path.map(String).join("."));
    errors[path] ??= messageFor(issue, valueAt(values, path), t);
  }
  return errors;
}

/* ---- Step 7: the upstream CSIRT's follow-up -------------------------------------------------- */

/** One recommendation the upstream CSIRT adds. */
export interface RecommendationValues {
  body: string;
  owner: RecommendationOwner | "";
  /** `YYYY-MM-DD`. */
  deadline: string;
}

/** The upstream follow-up form: confirmation, own recommendations, an optional escalation to BSSN. */
export interface UpstreamValues {
  confirmation: string;
  recommendations: RecommendationValues[];
  escalate: boolean;
  escalateToBssn: { reason: string; handedOffAt: string; channel: HandoffChannel | ""; reference: string };
}

export const emptyRecommendation = (): RecommendationValues => ({ body: "", owner: "", deadline: "" });

export const initialUpstreamValues = (now: Date, timeZone: string): UpstreamValues => ({
  confirmation: "",
  recommendations: [],
  escalate: false,
  escalateToBssn: { reason: "", handedOffAt: nowInput(now, timeZone), channel: "", reference: "" },
});

/** The step-7 output the form would send (times in UTC; unreadable ones left as typed for the check to refuse). */
export function upstreamOutput(values: UpstreamValues, timeZone: string): PartnerStepOutput<"upstream_followup"> {
  const e = values.escalateToBssn;
  return {
    confirmation: values.confirmation,
    recommendations: values.recommendations.map((r) => ({
      body: r.body,
      owner: r.owner as RecommendationOwner,
      deadline: r.deadline,
    })),
    ...(values.escalate
      ? {
          escalateToBssn: {
            reason: e.reason,
            handedOffAt: zonedInputToIso(e.handedOffAt, timeZone) ?? e.handedOffAt,
            channel: e.channel as HandoffChannel,
            reference: trimmed(e.reference),
          },
        }
      : {}),
  };
}

/** The upstream form's errors. */
export const validateUpstream = (values: UpstreamValues, timeZone: string, t: Translate): FormErrors =>
  check(upstreamFollowupOutputSchema, upstreamOutput(values, timeZone), values, t);

/* ---- Step 8: the agency's coordination with its developer ------------------------------------ */

/** The agency coordination form: what was agreed, when, and how. */
export interface AgencyValues {
  outcome: string;
  coordinatedAt: string;
  channel: HandoffChannel | "";
}

export const initialAgencyValues = (now: Date, timeZone: string): AgencyValues => ({
  outcome: "",
  coordinatedAt: nowInput(now, timeZone),
  channel: "",
});

/** The step-8 output the form would send. */
export function agencyOutput(values: AgencyValues, timeZone: string): PartnerStepOutput<"agency_coordination"> {
  return {
    outcome: values.outcome,
    coordinatedAt: zonedInputToIso(values.coordinatedAt, timeZone) ?? values.coordinatedAt,
    channel: values.channel as HandoffChannel,
  };
}

/** The agency form's errors. */
export const validateAgency = (values: AgencyValues, timeZone: string, t: Translate): FormErrors =>
  check(agencyCoordinationOutputSchema, agencyOutput(values, timeZone), values, t);

/* ---- Step 9: the developer's reply per recommendation ---------------------------------------- */

/** The reply to one recommendation; `include` says whether it is sent. */
export interface ReplyValues {
  recommendationNumber: number;
  include: boolean;
  steps: string;
  evidence: string;
  status: ReplyStatus | "";
  reason: string;
}

/** The developer reply form: a reply per recommendation, the residual risk, who answers for it. */
export interface DeveloperValues {
  replies: ReplyValues[];
  residualRisk: string;
  responsibleName: string;
  responsiblePosition: string;
}

/**
 * One reply per recommendation, numbered as the recommendations are. The developer's own
 * recommendations are answered by default; others (the agency's, the CSIRT's) when the developer
 * chooses to.
 */
export const initialDeveloperValues = (recommendations: readonly Recommendation[]): DeveloperValues => ({
  replies: recommendations.map((r) => ({
    recommendationNumber: r.number,
    include: r.owner === "developer",
    steps: "",
    evidence: "",
    status: "",
    reason: "",
  })),
  residualRisk: "",
  responsibleName: "",
  responsiblePosition: "",
});

/** The replies that are sent, with the index of each in the form. */
function includedReplies(values: DeveloperValues): Array<{ reply: ReplyValues; formIndex: number }> {
  return values.replies.flatMap((reply, formIndex) => (reply.include ? [{ reply, formIndex }] : []));
}

/** The step-9 output the form would send: only the replies marked to send. */
export function developerOutput(values: DeveloperValues): PartnerStepOutput<"developer_reply"> {
  return {
    replies: includedReplies(values).map(({ reply }) => ({
      recommendationNumber: reply.recommendationNumber,
      steps: reply.steps,
      evidence: trimmed(reply.evidence),
      status: reply.status as ReplyStatus,
      // A reason only goes with "cannot"; a reason typed before the status changed stays in the form.
      reason: reply.status === "cannot" ? trimmed(reply.reason) : undefined,
    })),
    residualRisk: trimmed(values.residualRisk),
    responsibleName: trimmed(values.responsibleName),
    responsiblePosition: trimmed(values.responsiblePosition),
  };
}

/** The developer form's errors; `replies` (no reply chosen) is a form-level one. */
export function validateDeveloper(values: DeveloperValues, t: Translate): FormErrors {
  const sent = includedReplies(values);
  // The output's reply i is the form's reply sent[i].formIndex.
  const formPath = (path: string) =>
    path.replace(/^replies\.(\d+)/, (_, i: string) => `replies.${sent[Number(i)]?.formIndex ?? i}`);
  return check(developerReplyOutputSchema, developerOutput(values), values, t, formPath);
}
