import { invalid } from "../../core/errors.ts";
import { zonedToInstant } from "../../core/calendar/zoned-time.ts";
import { addDays, isLocalDate } from "../../core/calendar/local-date.ts";
import { assertCan } from "../../core/policies/index.ts";
import { stepByCode } from "../../core/sop/definition.ts";
import type { SopStepCode } from "../../core/sop/step-codes.ts";
import type { ExpressionBuilder } from "kysely";
import { unindexed } from "../../db/dialect.ts";
import type { DB, IncidentStatus } from "../../db/schema.ts";
import { visibleIncidents } from "../../db/visibility.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { containsPattern, lowerLike } from "../like-pattern.ts";
import type { QueryContext } from "../query-context.ts";

export interface ListIncidentsInput {
  /** Plain substring of the code or title (full-text search replaces this later). */
  q?: string;
  status?: IncidentStatus;
  step?: SopStepCode;
  /** Incident type code (DEF, JUD, …). */
  category?: string;
  severity?: string;
  /** Owning agency's organisation id. */
  agency?: number;
  /** true: the active step is past its due time; false: it is not (or nothing is active). */
  late?: boolean;
  /** true: only the caller's work — incidents assigned to the caller or whose active step the caller owns. */
  mine?: boolean;
  /** Opened from / until: `YYYY-MM-DD` (a local date in the team's zone, inclusive) or an ISO instant. */
  from?: string;
  to?: string;
  /** Opaque position from a previous page's `nextCursor`. */
  cursor?: string;
  limit: number;
}

/** A list row: the incident with its active step's due time. */
export interface IncidentListRow {
  id: number;
  code: string;
  title: string;
  type_code: string;
  severity: string;
  tlp: string;
  status: IncidentStatus;
  outcome: string | null;
  current_step: number | null;
  agency_org_id: number | null;
  agency_name: string | null;
  opened_at: string;
  closed_at: string | null;
  active_step_code: string | null;
  active_started_at: string | null;
  active_due_at: string | null;
  active_warn_at: string | null;
  assignee_user_id: number | null;
  assignee_name: string | null;
}

const encodeCursor = (id: number): string => Buffer.from(JSON.stringify({ id })).toString("base64url");

function decodeCursor(cursor: string): number {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { id?: unknown };
    if (typeof value.id === "number" && Number.isInteger(value.id) && value.id > 0) return value.id;
  } catch {
    // fall through to the error below
  }
  throw invalid("error.validation_failed", {}, [{ path: "cursor" }]);
}

/** A bound of the date range as a UTC instant: a local date means its midnight in the team's zone. */
function bound(value: string, team: TeamContext, end: boolean, path: string): string {
  if (isLocalDate(value))
    return zonedToInstant(end ? addDays(value, 1) : value, 0, team.calendar.timeZone).toISOString();
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw invalid("error.validation_failed", {}, [{ path }]);
  return at.toISOString();
}

/**
 * A page of the incidents the actor may see, newest first, filtered in SQL (visibility included)
 * and paged by keyset: pass `nextCursor` back as `cursor` for the next page.
 */
export async function listIncidents(
  ctx: QueryContext,
  team: TeamContext,
  input: ListIncidentsInput,
): Promise<{ items: IncidentListRow[]; nextCursor: string | null }> {
  assertCan(ctx.actor, "incident.read");
  const now = ctx.now.toISOString();
  // The active step run (at most one per incident) is filtered on with EXISTS and looked up for
  // the page's rows afterwards: a join with step_runs makes SQLite build a filter over every step
  // run for each request, which at a hundred thousand incidents costs more than the page itself.
  const activeRun = (eb: ExpressionBuilder<DB, "incidents">) =>
    eb
      .selectFrom("step_runs as active")
      .select("active.id")
      .whereRef("active.incident_id", "=", "incidents.id")
      .where("active.status", "=", "active");
  let query = ctx.db
    .selectFrom("incidents")
    .leftJoin("organisations as agency", "agency.id", "incidents.agency_org_id")
    .leftJoin("users as assignee", "assignee.id", "incidents.assignee_user_id")
    .where(visibleIncidents(ctx.actor));
  if (input.q) {
    const pattern = containsPattern(input.q);
    query = query.where((eb) => eb.or([lowerLike("incidents.code", pattern), lowerLike("incidents.title", pattern)]));
  }
  if (input.status) query = query.where("incidents.status", "=", input.status);
  if (input.step) {
    const step = stepByCode(team.sop, input.step);
    query = query.where("incidents.status", "=", "open").where("incidents.current_step", "=", step ? step.number : -1);
  }
  // Category and severity have indexes in search order (by opening time), not in this list's (by
  // id): SQLite would read every incident of the category and sort them, where walking the ids
  // newest first stops after a page.
  if (input.category) query = query.where(unindexed(ctx.dialect, "incidents.type_code"), "=", input.category);
  if (input.severity) query = query.where(unindexed(ctx.dialect, "incidents.severity"), "=", input.severity);
  if (input.agency !== undefined) query = query.where("incidents.agency_org_id", "=", input.agency);
  if (input.late === true) query = query.where((eb) => eb.exists(activeRun(eb).where("active.due_at", "<", now)));
  if (input.late === false)
    query = query.where((eb) => eb.not(eb.exists(activeRun(eb).where("active.due_at", "<", now))));
  if (input.mine === true) {
    const me = ctx.actor.type === "user" ? ctx.actor.id : -1;
    query = query.where((eb) =>
      eb.or([
        eb("incidents.assignee_user_id", "=", me),
        eb.exists(activeRun(eb).where("active.owner_user_id", "=", me)),
      ]),
    );
  }
  if (input.from) query = query.where("incidents.opened_at", ">=", bound(input.from, team, false, "from"));
  if (input.to) query = query.where("incidents.opened_at", "<", bound(input.to, team, true, "to"));
  if (input.cursor) query = query.where("incidents.id", "<", decodeCursor(input.cursor));

  const rows = await query
    .select([
      "incidents.id",
      "incidents.code",
      "incidents.title",
      "incidents.type_code",
      "incidents.severity",
      "incidents.tlp",
      "incidents.status",
      "incidents.outcome",
      "incidents.current_step",
      "incidents.agency_org_id",
      "agency.name as agency_name",
      "incidents.opened_at",
      "incidents.closed_at",
      "incidents.assignee_user_id",
      "assignee.display_name as assignee_name",
    ])
    .orderBy("incidents.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const runs = new Map(
    page.length === 0
      ? []
      : (
          await ctx.db
            .selectFrom("step_runs")
            .select(["incident_id", "step_code", "started_at", "due_at", "warn_at"])
            .where(
              "incident_id",
              "in",
              page.map((r) => r.id),
            )
            .where("status", "=", "active")
            .execute()
        ).map((r) => [r.incident_id, r]),
  );
  const items = page.map((row): IncidentListRow => {
    const run = runs.get(row.id);
    return {
      ...row,
      active_step_code: run?.step_code ?? null,
      active_started_at: run?.started_at ?? null,
      active_due_at: run?.due_at ?? null,
      active_warn_at: run?.warn_at ?? null,
    };
  });
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last.id) : null };
}
