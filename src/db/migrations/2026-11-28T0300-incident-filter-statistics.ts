import { sql, type Kysely } from "kysely";

/*
 * PostgreSQL: statistics on how the incident filters occur together (category, severity, status,
 * agency). The planner otherwise multiplies their separate frequencies; for a combination that is
 * rare or absent (a category whose incidents are never of some severity) it expected thousands
 * of rows, walked an index in result order to find a page of them, and read every incident of the
 * category — hundreds of milliseconds for an empty page, where reading the category's rows through
 * the index and sorting the few that pass takes tens. ANALYZE fills them now; autovacuum keeps
 * them current. Nothing on SQLite. Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`create statistics incidents_filter_stats (mcv, dependencies) on type_code, severity, status, agency_org_id from incidents`.execute(
    db,
  );
  await sql`analyze incidents`.execute(db);
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== "postgres") return;
  await sql`drop statistics if exists incidents_filter_stats`.execute(db);
}
