import type { QueryContext } from "../query-context.ts";
import { loadIncidentForEvidence } from "../evidence/incident-access.ts";
import type { Selectable } from "kysely";
import type { ObservablesTable } from "../../db/schema.ts";

export type Observable = Selectable<ObservablesTable>;

/** The observables of an incident, by kind then value. */
export async function listObservables(ctx: QueryContext, input: { incidentId: number }): Promise<Observable[]> {
  const incident = await loadIncidentForEvidence(ctx, input.incidentId, "read");
  return ctx.db
    .selectFrom("observables")
    .selectAll()
    .where("incident_id", "=", incident.id)
    .orderBy("kind")
    .orderBy("value")
    .orderBy("id")
    .execute();
}
