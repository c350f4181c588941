import { z } from "zod";
import { SEVERITIES } from "../../../core/severity.ts";
import { SOP_STEP_CODES } from "../../../core/sop/step-codes.ts";
import { INCIDENT_TYPE_CODES } from "../../../core/taxonomy/incident-types.ts";
import { PAP_LEVELS } from "../../../core/taxonomy/pap.ts";
import { TLP_LEVELS } from "../../../core/taxonomy/tlp.ts";
import {
  ESCALATION_TARGETS,
  HANDOFF_CHANNELS,
  MITIGATION_STATUSES,
  PARTY_ROLES,
} from "../../../core/workflow/catalogue.ts";
import type { CompleteStepResult } from "../../../commands/incidents/complete-step.ts";
import { MAX_LINK_HOURS } from "../../../commands/access-links/create-access-link.ts";
import type { SopDefinition } from "../../../core/sop/definition.ts";
import { atLeastOneField, booleanQuery, nullableOptional } from "../../schemas/common.ts";
import { stepOutputJsonSchemas } from "../../schemas/openapi-docs.ts";
import { stepRef, stepRefOf } from "../../presenters/incident-parts.ts";

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Filters and keyset paging of `GET /incidents`. */
export const listIncidentsQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  status: z.enum(["open", "closed"]).optional(),
  step: z.enum(SOP_STEP_CODES).optional(),
  category: z.enum(INCIDENT_TYPE_CODES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  agency: id.optional(),
  late: booleanQuery.optional(),
  mine: booleanQuery
    .optional()
    .describe("true: only incidents assigned to the caller or whose active step the caller owns"),
  from: z.string().trim().min(10).max(40).optional().describe("YYYY-MM-DD (team's zone) or an ISO instant"),
  to: z.string().trim().min(10).max(40).optional().describe("YYYY-MM-DD (inclusive, team's zone) or an ISO instant"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

/** `{id}` of the incident and `{stepCode}` of the step. */
export const stepParams = z.strictObject({ id, stepCode: z.enum(SOP_STEP_CODES) });

/**
 * A step's output. Validated by the step's own schema in the command (its errors name the step and
 * carry message keys), so the route takes any object; the OpenAPI description lists every step's
 * schema as a `oneOf` branch titled with its step code.
 */
export const stepOutputField = z.record(z.string(), z.unknown()).meta({
  description:
    "The step's output: the `oneOf` branch titled with the `{stepCode}` of the path " +
    "(STEP_OUTPUT_SCHEMAS in src/core/workflow/step-outputs.ts)",
  oneOf: stepOutputJsonSchemas(),
});

/** What `POST /incidents/{id}/steps/{stepCode}` says beyond its schemas. */
export const COMPLETE_STEP_DESCRIPTION = [
  "Completes the incident's active step. Steps go in the order of the team's SOP (`GET /api/v1/sop`): another step " +
    "than the active one answers 409. Only the step's owner roles may complete it (403), partners only for their " +
    "own organisation's incident (404 when they cannot see it); the CSIRT lead records an outside party's step with " +
    "`onBehalfOf`.",
  "The body's `output` follows the schema of `{stepCode}`; a wrong output answers 400 with each problem under " +
    "`output.…` in `error.details`. The answer tells when the next step is due, or that the incident closed " +
    "(invalid or transferred at `verify`, resolved after the last step).",
].join("\n\n");

/** A step output, and for the lead recording a partner's step, on whose behalf. */
export const completeStepBody = z.strictObject({
  output: stepOutputField,
  onBehalfOf: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe("The CSIRT lead recording an outside party's step: for whom"),
});

/** What completing a step answers: where the incident stands now (nothing internal). */
export const stepCompletedSchema = z.object({
  incidentId: z.number().int(),
  status: z.enum(["open", "closed"]),
  outcome: z.string().nullable(),
  completed: z.object({ stepCode: z.string(), completedAt: z.string().nullable(), late: z.boolean() }),
  next: z.object({ step: stepRef, dueAt: z.string() }).nullable(),
});

/** The result of completing a step → API shape. */
export function presentStepCompleted(r: CompleteStepResult, sop: SopDefinition): z.infer<typeof stepCompletedSchema> {
  return {
    incidentId: r.incident.id,
    status: r.incident.status,
    outcome: r.incident.outcome,
    completed: {
      stepCode: r.completed.step_code,
      completedAt: r.completed.completed_at,
      late: r.completed.completed_at !== null && r.completed.completed_at > r.completed.due_at,
    },
    next: r.next ? { step: stepRefOf(sop, r.next.step_number), dueAt: r.next.due_at } : null,
  };
}

/** The new assignee (null: nobody) of the incident, or of its active step with `stepCode`. */
export const assignBody = z.strictObject({
  userId: z.number().int().positive().nullable(),
  stepCode: z.enum(SOP_STEP_CODES).optional().describe("Reassign this (active) step instead of the incident"),
});

/** Where to take the incident back to, and why. */
export const reopenBody = z.strictObject({
  toStepCode: z.enum(SOP_STEP_CODES),
  reason: z.string().trim().min(1).max(4000),
});

/** What to classify; absent fields stay as they are. */
export const classificationBody = z
  .strictObject({
    typeCode: z.enum(INCIDENT_TYPE_CODES).optional(),
    impact: z.number().int().min(1).max(5).optional(),
    likelihood: z.number().int().min(1).max(5).optional(),
    ransomware: z.boolean().optional(),
    overrideSeverity: nullableOptional(z.strictObject({ severity: z.enum(SEVERITIES), reason: z.string().max(4000) })),
    tlp: z.enum(TLP_LEVELS).optional(),
    pap: nullableOptional(z.enum(PAP_LEVELS)),
  })
  .refine(atLeastOneField, { message: "at least one field" });

/** A mitigation action's new status, assignee or description. */
export const mitigationBody = z
  .strictObject({
    status: z.enum(MITIGATION_STATUSES).optional(),
    assigneeUserId: nullableOptional(z.number().int().positive()),
    description: nullableOptional(z.string().trim().max(2000)),
  })
  .refine(atLeastOneField, { message: "at least one field" });

/** An escalation and its hand-off (time default now). */
export const escalationBody = z.strictObject({
  target: z.enum(ESCALATION_TARGETS),
  targetOrganisationId: z.number().int().positive().optional(),
  reason: z.string().trim().min(1).max(4000),
  handedOffAt: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v).toISOString())
    .optional(),
  channel: z.enum(HANDOFF_CHANNELS),
  reference: z.string().trim().max(500).optional(),
});

/** Who a signed link is for, which step, and how long it lasts. */
export const accessLinkBody = z.strictObject({
  stepCode: z.enum(SOP_STEP_CODES),
  partyRole: z.enum(PARTY_ROLES),
  organisationId: z.number().int().positive().optional(),
  email: z.email().max(254).optional(),
  expiresInHours: z.number().int().min(1).max(MAX_LINK_HOURS).default(72),
});

/** A new link: the token appears here once and never again. */
export const accessLinkCreatedSchema = z.object({
  id: z.number().int(),
  token: z.string().describe("Shown once; only its hash is stored"),
  url: z.string(),
  expiresAt: z.string(),
  sentTo: z.string().nullable(),
});

/** Keyset paging of the audit trail: events after `afterSeq`. */
export const auditQuery = z.strictObject({
  afterSeq: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A page of audit events. */
export const auditPageSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      actor: z.object({ type: z.string(), id: z.number().int().nullable(), label: z.string() }),
      action: z.string(),
      changes: z.unknown(),
      requestId: z.string().nullable(),
    }),
  ),
});
