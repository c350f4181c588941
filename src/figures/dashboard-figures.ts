import { sql, type ExpressionBuilder } from "kysely";
import type { LocalizedText } from "../core/i18n/localized-text.ts";
import { invalid } from "../core/errors.ts";
import { assertCan } from "../core/policies/index.ts";
import { SEVERITIES } from "../core/severity.ts";
import type { SopDefinition } from "../core/sop/definition.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../core/taxonomy/incident-types.ts";
import type { QueryContext } from "../commands/query-context.ts";
import type { DB } from "../db/schema.ts";
import { parseTimeRange } from "../search/time-range.ts";
import { readTeamContext } from "../settings/team-settings.ts";
import { monthBuckets, monthOf, monthsBefore, monthStart, nextMonth } from "./months.ts";
import { durationSummary } from "./percentile.ts";

export interface FiguresInput {
  /** Period start (see search/time-range.ts); default the first day of the month eleven months ago. */
  from?: string;
  /** Period end; default the end of the current month. */
  to?: string;
}

/** Longest period the figures cover (one bucket per month). */
export const MAX_FIGURES_YEARS = 10;

interface Count {
  count: number;
}

/** The dashboard's numbers for a period (see `dashboardFigures`). */
export interface DashboardFigures {
  period: { from: string; to: string; timeZone: string };
  generatedAt: string;
  totals: { cases: number; open: number; closed: number; resolved: number; invalid: number; transferred: number };
  byMonth: ({ month: string } & Count)[];
  byCategory: ({ code: string; label: LocalizedText | null } & Count)[];
  byAgency: ({ agencyId: number | null; name: string | null } & Count)[];
  bySeverity: ({ severity: string } & Count)[];
  compliance: {
    stepNumber: number;
    stepCode: string;
    name: LocalizedText | null;
    completed: number;
    onTime: number;
    /** onTime / completed; null when nothing was completed. */
    onTimeShare: number | null;
    /** Active runs of the step past their due time now. */
    lateNow: number;
  }[];
  timeToVerify: { count: number; medianSeconds: number | null; p90Seconds: number | null };
  timeToClose: { count: number; medianSeconds: number | null; p90Seconds: number | null };
  openByStep: {
    stepNumber: number;
    stepCode: string;
    name: LocalizedText | null;
    open: number;
    dueSoon: number;
    late: number;
  }[];
}

// Cases merged into another one are counted there, not twice.
const notDuplicate = (eb: ExpressionBuilder<DB, "incidents">) =>
  eb.and([
    eb("incidents.merged_into_id", "is", null),
    eb.or([eb("incidents.outcome", "is", null), eb("incidents.outcome", "!=", "duplicate")]),
  ]);

/**
 * Figures for the dashboard over the cases opened in a period (duplicates merged into another case
 * left out): counts by month of the team's zone, by incident type, by agency and by severity;
 * time-standard compliance per SOP step (runs completed in the period, and those late right now);
 * the median and 90th percentile of the time from receipt to the first completed verification and
 * to closing; and the open work at each step now. Everyone inside the CSIRT and leadership reads
 * them; partners do not.
 */
export async function dashboardFigures(ctx: QueryContext, input: FiguresInput): Promise<DashboardFigures> {
  assertCan(ctx.actor, "dashboard.read");
  const team = await readTeamContext(ctx.db);
  const zone = team.settings.calendar.timeZone;
  const given = parseTimeRange(input, zone);
  const thisMonth = monthOf(ctx.now, zone);
  const from = given.from ?? monthStart(monthsBefore(thisMonth, 11), zone);
  const to = given.to ?? monthStart(nextMonth(thisMonth), zone);
  if (from.getTime() >= to.getTime()) throw invalid("search.bad_range");
  const months = monthBuckets(from, to, zone);
  if (months.length > MAX_FIGURES_YEARS * 12) throw invalid("figures.range_too_long", { years: MAX_FIGURES_YEARS });
  const fromIso = from.toISOString();
  const toIso = to.toISOString();
  const now = ctx.now.toISOString();

  const cases = ctx.db
    .selectFrom("incidents")
    .where("incidents.opened_at", ">=", fromIso)
    .where("incidents.opened_at", "<", toIso)
    .where(notDuplicate);

  const countIf = (condition: ReturnType<typeof sql>) =>
    sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
  const totalsRow = await cases
    .select((eb) => [
      eb.fn.countAll<number>().as("cases"),
      countIf(sql`incidents.status = 'open'`).as("open"),
      countIf(sql`incidents.status = 'closed'`).as("closed"),
      countIf(sql`incidents.outcome = 'resolved'`).as("resolved"),
      countIf(sql`incidents.outcome = 'invalid'`).as("invalid"),
      countIf(sql`incidents.outcome = 'transferred'`).as("transferred"),
      ...months.map((m, i) =>
        countIf(
          sql`incidents.opened_at >= ${m.start.toISOString()} and incidents.opened_at < ${m.end.toISOString()}`,
        ).as(`m${i}`),
      ),
    ])
    .executeTakeFirstOrThrow();
  const totals = totalsRow as unknown as Record<string, number | string>;
  const num = (key: string) => Number(totals[key] ?? 0);

  const byType = await cases
    .select(["incidents.type_code", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("incidents.type_code")
    .execute();
  const byAgency = await cases
    .leftJoin("organisations", "organisations.id", "incidents.agency_org_id")
    .select(["incidents.agency_org_id", "organisations.name", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["incidents.agency_org_id", "organisations.name"])
    .execute();
  const bySeverity = await cases
    .select(["incidents.severity", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("incidents.severity")
    .execute();

  const completedRuns = await ctx.db
    .selectFrom("step_runs")
    .select((eb) => [
      "step_runs.step_number",
      "step_runs.step_code",
      eb.fn.countAll<number>().as("completed"),
      countIf(sql`step_runs.completed_at <= step_runs.due_at`).as("on_time"),
    ])
    .where("step_runs.completed_at", "is not", null)
    .where("step_runs.completed_at", ">=", fromIso)
    .where("step_runs.completed_at", "<", toIso)
    .groupBy(["step_runs.step_number", "step_runs.step_code"])
    .execute();
  const activeRuns = await ctx.db
    .selectFrom("step_runs")
    .innerJoin("incidents", "incidents.id", "step_runs.incident_id")
    .select((eb) => [
      "step_runs.step_number",
      "step_runs.step_code",
      eb.fn.countAll<number>().as("open"),
      countIf(sql`step_runs.due_at < ${now}`).as("late"),
      countIf(sql`step_runs.warn_at <= ${now} and step_runs.due_at >= ${now}`).as("due_soon"),
    ])
    .where("step_runs.status", "=", "active")
    .where("incidents.status", "=", "open")
    .groupBy(["step_runs.step_number", "step_runs.step_code"])
    .execute();

  const verified = await cases
    .innerJoin("step_runs", "step_runs.incident_id", "incidents.id")
    .select((eb) => ["incidents.opened_at", eb.fn.min("step_runs.completed_at").as("verified_at")])
    .where("step_runs.step_code", "=", "verify")
    .where("step_runs.completed_at", "is not", null)
    .groupBy(["incidents.id", "incidents.opened_at"])
    .execute();
  const closed = await cases
    .select(["incidents.opened_at", "incidents.closed_at"])
    .where("incidents.status", "=", "closed")
    .where("incidents.closed_at", "is not", null)
    .execute();
  const span = (a: string, b: string | null) => Math.max(0, new Date(b!).getTime() - new Date(a).getTime());

  const steps = stepList(team.sop, [...completedRuns, ...activeRuns]);
  const find = <R extends { step_number: number; step_code: string }>(rows: R[], s: { number: number; code: string }) =>
    rows.find((r) => Number(r.step_number) === s.number && r.step_code === s.code);

  return {
    period: { from: fromIso, to: toIso, timeZone: zone },
    generatedAt: now,
    totals: {
      cases: num("cases"),
      open: num("open"),
      closed: num("closed"),
      resolved: num("resolved"),
      invalid: num("invalid"),
      transferred: num("transferred"),
    },
    byMonth: months.map((m, i) => ({ month: m.month, count: num(`m${i}`) })),
    byCategory: byType
      .map((r) => ({
        code: r.type_code,
        label: isIncidentTypeCode(r.type_code) ? INCIDENT_TYPES[r.type_code].label : null,
        count: Number(r.n),
      }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    byAgency: byAgency
      .map((r) => ({ agencyId: r.agency_org_id, name: r.name, count: Number(r.n) }))
      .sort((a, b) => b.count - a.count || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff")),
    bySeverity: [
      ...SEVERITIES,
      ...bySeverity.map((r) => r.severity).filter((s) => !(SEVERITIES as readonly string[]).includes(s)),
    ].map((severity) => ({ severity, count: Number(bySeverity.find((r) => r.severity === severity)?.n ?? 0) })),
    compliance: steps.map((s) => {
      const done = find(completedRuns, s);
      const completed = Number(done?.completed ?? 0);
      const onTime = Number(done?.on_time ?? 0);
      return {
        stepNumber: s.number,
        stepCode: s.code,
        name: s.name,
        completed,
        onTime,
        onTimeShare: completed === 0 ? null : onTime / completed,
        lateNow: Number(find(activeRuns, s)?.late ?? 0),
      };
    }),
    timeToVerify: durationSummary(verified.map((r) => span(r.opened_at, r.verified_at as string | null))),
    timeToClose: durationSummary(closed.map((r) => span(r.opened_at, r.closed_at))),
    openByStep: steps.map((s) => {
      const active = find(activeRuns, s);
      return {
        stepNumber: s.number,
        stepCode: s.code,
        name: s.name,
        open: Number(active?.open ?? 0),
        dueSoon: Number(active?.due_soon ?? 0),
        late: Number(active?.late ?? 0),
      };
    }),
  };
}

/** The team's SOP steps in order, then any other step found in the data (an older definition's). */
function stepList(sop: SopDefinition, rows: readonly { step_number: number; step_code: string }[]) {
  const steps: { number: number; code: string; name: LocalizedText | null }[] = sop.steps.map((s) => ({
    number: s.number,
    code: s.code,
    name: s.name,
  }));
  for (const r of rows) {
    const n = Number(r.step_number);
    if (!steps.some((s) => s.number === n && s.code === r.step_code))
      steps.push({ number: n, code: r.step_code, name: null });
  }
  return steps.sort((a, b) => a.number - b.number || a.code.localeCompare(b.code));
}
