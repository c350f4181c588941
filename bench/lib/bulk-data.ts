import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { dueAt, type CalendarConfig } from "../../src/core/calendar/index.ts";
import { warnAt } from "../../src/core/calendar/warn-at.ts";
import type { SopDefinition } from "../../src/core/sop/definition.ts";
import { INCIDENT_TYPES } from "../../src/core/taxonomy/incident-types.ts";
import type { DialectName } from "../../src/db/connect.ts";
import { indexPendingSearchRows } from "../../src/db/sqlite-search-index.ts";
import { DEMO_STORIES } from "../../src/seed/demo-data.ts";
import { mulberry32, type Rng } from "../../src/seed/prng.ts";
import { demoReportContent } from "../../src/seed/report-input.ts";
import type { SeededRegistry } from "../../src/seed/seed-registry.ts";

/*
 * Bulk demo data for the read benchmarks: incidents, their reports and step runs written straight
 * into the tables in large batched transactions (the commands would take hours for a million
 * reports). The triggers and indexes of the migrations stay in place and are maintained as rows go
 * in, as in production: FTS5 triggers on SQLite, the GIN expression indexes on PostgreSQL. The text
 * is the seed's (demo stories with their details); times run up to `until`.
 */

export interface BulkOptions {
  dialect: DialectName;
  /** A URL the loader can open (a SQLite path or a postgres:// URL). */
  url: string;
  /** One report per incident: duplicates are closed incidents whose report moved to another one. */
  incidents: number;
  /** The newest this many incidents are open, each at an SOP step with an active step run. */
  open: number;
  /** The "now" of the data: the newest incident opened just before it. */
  until: Date;
  /** How far back the first incident was opened. */
  spanDays: number;
  seed: number;
  registry: SeededRegistry;
  sop: SopDefinition;
  calendar: CalendarConfig;
  log?: (line: string) => void;
}

const ROWS_PER_STATEMENT = 500;
const ROWS_PER_TRANSACTION = 50_000;
const DAY = 86_400_000;
const SEVERITY_OF: Record<string, string> = { kritis: "kritis", tinggi: "tinggi", sedang: "sedang", rendah: "rendah" };

type Row = unknown[];

/** Multi-row INSERTs in big transactions, through the database's own driver. */
interface RawWriter {
  insert(table: string, columns: readonly string[], rows: readonly Row[]): Promise<void>;
  commit(): Promise<void>;
  close(): Promise<void>;
}

function sqliteWriter(path: string): RawWriter {
  const db = new SqliteDatabase(path);
  db.pragma("journal_mode = WAL");
  // Loading only: the data can be made again, so the load itself need not be durable.
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const statements = new Map<string, SqliteDatabase.Statement>();
  db.exec("begin");
  return {
    async insert(table, columns, rows) {
      const key = `${table}:${rows.length}`;
      let stmt = statements.get(key);
      if (!stmt) {
        const tuple = `(${columns.map(() => "?").join(", ")})`;
        stmt = db.prepare(`insert into ${table} (${columns.join(", ")}) values ${rows.map(() => tuple).join(", ")}`);
        statements.set(key, stmt);
      }
      stmt.run(rows.flat());
    },
    async commit() {
      indexPendingSearchRows(db);
      db.exec("commit");
      db.exec("begin");
    },
    async close() {
      indexPendingSearchRows(db);
      db.exec("commit");
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.exec("analyze");
      db.close();
    },
  };
}

/** The full-text indexes of the migrations; PostgreSQL rebuilds them after the load. */
const SEARCH_INDEXES = ["search_reports_tsv_idx", "search_incidents_tsv_idx"];

async function postgresWriter(url: string): Promise<RawWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Updating the GIN indexes row by row would take over an hour for a million reports (each insert
  // goes through GIN's pending list); the triggers still store each row's tsvector as it goes in.
  // The indexes are dropped and built again afterwards from their own definitions, read here from
  // the catalogue: the result is the index a production database holds once its pending list has
  // been merged.
  const { rows: definitions } = await client.query<{ indexdef: string }>(
    "select indexdef from pg_indexes where indexname = any($1)",
    [SEARCH_INDEXES],
  );
  if (definitions.length !== SEARCH_INDEXES.length) throw new Error("the search indexes of the migrations are missing");
  for (const name of SEARCH_INDEXES) await client.query(`drop index ${name}`);
  await client.query("begin");
  return {
    async insert(table, columns, rows) {
      let n = 0;
      const tuples = rows.map(() => `(${columns.map(() => `$${++n}`).join(", ")})`);
      await client.query(`insert into ${table} (${columns.join(", ")}) values ${tuples.join(", ")}`, rows.flat());
    },
    async commit() {
      await client.query("commit");
      await client.query("begin");
    },
    async close() {
      await client.query("commit");
      await client.query("set maintenance_work_mem = '1GB'");
      for (const { indexdef } of definitions) await client.query(indexdef);
      // Explicit ids were inserted: the identity sequences continue after them.
      for (const table of ["incidents", "reports", "step_runs"]) {
        await client.query(
          `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce((select max(id) from ${table}), 1))`,
        );
      }
      await client.query("analyze");
      await client.end();
    },
  };
}

/** Buffers rows per table and writes them in statements of ROWS_PER_STATEMENT. */
class Batcher {
  readonly #pending = new Map<string, { columns: readonly string[]; rows: Row[] }>();
  #sinceCommit = 0;
  constructor(readonly writer: RawWriter) {}

  async add(table: string, columns: readonly string[], row: Row): Promise<void> {
    let entry = this.#pending.get(table);
    if (!entry) this.#pending.set(table, (entry = { columns, rows: [] }));
    entry.rows.push(row);
    // Parents before children, or a child row's foreign key would point at an unwritten row.
    if (entry.rows.length >= ROWS_PER_STATEMENT) for (const t of ORDER) await this.#write(t);
  }

  /** Writes everything buffered, in table order (parents before children), and commits. */
  async flush(order: readonly string[]): Promise<void> {
    for (const table of order) await this.#write(table);
    await this.writer.commit();
    this.#sinceCommit = 0;
  }

  async maybeCommit(order: readonly string[], rows: number): Promise<void> {
    this.#sinceCommit += rows;
    if (this.#sinceCommit >= ROWS_PER_TRANSACTION) await this.flush(order);
  }

  async #write(table: string): Promise<void> {
    const entry = this.#pending.get(table);
    if (!entry || entry.rows.length === 0) return;
    await this.writer.insert(table, entry.columns, entry.rows);
    entry.rows = [];
  }
}

const INCIDENT_COLUMNS = [
  "id",
  "code",
  "title",
  "type_code",
  "rsit",
  "severity",
  "tlp",
  "status",
  "outcome",
  "disposition",
  "current_step",
  "sop_code",
  "sop_version",
  "agency_org_id",
  "developer_org_id",
  "application_id",
  "personal_data",
  "iiv",
  "merged_into_id",
  "opened_at",
  "closed_at",
  "close_reason",
  "created_at",
  "updated_at",
] as const;
const REPORT_COLUMNS = [
  "id",
  "code",
  "tracking_hash",
  "channel",
  "incident_id",
  "duplicate",
  "reporter_name",
  "reporter_kind",
  "reporter_org",
  "reporter_email",
  "reporter_phone",
  "title",
  "type_code",
  "occurred_at",
  "discovered_how",
  "description",
  "chronology",
  "impact",
  "personal_data",
  "affected_url",
  "affected_domain",
  "affected_ip",
  "application_id",
  "agency_org_id",
  "tlp",
  "consent",
  "truthful",
  "language",
  "received_at",
  "created_at",
  "updated_at",
] as const;
const RUN_COLUMNS = [
  "incident_id",
  "step_number",
  "step_code",
  "iteration",
  "status",
  "owner_role",
  "owner_org_id",
  "started_at",
  "due_at",
  "warn_at",
  "late_at",
  "completed_at",
  "completed_by_label",
] as const;
const ORDER = ["incidents", "reports", "step_runs"];

const CHANNELS = [
  ["web", 55],
  ["email", 20],
  ["phone", 8],
  ["letter", 6],
  ["monitor", 6],
  ["api", 3],
  ["upstream_notice", 2],
] as const;

/** Where an open incident stands: most wait at the early steps. */
function openStep(rng: Rng, sop: SopDefinition) {
  const steps = sop.steps.slice(1);
  return rng.weighted(steps.map((s, i) => [s, Math.max(1, 10 - i)] as const));
}

/** Writes the incidents, reports and step runs; returns how many of each. */
export async function bulkLoad(options: BulkOptions): Promise<{ incidents: number; reports: number; runs: number }> {
  const writer = options.dialect === "sqlite" ? sqliteWriter(options.url) : await postgresWriter(options.url);
  const batch = new Batcher(writer);
  const rng = mulberry32(options.seed);
  const { registry, sop, calendar } = options;
  const until = options.until.getTime();
  const from = until - options.spanDays * DAY;
  const n = options.incidents;
  const yearSeq = new Map<string, number>();
  const hash = "0".repeat(64);
  let runs = 0;
  const started = Date.now();

  for (let i = 1; i <= n; i++) {
    const opened = new Date(from + ((until - from - 3_600_000) * (i - 1)) / n + rng.int(0, 59) * 60_000);
    const openedIso = opened.toISOString();
    const year = openedIso.slice(0, 4);
    const seq = (yearSeq.get(year) ?? 0) + 1;
    yearSeq.set(year, seq);
    const code = `DPS-CSIRT-${year}-${String(seq).padStart(6, "0")}`;
    const story = rng.pick(DEMO_STORIES);
    const app = rng.pick(registry.applications);
    const content = demoReportContent(rng, story, app, {
      occurredAt: new Date(opened.getTime() - rng.int(1, 48) * 3_600_000),
    });
    const type = INCIDENT_TYPES[story.typeCode];
    const isOpen = i > n - options.open;
    const duplicateOf = !isOpen && i > 100 && rng.chance(0.05) ? rng.int(Math.max(1, i - 500), i - 1) : null;
    const outcome = isOpen
      ? null
      : duplicateOf !== null
        ? "duplicate"
        : rng.weighted([
            ["resolved", 78],
            ["invalid", 15],
            ["transferred", 7],
          ] as const);
    const severity = SEVERITY_OF[type.defaultSeverity ?? "sedang"] ?? "sedang";
    const step = isOpen ? openStep(rng, sop) : null;
    const closedAt = isOpen ? null : new Date(opened.getTime() + rng.int(1, 20) * DAY).toISOString();
    await batch.add("incidents", INCIDENT_COLUMNS, [
      i,
      code,
      content.title,
      story.typeCode,
      type.primaryRsit,
      severity,
      "AMBER",
      isOpen ? "open" : "closed",
      outcome,
      null,
      step?.number ?? null,
      sop.code,
      sop.version,
      app.agencyOrgId,
      app.developerOrgId,
      app.id,
      content.impact.personalData ? 1 : 0,
      app.iiv ? 1 : 0,
      duplicateOf,
      openedIso,
      closedAt,
      outcome === "invalid" ? "Tidak ditemukan indikasi serangan siber." : null,
      openedIso,
      openedIso,
    ]);
    const channel = rng.weighted(CHANNELS);
    await batch.add("reports", REPORT_COLUMNS, [
      i,
      code,
      hash,
      channel,
      duplicateOf ?? i,
      duplicateOf === null ? 0 : 1,
      content.reporter.name,
      content.reporter.kind,
      content.reporter.organisation,
      content.reporter.email,
      content.reporter.phone,
      content.title,
      content.typeCode,
      content.occurredAt,
      content.discoveredHow,
      content.description,
      content.chronology,
      content.impact.description,
      content.impact.personalData ? 1 : 0,
      content.affected.url,
      content.affected.domain,
      content.affected.ip,
      app.id,
      app.agencyOrgId,
      "AMBER",
      1,
      1,
      "id",
      openedIso,
      openedIso,
      openedIso,
    ]);
    let rows = 2;
    if (step) {
      // The runs up to the active step, each due from the calendar.
      let at = opened;
      for (const s of sop.steps) {
        if (s.number > step.number) break;
        const due = dueAt(at, s.timeStandard, calendar);
        const warn = warnAt(at, due, s.timeStandard, calendar, 0.8);
        const active = s.number === step.number;
        const done = active ? null : new Date(at.getTime() + (due.getTime() - at.getTime()) * rng.between(0.2, 1.3));
        const late = active ? (due.getTime() < until ? due.toISOString() : null) : null;
        await batch.add("step_runs", RUN_COLUMNS, [
          i,
          s.number,
          s.code,
          1,
          active ? "active" : "done",
          s.ownerRoles[0] ?? "csirt",
          null,
          at.toISOString(),
          due.toISOString(),
          warn.toISOString(),
          late,
          done?.toISOString() ?? null,
          active ? null : "bench",
        ]);
        runs += 1;
        rows += 1;
        if (done) at = new Date(Math.min(done.getTime(), until - 60_000));
      }
    }
    await batch.maybeCommit(ORDER, rows);
    if (i % 100_000 === 0)
      options.log?.(`  ${i.toLocaleString("en")} incidents written (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await batch.flush(ORDER);
  options.log?.("  analysing…");
  await writer.close();
  return { incidents: n, reports: n, runs };
}
