import { actorLabel } from "../../../core/actor.ts";
import { invalid } from "../../../core/errors.ts";
import type { RecommendationOwner } from "../../../core/workflow/catalogue.ts";
import { withRegionalSecretary } from "../../../core/workflow/copies.ts";
import type { CommandContext } from "../../context.ts";
import { enqueueOutbox } from "../../outbox.ts";
import { insertEscalation } from "../record-escalation.ts";
import { requireOrganisation } from "../workflow-lookups.ts";
import type { StepEffectInput, StepEffectResult } from "./types.ts";

/** Adds recommendations numbered after the incident's last one (a redone step never renumbers). */
async function insertRecommendations(
  ctx: CommandContext,
  incidentId: number,
  items: readonly { body: string; owner: RecommendationOwner; deadline: string }[],
  source: "csirt" | "upstream",
): Promise<number[]> {
  const last = await ctx.db
    .selectFrom("recommendations")
    .select((eb) => eb.fn.max("number").as("n"))
    .where("incident_id", "=", incidentId)
    .executeTakeFirst();
  let number = Number(last?.n ?? 0);
  const now = ctx.now.toISOString();
  const numbers: number[] = [];
  for (const item of items) {
    number += 1;
    await ctx.db
      .insertInto("recommendations")
      .values({
        incident_id: incidentId,
        number,
        body: item.body,
        owner: item.owner,
        deadline: item.deadline,
        source,
        status: "open",
        created_at: now,
        updated_at: now,
      })
      .execute();
    numbers.push(number);
  }
  return numbers;
}

/**
 * Step 6: the recommendations, and who receives the report. The upstream CSIRT that follows up at
 * step 7 is the one named, else the first upstream recipient; an agency recipient becomes the
 * owning agency when the incident has none yet. Each recipient with an address is sent the notice.
 */
export async function analyseEffect({
  ctx,
  team,
  incident,
  output,
}: StepEffectInput<"analyse">): Promise<StepEffectResult> {
  const recipients = [];
  for (const [i, id] of output.recipients.entries()) {
    recipients.push(await requireOrganisation(ctx, id, ["upstream", "agency"], `output.recipients.${i}`));
  }
  const upstreams = recipients.filter((r) => r.kind === "upstream");
  const followUp =
    output.followUpOrganisationId === undefined
      ? upstreams[0]
      : upstreams.find((r) => r.id === output.followUpOrganisationId);
  if (output.followUpOrganisationId !== undefined && !followUp) {
    throw invalid(
      "workflow.organisation_invalid",
      { organisationId: output.followUpOrganisationId, kinds: "upstream" },
      [{ path: "output.followUpOrganisationId" }],
    );
  }
  const agency = recipients.find((r) => r.kind === "agency");
  const numbers = await insertRecommendations(ctx, incident.id, output.recommendations, "csirt");
  const copies = withRegionalSecretary(output.copies, team.settings.profile.governmentName);
  for (const r of recipients) {
    if (!r.email) continue;
    await enqueueOutbox(ctx, {
      channel: "email",
      topic: "incident.analysis_report",
      recipient: r.email,
      payload: {
        incidentId: incident.id,
        incidentCode: incident.code,
        title: incident.title,
        recommendations: numbers.length,
        copies,
      },
      dedupeKey: `analysis-report:${incident.id}:${r.id}:${ctx.now.toISOString()}`,
    });
  }
  return {
    stored: { ...output, copies, followUpOrganisationId: followUp?.id ?? null, recommendationNumbers: numbers },
    incident: {
      ...(followUp ? { upstream_org_id: followUp.id } : {}),
      ...(agency && incident.agency_org_id === null ? { agency_org_id: agency.id } : {}),
    },
  };
}

/** Step 7: the upstream CSIRT's recommendations join the list; an escalation to BSSN is recorded. */
export async function upstreamFollowupEffect({
  ctx,
  incident,
  step,
  output,
}: StepEffectInput<"upstream_followup">): Promise<StepEffectResult> {
  const numbers = await insertRecommendations(ctx, incident.id, output.recommendations, "upstream");
  const escalationId = output.escalateToBssn
    ? await insertEscalation(
        ctx,
        incident,
        step.number,
        { target: "bssn", ...output.escalateToBssn },
        "output.escalateToBssn.targetOrganisationId",
      )
    : null;
  return { stored: { ...output, recommendationNumbers: numbers, escalationId } };
}

/** Step 8: the agency's coordination; it may name the developer that replies at step 9. */
export async function agencyCoordinationEffect({
  ctx,
  output,
}: StepEffectInput<"agency_coordination">): Promise<StepEffectResult> {
  if (output.developerOrganisationId === undefined) return { stored: output };
  await requireOrganisation(ctx, output.developerOrganisationId, ["vendor"], "output.developerOrganisationId");
  return { stored: output, incident: { developer_org_id: output.developerOrganisationId } };
}

/** Step 9: each reply lands on its recommendation (steps taken, evidence, status, reason). */
export async function developerReplyEffect({
  ctx,
  incident,
  output,
}: StepEffectInput<"developer_reply">): Promise<StepEffectResult> {
  const now = ctx.now.toISOString();
  for (const [i, reply] of output.replies.entries()) {
    const updated = await ctx.db
      .updateTable("recommendations")
      .set({
        status: reply.status,
        reply_steps: reply.steps,
        reply_evidence: reply.evidence ?? null,
        reply_reason: reply.reason ?? null,
        replied_at: now,
        replied_by_label: actorLabel(ctx.actor),
        updated_at: now,
      })
      .where("incident_id", "=", incident.id)
      .where("number", "=", reply.recommendationNumber)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      throw invalid("workflow.recommendation_unknown", { number: reply.recommendationNumber }, [
        { path: `output.replies.${i}.recommendationNumber` },
      ]);
    }
  }
  return { stored: output };
}
