import { sql, type SqlBool } from "kysely";
import { assertCan } from "../core/policies/index.ts";
import { isPartner } from "../core/policies/scope.ts";
import type { Severity } from "../core/severity.ts";
import type { SopStepCode } from "../core/sop/definition.ts";
import type { IncidentTypeCode } from "../core/taxonomy/incident-types.ts";
import type { QueryContext } from "../commands/query-context.ts";
import type { IncidentOutcome, IncidentStatus } from "../db/schema.ts";
import { visibleIncidents } from "../db/visibility.ts";
import { readTeamSettings } from "../settings/team-settings.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { fullTextSearch } from "./full-text.ts";
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

  let query = ctx.db
    .selectFrom("incidents")
    // At most one active run per incident (the workflow keeps it so): its current step.
    .leftJoin("step_runs as s", (join) =>
      join.onRef("s.incident_id", "=", "incidents.id").on("s.status", "=", "active"),
    )
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
      "s.step_number",
      "s.step_code",
      "s.due_at",
    ]);
  if (terms.words.length > 0)
    query = query.where(sql<SqlBool>`${sql.ref("incidents.id")} in (${fts.matchingIncidentIds(terms)})`);
  if (input.status) query = query.where("incidents.status", "=", input.status);
  if (input.step) query = query.where("s.step_code", "=", input.step);
  if (input.category) query = query.where("incidents.type_code", "=", input.category);
  if (input.severity) query = query.where("incidents.severity", "=", input.severity);
  if (input.agency !== undefined) query = query.where("incidents.agency_org_id", "=", input.agency);
  if (input.late === true) query = query.where("s.due_at", "<", now);
  if (input.late === false) query = query.where((eb) => eb.or([eb("s.due_at", "is", null), eb("s.due_at", ">=", now)]));
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
  const rows = await query
    .orderBy("incidents.opened_at", "desc")
    .orderBy("incidents.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ openedAt: last.opened_at, id: last.id }) : null;

  const ids = page.map((r) => r.id);
  const snippets = terms.words.length > 0 ? await fts.snippets(ctx.db, terms, ids) : new Map();
  const reportIds = [...snippets.values()].map((s) => s.reportId).filter((id): id is number => id !== null);
  const reportCodes = new Map(
    reportIds.length === 0
      ? []
      : (await ctx.db.selectFrom("reports").select(["id", "code"]).where("id", "in", reportIds).execute()).map((r) => [
          r.id,
          r.code,
        ]),
  );

  const items = page.map((r): SearchHit => {
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
