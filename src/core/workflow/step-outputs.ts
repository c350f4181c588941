import { z } from "zod";
import type { SopStepCode } from "../sop/step-codes.ts";
import {
  INVALID_DISPOSITIONS,
  TRANSFERRED_DISPOSITION,
  VALID_DISPOSITION,
  VERIFICATION_OUTCOMES,
  dispositionsFor,
  type VerificationDispositionTag,
} from "../taxonomy/disposition.ts";
import { INCIDENT_TYPE_CODES } from "../taxonomy/incident-types.ts";
import {
  ESCALATION_TARGETS,
  HANDOFF_CHANNELS,
  MITIGATION_KINDS,
  MITIGATION_STATUSES,
  OBSERVABLE_KINDS,
  RECOMMENDATION_OWNERS,
  REPLY_STATUSES,
} from "./catalogue.ts";
import { SERVER_LOCATIONS } from "../assets/registry.ts";
import { TLP_LEVELS } from "../taxonomy/tlp.ts";

/*
 * The typed output of each SOP step, keyed by step code so that another team's SOP (numbered
 * differently) reuses them. Cross-field rules report a message key of `src/core/i18n/messages.ts`
 * as the issue message, so the command can say what is wrong in the user's language.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
/** An instant with an offset, stored as UTC ISO. */
const instant = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());
/** A local calendar date, `YYYY-MM-DD`. */
const localDate = z.iso.date();
const scale = z.number().int().min(1).max(5);
const id = z.number().int().positive();

/** Step 1 (recorded by intake itself, see `openIncidentForReport`). */
export const receiveOutputSchema = z.strictObject({
  reportId: id,
  reportCode: text(100),
  channel: text(50),
});

/** Step 2: the intake desk forwards the report, with a note and an optional disposition to an analyst. */
export const forwardOutputSchema = z.strictObject({
  note: optionalText(4000),
  /** The forwarding instruction (disposisi), e.g. "to the web-admin team". */
  disposition: optionalText(1000),
  /** The analyst (csirt / csirt_lead) who is to verify. */
  assigneeUserId: id.optional(),
});

const checkItem = z.strictObject({ checked: z.boolean(), note: text(2000) });
const VERIFICATION_DISPOSITIONS = [VALID_DISPOSITION, TRANSFERRED_DISPOSITION, ...INVALID_DISPOSITIONS] as [
  VerificationDispositionTag,
  ...VerificationDispositionTag[],
];

/** Step 3: the checklist, the verdict and, for a valid report, the assessment. */
export const verifyOutputSchema = z
  .strictObject({
    checklist: z.strictObject({
      reporterIdentity: checkItem,
      incidentType: checkItem,
      serverLocation: checkItem,
      systemLogs: checkItem,
    }),
    verdict: z.enum(VERIFICATION_OUTCOMES),
    /** MISP incident-disposition; derived for valid and transferred, required for invalid. */
    disposition: z.enum(VERIFICATION_DISPOSITIONS).optional(),
    /** Why the report is invalid or transferred; the reporter is told. */
    reason: optionalText(4000),
    /** Who an out-of-remit report went to (Polri, Komdigi…). */
    transferredTo: optionalText(300),
    /** The confirmed incident type. */
    typeCode: z.enum(INCIDENT_TYPE_CODES).optional(),
    impact: scale.optional(),
    likelihood: scale.optional(),
    ransomware: z.boolean().optional(),
    serverLocation: z.enum(SERVER_LOCATIONS).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.verdict !== "valid" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "workflow.reason_required" });
    }
    if (v.verdict === "invalid" && v.disposition === undefined) {
      ctx.addIssue({ code: "custom", path: ["disposition"], message: "workflow.disposition_required" });
    }
    if (v.disposition !== undefined && !dispositionsFor(v.verdict).includes(v.disposition)) {
      ctx.addIssue({ code: "custom", path: ["disposition"], message: "workflow.disposition_mismatch" });
    }
    if (v.verdict === "valid") {
      for (const field of ["typeCode", "impact", "likelihood"] as const) {
        if (v[field] === undefined)
          ctx.addIssue({ code: "custom", path: [field], message: "workflow.assessment_required" });
      }
    }
    if ((v.impact === undefined) !== (v.likelihood === undefined)) {
      ctx.addIssue({ code: "custom", path: ["likelihood"], message: "workflow.assessment_required" });
    }
  })
  .transform((v) => ({ ...v, disposition: v.disposition ?? dispositionsFor(v.verdict)[0]! }));

const mitigationAction = z
  .strictObject({
    kind: z.enum(MITIGATION_KINDS),
    description: optionalText(2000),
    status: z.enum(MITIGATION_STATUSES).default("planned"),
    assigneeUserId: id.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "other" && !v.description) {
      ctx.addIssue({ code: "custom", path: ["description"], message: "workflow.other_needs_description" });
    }
  });

/** Step 4: the temporary handling plan, actions from the catalogue. */
export const mitigateOutputSchema = z.strictObject({
  strategy: optionalText(4000),
  actions: z.array(mitigationAction).min(1).max(50),
});

/** One escalation with its hand-off. */
export const escalationInputSchema = z.strictObject({
  target: z.enum(ESCALATION_TARGETS),
  /** The vendor or upstream CSIRT in the register (its users then see the incident). */
  targetOrganisationId: id.optional(),
  reason: text(4000),
  handedOffAt: instant,
  channel: z.enum(HANDOFF_CHANNELS),
  reference: optionalText(500),
});

const observable = z.strictObject({
  kind: z.enum(OBSERVABLE_KINDS),
  value: text(2000),
  tlp: z.enum(TLP_LEVELS).optional(),
});

const handlingEntry = z.strictObject({
  at: instant,
  body: text(8000),
  /** Attachments of this incident (or its reports) that evidence the entry. */
  evidenceIds: z.array(id).max(50).default([]),
  observables: z.array(observable).max(200).default([]),
});

/** Step 5: the handling log and its outcome; what could not be handled must be escalated. */
export const handleOutputSchema = z
  .strictObject({
    entries: z.array(handlingEntry).min(1).max(200),
    outcome: z.enum(["handled", "not_handled"]),
    summary: optionalText(8000),
    /** What could not be handled (SOP: "laporan hal yang tidak dapat ditangani"). */
    unhandled: optionalText(8000),
    escalations: z.array(escalationInputSchema).max(10).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "not_handled" && v.escalations.length === 0) {
      ctx.addIssue({ code: "custom", path: ["escalations"], message: "workflow.escalation_required" });
    }
  });

const recommendation = z.strictObject({
  body: text(4000),
  owner: z.enum(RECOMMENDATION_OWNERS),
  deadline: localDate,
});

/** Step 6: analysis, numbered recommendations, who receives the report and who is copied. */
export const analyseOutputSchema = z.strictObject({
  rootCause: text(8000),
  impact: text(8000),
  findings: optionalText(8000),
  recommendations: z.array(recommendation).min(1).max(100),
  /** Upstream CSIRTs and the agency, from the register. */
  recipients: z.array(id).min(1).max(20),
  /** Which upstream recipient follows up at step 7; default the first upstream recipient. */
  followUpOrganisationId: id.optional(),
  /** Copies (tembusan); the Regional Secretary is always added. */
  copies: z.array(text(300)).max(20).default([]),
});

/** Step 7: the upstream CSIRT's confirmation and recommendations, optionally escalating to BSSN. */
export const upstreamFollowupOutputSchema = z.strictObject({
  confirmation: text(8000),
  recommendations: z.array(recommendation).max(100).default([]),
  escalateToBssn: z
    .strictObject({
      reason: text(4000),
      handedOffAt: instant,
      channel: z.enum(HANDOFF_CHANNELS),
      reference: optionalText(500),
      targetOrganisationId: id.optional(),
    })
    .optional(),
});

/** Step 8: the agency's coordination with its developer. */
export const agencyCoordinationOutputSchema = z.strictObject({
  outcome: text(8000),
  coordinatedAt: instant,
  channel: z.enum(HANDOFF_CHANNELS),
  /** The developer (vendor) that is to reply at step 9, when not known from the asset register. */
  developerOrganisationId: id.optional(),
});

const reply = z
  .strictObject({
    recommendationNumber: z.number().int().positive(),
    steps: text(8000),
    evidence: optionalText(4000),
    status: z.enum(REPLY_STATUSES),
    reason: optionalText(4000),
  })
  .superRefine((v, ctx) => {
    if (v.status === "cannot" && !v.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "workflow.cannot_reason_required" });
    }
  });

/** Step 9: the developer's reply per recommendation. */
export const developerReplyOutputSchema = z
  .strictObject({
    replies: z.array(reply).min(1).max(100),
    residualRisk: optionalText(4000),
    responsibleName: optionalText(200),
    responsiblePosition: optionalText(200),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.replies.forEach((r, i) => {
      if (seen.has(r.recommendationNumber)) {
        ctx.addIssue({
          code: "custom",
          path: ["replies", i, "recommendationNumber"],
          message: "workflow.duplicate_reply",
        });
      }
      seen.add(r.recommendationNumber);
    });
  });

/** Step 10: the handling report's own text; the rest is assembled from what was recorded. */
export const finalReportOutputSchema = z.strictObject({
  summary: text(16000),
  lessonsLearned: text(16000),
});

/** Every step's output schema, by step code. */
export const STEP_OUTPUT_SCHEMAS = {
  receive: receiveOutputSchema,
  forward: forwardOutputSchema,
  verify: verifyOutputSchema,
  mitigate: mitigateOutputSchema,
  handle: handleOutputSchema,
  analyse: analyseOutputSchema,
  upstream_followup: upstreamFollowupOutputSchema,
  agency_coordination: agencyCoordinationOutputSchema,
  developer_reply: developerReplyOutputSchema,
  final_report: finalReportOutputSchema,
} as const satisfies Record<SopStepCode, z.ZodType>;

/** The parsed output of a step. */
export type StepOutput<C extends SopStepCode> = z.output<(typeof STEP_OUTPUT_SCHEMAS)[C]>;
/** What a client sends for a step. */
export type StepOutputInput<C extends SopStepCode> = z.input<(typeof STEP_OUTPUT_SCHEMAS)[C]>;

/** One problem with a step output: where, and a message key or zod's own text. */
export interface StepOutputIssue {
  path: string;
  message: string;
}

export type ParsedStepOutput<C extends SopStepCode> =
  { ok: true; value: StepOutput<C> } | { ok: false; issues: StepOutputIssue[] };

/** Validates a step's output against its schema. */
export function parseStepOutput<C extends SopStepCode>(code: C, value: unknown): ParsedStepOutput<C> {
  const schema = STEP_OUTPUT_SCHEMAS[code] as unknown as z.ZodType<StepOutput<C>>;
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })),
  };
}
