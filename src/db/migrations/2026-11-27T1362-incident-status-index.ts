import type { Kysely } from "kysely";

/*
 * The incident list filters by status and pages newest first by id. The index on (status,
 * current_step, id) serves a list by step; for status alone its ids are not in order, so the
 * database sorted every open incident for each page (a second at a hundred thousand). This one
 * gives them in order. Same on SQLite and PostgreSQL. Standalone: imports nothing from the application.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("incidents_status_id_idx").on("incidents").columns(["status", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("incidents_status_id_idx").execute();
}
