import { isSopStepCode } from "../../core/sop/step-codes.ts";
import { publicStatusOf, type PublicStatus } from "../../core/reports/public-status.ts";
import type { Incident, Report } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";

/**
 * The case a report opened: the incident that bears the report's own ticket code. After a merge
 * the report belongs to another incident, but its own (closed) case keeps its history.
 */
export async function ownCaseOf(
  ctx: Pick<QueryContext, "db">,
  report: Pick<Report, "code">,
): Promise<Incident | undefined> {
  return ctx.db.selectFrom("incidents").selectAll().where("code", "=", report.code).executeTakeFirst();
}

/** The code of the step an incident is at: its active run, else its latest one. */
export async function currentStepCode(ctx: Pick<QueryContext, "db">, incidentId: number): Promise<string | null> {
  const run = await ctx.db
    .selectFrom("step_runs")
    .select(["step_code", "status"])
    .where("incident_id", "=", incidentId)
    .orderBy((eb) => eb.case().when("status", "=", "active").then(0).else(1).end())
    .orderBy("started_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return run?.step_code ?? null;
}

/** The stage an incident shows as to a reporter. */
export async function publicStatusOfIncident(
  ctx: Pick<QueryContext, "db">,
  incident: Pick<Incident, "id" | "status" | "outcome">,
  duplicate = false,
): Promise<PublicStatus> {
  const code = await currentStepCode(ctx, incident.id);
  return publicStatusOf({
    status: incident.status,
    outcome: incident.outcome,
    currentStepCode: code !== null && isSopStepCode(code) ? code : null,
    duplicate,
  });
}
