import { actorLabel } from "../../../core/actor.ts";
import { invalid } from "../../../core/errors.ts";
import type { StepEffectInput, StepEffectResult } from "./types.ts";
import { insertEscalation } from "../record-escalation.ts";
import { requireAssignableUser } from "../workflow-lookups.ts";

/** Step 4: one mitigation_actions row per planned action; their status is updated later. */
export async function mitigateEffect({
  ctx,
  incident,
  output,
}: StepEffectInput<"mitigate">): Promise<StepEffectResult> {
  const now = ctx.now.toISOString();
  const actionIds: number[] = [];
  for (const [i, action] of output.actions.entries()) {
    if (action.assigneeUserId !== undefined) {
      await requireAssignableUser(
        ctx,
        action.assigneeUserId,
        ["csirt", "csirt_lead"],
        `output.actions.${i}.assigneeUserId`,
      );
    }
    const row = await ctx.db
      .insertInto("mitigation_actions")
      .values({
        incident_id: incident.id,
        kind: action.kind,
        description: action.description ?? null,
        status: action.status,
        assignee_user_id: action.assigneeUserId ?? null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    actionIds.push(row.id);
  }
  return { stored: { ...output, actionIds } };
}

/** Attachments of the incident or of its reports, among `ids`. */
async function ownEvidence(
  ctx: StepEffectInput<"handle">["ctx"],
  incidentId: number,
  ids: number[],
): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await ctx.db
    .selectFrom("attachments")
    .select("id")
    .where("id", "in", ids)
    .where((eb) =>
      eb.or([
        eb("incident_id", "=", incidentId),
        eb(
          "report_id",
          "in",
          eb.selectFrom("reports").select("reports.id").where("reports.incident_id", "=", incidentId),
        ),
      ]),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Step 5: the handling log (each entry with its evidence and observables) and the escalations of
 * what could not be handled, each with its hand-off.
 */
export async function handleEffect({
  ctx,
  incident,
  step,
  output,
}: StepEffectInput<"handle">): Promise<StepEffectResult> {
  const now = ctx.now.toISOString();
  const label = actorLabel(ctx.actor);
  const own = await ownEvidence(ctx, incident.id, [...new Set(output.entries.flatMap((e) => e.evidenceIds))]);
  output.entries.forEach((entry, i) =>
    entry.evidenceIds.forEach((evidenceId, j) => {
      if (!own.has(evidenceId))
        throw invalid("workflow.evidence_unknown", { evidenceId }, [{ path: `output.entries.${i}.evidenceIds.${j}` }]);
    }),
  );
  const entryIds: number[] = [];
  for (const entry of output.entries) {
    const observableIds: number[] = [];
    for (const o of entry.observables) {
      const row = await ctx.db
        .insertInto("observables")
        .values({
          incident_id: incident.id,
          kind: o.kind,
          value: o.value,
          tlp: o.tlp ?? incident.tlp,
          source: "manual",
          created_by_label: label,
          created_at: now,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      observableIds.push(row.id);
    }
    const row = await ctx.db
      .insertInto("handling_entries")
      .values({
        incident_id: incident.id,
        at: entry.at,
        author_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
        author_label: label,
        body: entry.body,
        evidence_ids: JSON.stringify(entry.evidenceIds),
        observable_ids: JSON.stringify(observableIds),
        created_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    entryIds.push(row.id);
  }
  const escalationIds: number[] = [];
  for (const [i, escalation] of output.escalations.entries()) {
    escalationIds.push(
      await insertEscalation(ctx, incident, step.number, escalation, `output.escalations.${i}.targetOrganisationId`),
    );
  }
  return { stored: { ...output, entryIds, escalationIds } };
}
