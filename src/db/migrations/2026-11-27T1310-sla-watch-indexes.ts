import { sql, type Kysely } from "kysely";

/*
 * Partial indexes for the SLA watcher, which runs every minute: it looks only for active step runs
 * whose warning or lateness is still to be recorded, so those few rows are indexed and the many
 * already handled ones are not. Same syntax on SQLite and PostgreSQL.
 * Standalone: imports nothing from the application.
 */

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index step_runs_warn_pending_idx on step_runs (warn_at) where status = 'active' and warned_at is null`.execute(
    db,
  );
  await sql`create index step_runs_late_pending_idx on step_runs (due_at) where status = 'active' and late_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists step_runs_late_pending_idx`.execute(db);
  await sql`drop index if exists step_runs_warn_pending_idx`.execute(db);
}
