import { z } from "zod";
import { localizedTextSchema } from "../../core/i18n/localized-text.ts";
import { stepByCode, type SopDefinition } from "../../core/sop/definition.ts";
import { isSopStepCode } from "../../core/sop/step-codes.ts";
import type { StepRunRecord } from "../../commands/incidents/incident-records.ts";
import type { Selectable } from "kysely";
import type { RecommendationsTable } from "../../db/schema.ts";

/*
 * Pieces of the incident presenters shared by every audience. Each schema lists exactly what
 * leaves the server; fields not named here are stripped by the response serializer.
 */

/** An organisation as `{id, name}`, or null. */
export const orgRef = z.object({ id: z.number().int(), name: z.string() }).nullable();

/** `{id, name}` of an organisation, or null. */
export const orgRefOf = (id: number | null, names: Map<number, string>) =>
  id === null ? null : { id, name: names.get(id) ?? String(id) };

/** A step as `{number, code, name}`, or null. */
export const stepRef = z.object({ number: z.number().int(), code: z.string(), name: localizedTextSchema }).nullable();

/** The step with this number in the SOP, as `{number, code, name}`. */
export function stepRefOf(sop: SopDefinition, number: number | null) {
  const step = number === null ? undefined : sop.steps.find((s) => s.number === number);
  return step ? { number: step.number, code: step.code, name: step.name } : null;
}

/** Whether a run finished after, or is still running past, its due time. */
export const isLate = (run: Pick<StepRunRecord, "completed_at" | "due_at" | "status">, now: Date): boolean =>
  run.completed_at !== null ? run.completed_at > run.due_at : run.status === "active" && now.toISOString() > run.due_at;

/** A step run as partners see it: when, not who. */
export const partnerStepRunSchema = z.object({
  id: z.number().int(),
  stepNumber: z.number().int(),
  stepCode: z.string(),
  name: localizedTextSchema.nullable(),
  iteration: z.number().int(),
  status: z.enum(["active", "done", "reopened"]),
  ownerRole: z.string(),
  ownerOrganisationId: z.number().int().nullable(),
  startedAt: z.string(),
  dueAt: z.string(),
  completedAt: z.string().nullable(),
  late: z.boolean(),
  output: z.record(z.string(), z.unknown()).nullable(),
});

/** A step run with everything recorded on it (staff). */
export const stepRunSchema = partnerStepRunSchema.extend({
  ownerUserId: z.number().int().nullable(),
  warnAt: z.string(),
  completedBy: z.string().nullable(),
  onBehalfOf: z.string().nullable(),
  output: z.unknown(),
});

/** Row → step run, with its output only if `showOutput` says so. */
export function presentStepRun(
  run: StepRunRecord,
  sop: SopDefinition,
  now: Date,
  showOutput: (code: string) => boolean,
) {
  const step = isSopStepCode(run.step_code) ? stepByCode(sop, run.step_code) : undefined;
  const output =
    showOutput(run.step_code) && run.output !== null && typeof run.output === "object"
      ? (run.output as Record<string, unknown>)
      : null;
  return {
    id: run.id,
    stepNumber: run.step_number,
    stepCode: run.step_code,
    name: step?.name ?? null,
    iteration: run.iteration,
    status: run.status,
    ownerRole: run.owner_role,
    ownerOrganisationId: run.owner_org_id,
    ownerUserId: run.owner_user_id,
    startedAt: run.started_at,
    dueAt: run.due_at,
    warnAt: run.warn_at,
    completedAt: run.completed_at,
    completedBy: run.completed_by_label,
    onBehalfOf: run.on_behalf_of,
    late: isLate(run, now),
    output,
  };
}

/** A recommendation with the reply to it. */
export const recommendationSchema = z.object({
  number: z.number().int(),
  body: z.string(),
  owner: z.string(),
  deadline: z.string().nullable(),
  source: z.string(),
  status: z.string(),
  replySteps: z.string().nullable(),
  replyEvidence: z.string().nullable(),
  replyReason: z.string().nullable(),
  repliedAt: z.string().nullable(),
});

/** Recommendation row → API shape. */
export const presentRecommendation = (r: Selectable<RecommendationsTable>) => ({
  number: r.number,
  body: r.body,
  owner: r.owner,
  deadline: r.deadline,
  source: r.source,
  status: r.status,
  replySteps: r.reply_steps,
  replyEvidence: r.reply_evidence,
  replyReason: r.reply_reason,
  repliedAt: r.replied_at,
});

/** Outputs of the steps outside parties take part in: the analysis sent to them and their own steps. */
export const PARTNER_VISIBLE_OUTPUTS: readonly string[] = [
  "analyse",
  "upstream_followup",
  "agency_coordination",
  "developer_reply",
];
