import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { Actor } from "../core/actor.ts";
import { can } from "../core/policies/index.ts";
import { isPartner } from "../core/policies/scope.ts";
import type { DB } from "./schema.ts";

/**
 * The incidents an actor may see, as a SQL condition on `incidents` — the SQL twin of
 * `canReadIncident` with `incidentResource` (src/core/policies): staff and leadership see all; a
 * partner sees those where its organisation is the agency, the developer, the upstream CSIRT, or
 * the target of an escalation. Use it in every list and look-up so invisible incidents are
 * filtered in the database, never after.
 */
export function visibleIncidents(actor: Actor) {
  return (eb: ExpressionBuilder<DB, "incidents">): Expression<SqlBool> => {
    if (actor.type === "system") return eb.lit(true);
    if (actor.type === "public") return eb.lit(false);
    if (isPartner(actor)) {
      const org = actor.organisationId;
      if (org === null) return eb.lit(false);
      return eb.or([
        eb("incidents.agency_org_id", "=", org),
        eb("incidents.developer_org_id", "=", org),
        eb("incidents.upstream_org_id", "=", org),
        eb.exists(
          eb
            .selectFrom("escalations")
            .select("escalations.id")
            .whereRef("escalations.incident_id", "=", "incidents.id")
            .where("escalations.target_org_id", "=", org),
        ),
      ]);
    }
    return eb.lit(can(actor, "incident.read"));
  };
}
