import type { Kysely, Transaction } from "kysely";
import type { Role } from "../../core/roles.ts";
import type { DB, Incident, StepRun } from "../../db/schema.ts";

/** Someone a time-standard message goes to: an account, or the address of an outside party's signed link. */
export interface Recipient {
  email: string;
  userId: number | null;
  name: string;
  lang: "id" | "en";
}

type Db = Kysely<DB> | Transaction<DB>;

const PARTNER_ROLES: readonly string[] = ["agency", "developer", "upstream"];

async function users(
  db: Db,
  where: { role?: string; roles?: readonly string[]; organisationId?: number; ids?: readonly number[] },
) {
  let query = db
    .selectFrom("users")
    .select(["id", "email", "display_name", "language"])
    .where("disabled", "=", 0)
    .where("email", "is not", null);
  if (where.role !== undefined) query = query.where("role", "=", where.role as Role);
  if (where.roles !== undefined) query = query.where("role", "in", where.roles as Role[]);
  if (where.organisationId !== undefined) query = query.where("organisation_id", "=", where.organisationId);
  if (where.ids !== undefined) query = query.where("id", "in", where.ids as number[]);
  const rows = await query.orderBy("id").execute();
  return rows.map((u): Recipient => ({
    email: u.email!,
    userId: u.id,
    name: u.display_name,
    lang: u.language === "en" ? "en" : "id",
  }));
}

/** One recipient per address (a person may be both an account and a link's addressee). */
export function uniqueRecipients(list: readonly Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The CSIRT lead(s), who answer for the time standards. Without an active lead with an address,
 * the administrators, so that a late step is never told to nobody.
 */
export async function leadRecipients(db: Db): Promise<Recipient[]> {
  const leads = await users(db, { role: "csirt_lead" });
  return leads.length > 0 ? leads : users(db, { role: "admin" });
}

/** The assignee of an incident, when it has one with an address. */
export async function assigneeRecipients(db: Db, incident: Pick<Incident, "assignee_user_id">): Promise<Recipient[]> {
  return incident.assignee_user_id === null ? [] : users(db, { ids: [incident.assignee_user_id] });
}

function partnerOrganisation(run: StepRun, incident: Incident): number | null {
  if (run.owner_org_id !== null) return run.owner_org_id;
  if (run.owner_role === "agency") return incident.agency_org_id;
  if (run.owner_role === "developer") return incident.developer_org_id;
  if (run.owner_role === "upstream") return incident.upstream_org_id;
  return null;
}

/**
 * Who owns a step run: its owner user if set; else, for a partner's step, the users of the owning
 * organisation and the addressees of live signed links for that step; else every user of the
 * owner role. `fallback` is true when nobody could be found and the leads are told instead.
 */
export async function stepOwnerRecipients(
  db: Db,
  run: StepRun,
  incident: Incident,
  now: Date,
): Promise<{ recipients: Recipient[]; fallback: boolean }> {
  let found: Recipient[];
  if (run.owner_user_id !== null) {
    found = await users(db, { ids: [run.owner_user_id] });
  } else if (PARTNER_ROLES.includes(run.owner_role)) {
    const org = partnerOrganisation(run, incident);
    const members = org === null ? [] : await users(db, { organisationId: org });
    const links = await db
      .selectFrom("access_links")
      .select(["email"])
      .where("incident_id", "=", run.incident_id)
      .where("step_code", "=", run.step_code)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now.toISOString())
      .where("email", "is not", null)
      .orderBy("id")
      .execute();
    found = [
      ...members,
      ...links.map((l): Recipient => ({ email: l.email!, userId: null, name: l.email!, lang: "id" })),
    ];
  } else {
    found = await users(db, { role: run.owner_role });
  }
  found = uniqueRecipients(found);
  if (found.length > 0) return { recipients: found, fallback: false };
  return { recipients: await leadRecipients(db), fallback: true };
}
