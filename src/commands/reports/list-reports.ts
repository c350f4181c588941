import type { ExpressionBuilder } from "kysely";
import { assertReportWork } from "../../core/reports/access.ts";
import { publicStatusOf, stepCodesOfStatus, type PublicStatus } from "../../core/reports/public-status.ts";
import type { ReportChannel } from "../../core/reports/schema.ts";
import { stepByNumber } from "../../core/sop/definition.ts";
import type { DB } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import type { QueryContext } from "../query-context.ts";

export interface ListReportsInput {
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  limit: number;
  channel?: ReportChannel;
  status?: PublicStatus;
  /** Received at or after (ISO instant). */
  from?: string;
  /** Received before (ISO instant). */
  to?: string;
}

export interface ReportListItem {
  id: number;
  code: string;
  channel: string;
  title: string;
  reporterName: string;
  reporterKind: string;
  reporterConfidential: boolean;
  typeCode: string;
  tlp: string;
  receivedAt: string;
  duplicate: boolean;
  incidentId: number | null;
  incidentCode: string | null;
  applicationId: number | null;
  agencyOrgId: number | null;
  status: PublicStatus;
}

/** Cursors are opaque to clients; inside they are the last id of the page. */
const encodeCursor = (id: number) => Buffer.from(`r${id}`).toString("base64url");
function decodeCursor(cursor: string): number | null {
  const m = /^r(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString());
  return m ? Number(m[1]) : null;
}

type ReportQuery = ExpressionBuilder<DB, "reports" | "incidents">;

/** The SQL condition for a stage; open stages by the step numbers the team's SOP gives their codes. */
function statusCondition(status: PublicStatus, team: TeamContext) {
  return (eb: ReportQuery) => {
    if (status === "merged") return eb("reports.duplicate", "=", 1);
    const own = eb("reports.duplicate", "=", 0);
    switch (status) {
      case "invalid":
      case "transferred":
        return eb.and([own, eb("incidents.status", "=", "closed"), eb("incidents.outcome", "=", status)]);
      case "done":
        return eb.and([
          own,
          eb("incidents.status", "=", "closed"),
          eb.or([
            eb("incidents.outcome", "is", null),
            eb("incidents.outcome", "not in", ["invalid", "transferred", "duplicate"]),
          ]),
        ]);
      default: {
        const codes = stepCodesOfStatus(status);
        const numbers = team.sop.steps.filter((s) => codes.includes(s.code)).map((s) => s.number);
        if (numbers.length === 0) return eb.lit(false);
        return eb.and([own, eb("incidents.status", "=", "open"), eb("incidents.current_step", "in", numbers)]);
      }
    }
  };
}

/**
 * Reports, newest first, a page at a time (keyset: stable while new reports arrive), for the
 * internal roles only. Filters: channel, stage, received between `from` and `to`.
 */
export async function listReports(
  ctx: QueryContext,
  team: TeamContext,
  input: ListReportsInput,
): Promise<{ items: ReportListItem[]; nextCursor: string | null }> {
  assertReportWork(ctx.actor, "read");
  let query = ctx.db.selectFrom("reports").leftJoin("incidents", "incidents.id", "reports.incident_id");
  if (input.cursor !== undefined) {
    const after = decodeCursor(input.cursor);
    query = query.where("reports.id", "<", after ?? 0);
  }
  if (input.channel) query = query.where("reports.channel", "=", input.channel);
  if (input.from) query = query.where("reports.received_at", ">=", new Date(input.from).toISOString());
  if (input.to) query = query.where("reports.received_at", "<", new Date(input.to).toISOString());
  if (input.status) query = query.where(statusCondition(input.status, team));

  const rows = await query
    .select([
      "reports.id",
      "reports.code",
      "reports.channel",
      "reports.title",
      "reports.reporter_name",
      "reports.reporter_kind",
      "reports.reporter_confidential",
      "reports.type_code",
      "reports.tlp",
      "reports.received_at",
      "reports.duplicate",
      "reports.incident_id",
      "reports.application_id",
      "reports.agency_org_id",
      "incidents.code as incident_code",
      "incidents.status as incident_status",
      "incidents.outcome as incident_outcome",
      "incidents.current_step as incident_step",
    ])
    .orderBy("reports.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const items = page.map((r) => {
    const step = r.incident_step !== null ? stepByNumber(team.sop, r.incident_step) : undefined;
    return {
      id: r.id,
      code: r.code,
      channel: r.channel,
      title: r.title,
      reporterName: r.reporter_name,
      reporterKind: r.reporter_kind,
      reporterConfidential: r.reporter_confidential === 1,
      typeCode: r.type_code,
      tlp: r.tlp,
      receivedAt: r.received_at,
      duplicate: r.duplicate === 1,
      incidentId: r.incident_id,
      incidentCode: r.incident_code,
      applicationId: r.application_id,
      agencyOrgId: r.agency_org_id,
      status: publicStatusOf({
        status: r.incident_status ?? "open",
        outcome: r.incident_outcome,
        currentStepCode: step?.code ?? null,
        duplicate: r.duplicate === 1,
      }),
    };
  });
  const last = page.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last.id) : null };
}
