import { sql, type ExpressionBuilder, type RawBuilder, type SqlBool } from "kysely";
import { assertCan } from "../core/policies/index.ts";
import { isPartner } from "../core/policies/scope.ts";
import type { Severity } from "../core/severity.ts";
import { stepByCode, type SopStepCode } from "../core/sop/definition.ts";
import type { IncidentTypeCode } from "../core/taxonomy/incident-types.ts";
import type { QueryContext } from "../commands/query-context.ts";
import type { DB, IncidentOutcome, IncidentStatus } from "../db/schema.ts";
import { unindexed } from "../db/dialect.ts";
import { visibleIncidents } from "../db/visibility.ts";
import { readTeamSettings, sopDefinitionFor } from "../settings/team-settings.ts";
import { decodeCursor, encodeCursor, type SearchCursor } from "./cursor.ts";
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
 * How many matches of the words a search reads before it counts them as common, and the first
 * and largest number of incidents a walk checks at once. Exported for the tests, which change
 * them to exercise every path.
 */
export const SEARCH_TUNING = { fewMatches: 5_000, firstBatch: 200, maxBatch: 12_800 };

/**
 * The page's rows (one more than `limit`) among the incidents matching `terms`, by one of two
 * plans that give the same results. Words with few matches (a name, an address, a rare term):
 * every match is read from the index and only those incidents are filtered and ordered. Common
 * words: reading every match and sorting them costs seconds at a million reports, so the incidents
 * that pass the filters are read in result order, in growing batches, and each batch is checked
 * against the full-text index (see FullTextProbe) until the page is full. A word found in one
 * report in a hundred costs about a hundred checks per result, and a batch costs one look-up.
 */
async function fullTextRows<R extends { id: number; opened_at: string }>(
  ctx: QueryContext,
  fts: FullTextSearch,
  match: FullTextQuery,
  limit: number,
  inOrder: (after: SearchCursor | null, n: number, only?: RawBuilder<{ id: number }>) => Promise<R[]>,
  start: SearchCursor | null,
): Promise<R[]> {
  const probe = await fts.probe(ctx.db, match, SEARCH_TUNING.fewMatches);
  if (probe.all) return inOrder(start, limit + 1, fts.incidentsOf(probe.all));
  // Filters alone that keep many incidents: their own indexes give the page at once.
  if (match.terms.words.length === 0) return inOrder(start, limit + 1);
  const found: R[] = [];
  let after = start;
  let batch = SEARCH_TUNING.firstBatch;
  for (;;) {
    const candidates = await inOrder(after, batch);
    const matching = await probe.matching(candidates.map((c) => c.id));
    for (const row of candidates) {
      if (!matching.has(row.id)) continue;
      found.push(row);
      if (found.length > limit) return found;
    }
    const last = candidates[candidates.length - 1];
    if (candidates.length < batch || !last) return found;
    after = { openedAt: last.opened_at, id: last.id };
    batch = Math.min(batch * 4, SEARCH_TUNING.maxBatch);
  }
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
  const sop = sopDefinitionFor(settings);
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
  // Results are found by their sort keys; the page's rows are read afterwards.
  let query = ctx.db
    .selectFrom("incidents")
    .where(visibleIncidents(ctx.actor))
    .select(["incidents.id", "incidents.opened_at"]);
  // Each filter has an index in result order (status, category, severity and agency with the time
  // and id), so a page is read in order and stops when full. SQLite drives the query by one index
  // and cannot tell which filter keeps fewest rows, so the others are marked not to choose it: the
  // step first (few incidents are at any one step), then open incidents for lateness, agency,
  // category, severity and status.
  const driver = input.step
    ? "step"
    : input.late === true
      ? "status"
      : input.agency !== undefined
        ? "agency"
        : input.category
          ? "category"
          : input.severity
            ? "severity"
            : "status";
  const column = (name: string, filter: typeof driver) =>
    filter === driver ? sql.ref(name) : unindexed(ctx.dialect, name);
  if (input.status) query = query.where(column("incidents.status", "status"), "=", input.status);
  if (input.step) {
    const step = stepByCode(sop, input.step);
    query = query.where("incidents.status", "=", "open").where("incidents.current_step", "=", step ? step.number : -1);
  }
  if (input.category) query = query.where(column("incidents.type_code", "category"), "=", input.category);
  if (input.severity) query = query.where(column("incidents.severity", "severity"), "=", input.severity);
  if (input.agency !== undefined) query = query.where(column("incidents.agency_org_id", "agency"), "=", input.agency);
  // Only an open incident has an active step run (closing completes it): so late ones are open.
  if (input.late === true) {
    query = query
      .where(column("incidents.status", "status"), "=", "open")
      .where((eb) => eb.exists(activeRun(eb).where("s.due_at", "<", now)));
  }
  if (input.late === false) query = query.where((eb) => eb.not(eb.exists(activeRun(eb).where("s.due_at", "<", now))));
  if (range.from) query = query.where("incidents.opened_at", ">=", range.from.toISOString());
  if (range.to) query = query.where("incidents.opened_at", "<", range.to.toISOString());
  const filtered = query;
  /** `n` rows in result order after `after` (a cursor's key), among `only` when given. */
  const inOrder = (after: SearchCursor | null, n: number, only?: RawBuilder<{ id: number }>) => {
    let q = filtered;
    if (only) q = q.where(sql<SqlBool>`${sql.ref("incidents.id")} in (${only})`);
    if (after) {
      // The first term bounds the index range; the second breaks ties at the cursor's time.
      q = q
        .where("incidents.opened_at", "<=", after.openedAt)
        .where((eb) =>
          eb.or([
            eb("incidents.opened_at", "<", after.openedAt),
            eb.and([eb("incidents.opened_at", "=", after.openedAt), eb("incidents.id", "<", after.id)]),
          ]),
        );
    }
    return q.orderBy("incidents.opened_at", "desc").orderBy("incidents.id", "desc").limit(n).execute();
  };
  // Step and lateness concern open incidents only (see above).
  const facets = {
    status: input.status ?? (input.step || input.late === true ? "open" : undefined),
    category: input.category,
    severity: input.severity,
    agency: input.agency,
  };
  // The index is asked about words, and about filters alone when two or more are given: one filter
  // has its own index in result order, but two together may keep few incidents (or none), which
  // only the index can tell without walking them.
  const filtersInIndex = Object.values(facets).filter((v) => v !== undefined).length;
  const match = terms.words.length > 0 || filtersInIndex >= 2 ? await fts.prepare(ctx.db, terms, facets) : null;
  const rows =
    match === null
      ? await inOrder(cursor, input.limit + 1)
      : await fullTextRows(ctx, fts, match, input.limit, inOrder, cursor);
  const keys = rows.slice(0, input.limit);
  const last = keys[keys.length - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ openedAt: last.opened_at, id: last.id }) : null;

  const ids = keys.map((r) => r.id);
  const details = new Map(
    ids.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom("incidents")
            .leftJoin("organisations as agency", "agency.id", "incidents.agency_org_id")
            .where("incidents.id", "in", ids)
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
            ])
            .execute()
        ).map((r) => [r.id, r]),
  );
  const page = keys.map((k) => details.get(k.id)).filter((r) => r !== undefined);
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
