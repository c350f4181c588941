import type { Kysely } from "kysely";

/*
 * Retiring assets: an application or server that incidents refer to cannot be deleted (the case
 * history must keep pointing at it), so it is retired instead — kept, but no longer matched to new
 * reports nor listed as at risk. Standalone: imports nothing from the application.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("applications").addColumn("retired_at", "text").execute();
  await db.schema.alterTable("servers").addColumn("retired_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("servers").dropColumn("retired_at").execute();
  await db.schema.alterTable("applications").dropColumn("retired_at").execute();
}
