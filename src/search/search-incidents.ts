import { sql, type ExpressionBuilder, type RawBuilder, type SqlBool } from "kysely";
import { assertCan } from "../core/policies/index.ts";
import { isPartner } from "../core/policies/scope.ts";
import type { Severity } from "../core/severity.ts";
import type { SopStepCode } from "../core/sop/definition.ts";
import type { IncidentTypeCode } from "../core/taxonomy/incident-types.ts";
import type { QueryContext } from "../commands/query-context.ts";
import type { DB, IncidentOutcome, IncidentStatus } from "../db/schema.ts";
import { visibleIncidents } from "../db/visibility.ts";
import { readTeamSettings } from "../settings/team-settings.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { FullTextQuery } from "./fts-common.ts";
import { fullTextSearch, type FullTextSearch } from "./full-text.ts";
import { parseSearchTerms } from "./query-terms.ts";
import { snippetParts, type SnippetPart } from "./snippet.ts";
import { parseTimeRange } from "./time-range.ts";

export interface SearchInput {
  /** Words to find (see query-terms.ts); empty or absent: filters only. */
  q?: string;
  status?: IncidentStatus;
  /** The SOP step the incident is at now (its active step run). */
  step?: SopStepCode;
  /** Incident type code (DEF, JUD, …). */
  category?: IncidentTypeCode;
  severity?: Severity;
  /** Owning agency (organisation id). */
  agency?: number;
  /** true: the current step is past its due time; false: it is not (or there is none). */
  late?: boolean;
  /** Opened from / up to (see time-range.ts). */
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

/** One search result: an incident with where the words were found. */
export interface SearchHit {
  id: number;
  code: string;
  title: string;
  status: IncidentStatus;
  outcome: IncidentOutcome | null;
  severity: string;
  typeCode: string;
  tlp: string;
  openedAt: string;
  closedAt: string | null;
  agency: { id: number; name: string } | null;
  step: { number: number; code: string; dueAt: string; late: boolean } | null;
  late: boolean;
  /** Null without search words. */
  match: {
    in: "incident" | "report";
    reportId: number | null;
    reportCode: string | null;
    snippet: SnippetPart[];
  } | null;
}

export interface SearchPage {
  items: SearchHit[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * How many of the newest matches each round reads before the search falls back to every match.
 * Exported for the tests, which make the rounds small to exercise them.
 */
export const SEARCH_ROUNDS: number[] = [2_000, 20_000];

/**
 * The page's rows (one more than `limit`) among the incidents matching `terms`. Reading every match
 * of a common word (one in every report) and sorting them costs seconds at a million reports, so
 * the newest matches are read first: the reports (and incident titles) with the highest ids, up to
 * a round's size, whose incidents are then filtered and ordered as usual. The page is exact when
 * every match was read, or when it is full and every incident opened at or after its last row has
 * all its reports — and its own id — inside what was read: any incident not considered is then
 * older than the page. (Ids follow arrival, but not strictly: a backdated letter, or a report
 * merged into a newer incident, is why the window is checked.) Otherwise a larger round follows,
 * and last the full match.
 */
async function fullTextRows<R extends { opened_at: string }>(
  ctx: QueryContext,
  fts: FullTextSearch,
  terms: FullTextQuery,
  limit: number,
  page: (ids: RawBuilder<{ id: number }>) => Promise<R[]>,
): Promise<R[]> {
  for (const n of SEARCH_ROUNDS) {
    const newest = await fts.newestMatches(ctx.db, terms, n);
    const allReports = newest.reportIds.length < n;
    const allIncidents = newest.incidentIds.length < n;
    const rows = await page(fts.incidentsOf(newest));
    if (allReports && allIncidents) return rows;
    if (rows.length <= limit) continue;
    const window = await ctx.db
      .selectFrom("incidents")
      .leftJoin("reports", "reports.incident_id", "incidents.id")
      .select((eb) => [eb.fn.min("reports.id").as("report"), eb.fn.min("incidents.id").as("incident")])
      .where("incidents.opened_at", ">=", rows[limit]!.opened_at)
      .executeTakeFirstOrThrow();
    const oldest = (ids: readonly number[]) => ids[ids.length - 1] ?? 0;
    const reportsCovered = allReports || window.report === null || Number(window.report) >= oldest(newest.reportIds);
    const incidentsCovered =
      allIncidents || window.incident === null || Number(window.incident) >= oldest(newest.incidentIds);
    if (reportsCovered && incidentsCovered) return rows;
  }
  return page(fts.matchingIncidentIds(terms));
}

/**
 * Full-text search over incidents and their reports, with filters, newest first (by when the case
 * was opened), in pages by keyset: the cursor is the last result's sort key, so pages stay stable
 * while new incidents arrive. Staff and leadership search every incident; partners get nothing for
 * now (their view of report text is not settled), and the visibility fragment is applied anyway.
 */
export async function searchIncidents(ctx: QueryContext, input: SearchInput): Promise<SearchPage> {
  assertCan(ctx.actor, "incident.read");
  if (ctx.actor.type === "user" && isPartner(ctx.actor)) return { items: [], nextCursor: null };
  const settings = await readTeamSettings(ctx.db);
  const range = parseTimeRange(input, settings.calendar.timeZone);
  const cursor = input.cursor === undefined ? null : decodeCursor(input.cursor);
  const terms = parseSearchTerms(input.q);
  const fts = fullTextSearch(ctx.dialect);
  const now = ctx.now.toISOString();

  // The active step run (at most one per incident, the workflow keeps it so) is looked up for the
  // page's rows afterwards, and filtered on with EXISTS: a join with step_runs would make SQLite
  // build a filter over every step run for each search.
  const activeRun = (eb: ExpressionBuilder<DB, "incidents">) =>
    eb
      .selectFrom("step_runs as s")
      .select("s.id")
      .whereRef("s.incident_id", "=", "incidents.id")
      .where("s.status", "=", "active");
  let query = ctx.db
    .selectFrom("incidents")
    .leftJoin("organisations as agency", "agency.id", "incidents.agency_org_id")
    .where(visibleIncidents(ctx.actor))
    .select([
      "incidents.id",
      "incidents.code",
      "incidents.title",
      "incidents.status",
      "incidents.outcome",
      "incidents.severity",
      "incidents.type_code",
      "incidents.tlp",
      "incidents.opened_at",
      "incidents.closed_at",
      "incidents.agency_org_id",
      "agency.name as agency_name",
    ]);
  if (input.status) query = query.where("incidents.status", "=", input.status);
  if (input.step) {
    const step = input.step;
    query = query.where((eb) => eb.exists(activeRun(eb).where("s.step_code", "=", step)));
  }
  if (input.category) query = query.where("incidents.type_code", "=", input.category);
  if (input.severity) query = query.where("incidents.severity", "=", input.severity);
  if (input.agency !== undefined) query = query.where("incidents.agency_org_id", "=", input.agency);
  if (input.late === true) query = query.where((eb) => eb.exists(activeRun(eb).where("s.due_at", "<", now)));
  if (input.late === false) query = query.where((eb) => eb.not(eb.exists(activeRun(eb).where("s.due_at", "<", now))));
  if (range.from) query = query.where("incidents.opened_at", ">=", range.from.toISOString());
  if (range.to) query = query.where("incidents.opened_at", "<", range.to.toISOString());
  if (cursor) {
    query = query.where((eb) =>
      eb.or([
        eb("incidents.opened_at", "<", cursor.openedAt),
        eb.and([eb("incidents.opened_at", "=", cursor.openedAt), eb("incidents.id", "<", cursor.id)]),
      ]),
    );
  }
  const ordered = query
    .orderBy("incidents.opened_at", "desc")
    .orderBy("incidents.id", "desc")
    .limit(input.limit + 1);
  const match = terms.words.length === 0 ? null : await fts.prepare(ctx.db, terms);
  const rows =
    match === null
      ? await ordered.execute()
      : await fullTextRows(ctx, fts, match, input.limit, (ids) =>
          ordered.where(sql<SqlBool>`${sql.ref("incidents.id")} in (${ids})`).execute(),
        );
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ openedAt: last.opened_at, id: last.id }) : null;

  const ids = page.map((r) => r.id);
  const runs = new Map(
    ids.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom("step_runs")
            .select(["incident_id", "step_number", "step_code", "due_at"])
            .where("incident_id", "in", ids)
            .where("status", "=", "active")
            .execute()
        ).map((r) => [r.incident_id, r]),
  );
  const snippets = match ? await fts.snippets(ctx.db, match, ids) : new Map();
  const reportIds = [...snippets.values()].map((s) => s.reportId).filter((id): id is number => id !== null);
  const reportCodes = new Map(
    reportIds.length === 0
      ? []
      : (await ctx.db.selectFrom("reports").select(["id", "code"]).where("id", "in", reportIds).execute()).map((r) => [
          r.id,
          r.code,
        ]),
  );

  const items = page.map((row): SearchHit => {
    const run = runs.get(row.id);
    const r = {
      ...row,
      step_number: run?.step_number ?? null,
      step_code: run?.step_code ?? null,
      due_at: run?.due_at ?? null,
    };
    const late = r.due_at !== null && r.due_at < now;
    const hit = snippets.get(r.id);
    return {
      id: r.id,
      code: r.code,
      title: r.title,
      status: r.status,
      outcome: r.outcome,
      severity: r.severity,
      typeCode: r.type_code,
      tlp: r.tlp,
      openedAt: r.opened_at,
      closedAt: r.closed_at,
      agency: r.agency_org_id !== null && r.agency_name !== null ? { id: r.agency_org_id, name: r.agency_name } : null,
      step:
        r.step_number !== null && r.step_code !== null && r.due_at !== null
          ? { number: r.step_number, code: r.step_code, dueAt: r.due_at, late }
          : null,
      late,
      match: hit
        ? {
            in: hit.reportId === null ? "incident" : "report",
            reportId: hit.reportId,
            reportCode: hit.reportId === null ? null : (reportCodes.get(hit.reportId) ?? null),
            snippet: snippetParts(hit.text),
          }
        : null,
    };
  });
  return { items, nextCursor };
}
