import type { Attachment } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";
import { loadIncidentForEvidence } from "./incident-access.ts";

/**
 * The evidence of an incident: files uploaded to it and files of the reports merged into it
 * (identity proofs and letter scans included), oldest first. Internal roles only (partners: 404),
 * like every evidence route; the incident's visibility decides whether it exists for the caller.
 */
export async function listIncidentEvidence(ctx: QueryContext, incidentId: number): Promise<Attachment[]> {
  const incident = await loadIncidentForEvidence(ctx, incidentId, "read");
  return ctx.db
    .selectFrom("attachments")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("incident_id", "=", incident.id),
        eb("report_id", "in", eb.selectFrom("reports").select("id").where("incident_id", "=", incident.id)),
      ]),
    )
    .orderBy("uploaded_at")
    .orderBy("id")
    .execute();
}
