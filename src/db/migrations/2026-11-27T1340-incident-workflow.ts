import type { Kysely } from "kysely";

/*
 * The incident workflow's additions: handling-log entries (SOP step 5) point at their evidence and
 * observables (JSON arrays of attachment and observable ids), and indexes for what the workflow
 * and the partner visibility filter look up by incident or organisation.
 * Standalone: imports nothing from the application.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("handling_entries")
    .addColumn("evidence_ids", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .alterTable("handling_entries")
    .addColumn("observable_ids", "text", (c) => c.notNull().defaultTo("[]"))
    .execute();
  await db.schema
    .createIndex("handling_entries_incident_idx")
    .on("handling_entries")
    .columns(["incident_id", "at"])
    .execute();
  await db.schema.createIndex("escalations_incident_idx").on("escalations").columns(["incident_id"]).execute();
  await db.schema
    .createIndex("escalations_target_org_idx")
    .on("escalations")
    .columns(["target_org_id", "incident_id"])
    .execute();
  await db.schema
    .createIndex("mitigation_actions_incident_idx")
    .on("mitigation_actions")
    .columns(["incident_id"])
    .execute();
  await db.schema.createIndex("access_links_incident_idx").on("access_links").columns(["incident_id"]).execute();
  await db.schema.createIndex("incidents_upstream_idx").on("incidents").columns(["upstream_org_id", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of [
    "incidents_upstream_idx",
    "access_links_incident_idx",
    "mitigation_actions_incident_idx",
    "escalations_target_org_idx",
    "escalations_incident_idx",
    "handling_entries_incident_idx",
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable("handling_entries").dropColumn("observable_ids").execute();
  await db.schema.alterTable("handling_entries").dropColumn("evidence_ids").execute();
}
