import type { Kysely } from "kysely";
import type { DB, Incident } from "../../db/schema.ts";
import { coTenants, type CoTenant } from "../assets/co-tenants.ts";

/*
 * Readers of an incident's records, shared by the incident page, the partner view and the signed
 * link view. They return rows; what leaves the server is the presenters' choice.
 */

type Db = Kysely<DB>;

const parse = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** Step runs in order, each with its parsed output. */
export async function loadStepRuns(db: Db, incidentId: number) {
  const rows = await db
    .selectFrom("step_runs")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ ...r, output: parse(r.output) }));
}
/** A step run with its parsed output. */
export type StepRunRecord = Awaited<ReturnType<typeof loadStepRuns>>[number];

/** The output of the step's latest completed run, if any. */
export async function latestStepOutput(db: Db, incidentId: number, stepCode: string): Promise<unknown> {
  const row = await db
    .selectFrom("step_runs")
    .select("output")
    .where("incident_id", "=", incidentId)
    .where("step_code", "=", stepCode)
    .where("status", "=", "done")
    .orderBy("id", "desc")
    .executeTakeFirst();
  return row ? parse(row.output) : null;
}

/** Recommendations by number, with the replies to them. */
export const loadRecommendations = (db: Db, incidentId: number) =>
  db.selectFrom("recommendations").selectAll().where("incident_id", "=", incidentId).orderBy("number").execute();

/** Mitigation actions in the order they were planned. */
export const loadMitigationActions = (db: Db, incidentId: number) =>
  db.selectFrom("mitigation_actions").selectAll().where("incident_id", "=", incidentId).orderBy("id").execute();

/** Escalations with the name of their target organisation. */
export const loadEscalations = (db: Db, incidentId: number) =>
  db
    .selectFrom("escalations")
    .leftJoin("organisations", "organisations.id", "escalations.target_org_id")
    .selectAll("escalations")
    .select("organisations.name as target_org_name")
    .where("escalations.incident_id", "=", incidentId)
    .orderBy("escalations.id")
    .execute();

/** The handling log in time order, evidence and observable ids parsed. */
export async function loadHandlingEntries(db: Db, incidentId: number) {
  const rows = await db
    .selectFrom("handling_entries")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    ...r,
    evidence_ids: parse(r.evidence_ids) as number[],
    observable_ids: parse(r.observable_ids) as number[],
  }));
}

/** The reports merged into the incident, oldest first (reporter identity: internal use only). */
export const loadReports = (db: Db, incidentId: number) =>
  db
    .selectFrom("reports")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .orderBy("received_at")
    .orderBy("id")
    .execute();

/** Names of the organisations an incident involves, by id. */
export async function loadOrganisationNames(db: Db, ids: readonly (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((v): v is number => v !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("organisations").select(["id", "name"]).where("id", "in", wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The incident's application, if any. */
export const loadApplication = (db: Db, incident: Pick<Incident, "application_id">) =>
  incident.application_id === null
    ? Promise.resolve(undefined)
    : db.selectFrom("applications").select(["id", "name"]).where("id", "=", incident.application_id).executeTakeFirst();

/**
 * The other applications on the servers of the incident's application — at risk, because an
 * attacked application threatens its co-tenants (SOP "Peringatan").
 */
export const loadCoTenants = (db: Db, applicationId: number | null): Promise<CoTenant[]> =>
  applicationId === null ? Promise.resolve([]) : coTenants(db, applicationId);
