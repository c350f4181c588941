import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.ts";

/** Another application on a server an application runs on: at risk when that application is hit. */
export interface CoTenant {
  id: number;
  name: string;
  ownerOrgId: number | null;
  /** The owning agency's name, to know whom to warn. */
  ownerName: string | null;
  developerOrgId: number | null;
  iiv: boolean;
  /** The servers the two share. */
  sharedServers: { id: number; name: string }[];
}

/**
 * The other active applications on the active servers `applicationId` runs on, by name — the
 * "at risk" list of an incident on that application. Retired applications and servers are left out.
 */
export async function coTenants(db: Kysely<DB>, applicationId: number): Promise<CoTenant[]> {
  const rows = await db
    .selectFrom("application_servers as mine")
    .innerJoin("application_servers as other", "other.server_id", "mine.server_id")
    .innerJoin("applications", "applications.id", "other.application_id")
    .innerJoin("servers", "servers.id", "mine.server_id")
    .leftJoin("organisations", "organisations.id", "applications.owner_org_id")
    .select([
      "organisations.name as owner_name",
      "applications.id",
      "applications.name",
      "applications.owner_org_id",
      "applications.developer_org_id",
      "applications.iiv",
      "servers.id as server_id",
      "servers.name as server_name",
    ])
    .where("mine.application_id", "=", applicationId)
    .where("other.application_id", "!=", applicationId)
    .where("applications.retired_at", "is", null)
    .where("servers.retired_at", "is", null)
    .orderBy("applications.name")
    .orderBy("servers.name")
    .execute();
  const byId = new Map<number, CoTenant>();
  for (const r of rows) {
    let tenant = byId.get(r.id);
    if (!tenant) {
      tenant = {
        id: r.id,
        name: r.name,
        ownerOrgId: r.owner_org_id,
        ownerName: r.owner_name,
        developerOrgId: r.developer_org_id,
        iiv: r.iiv === 1,
        sharedServers: [],
      };
      byId.set(r.id, tenant);
    }
    tenant.sharedServers.push({ id: r.server_id, name: r.server_name });
  }
  return [...byId.values()];
}
