import { assertReadAssets } from "../../core/assets/policy.ts";
import type { Application } from "../../db/schema.ts";
import { containsPattern, lowerLike } from "../like-pattern.ts";
import type { QueryContext } from "../query-context.ts";
import { visibleApplications } from "./asset-rules.ts";
import { organisationRefs, type OrganisationRef } from "./organisation-refs.ts";

export interface ListApplicationsInput {
  /** Part of the name or of a registered URL. */
  q?: string;
  ownerOrgId?: number;
  developerOrgId?: number;
  serverId?: number;
  iiv?: boolean;
  /** Retired applications are left out unless asked for. */
  includeRetired?: boolean;
  page: number;
  pageSize: number;
}

export interface ApplicationSummary {
  application: Application;
  owner: OrganisationRef | null;
  developer: OrganisationRef | null;
  urls: string[];
}

/** A page of the applications the actor may see, by name. */
export async function listApplications(
  ctx: QueryContext,
  input: ListApplicationsInput,
): Promise<{ items: ApplicationSummary[]; total: number }> {
  assertReadAssets(ctx.actor);
  let query = ctx.db.selectFrom("applications").where(visibleApplications(ctx.actor));
  if (!input.includeRetired) query = query.where("applications.retired_at", "is", null);
  if (input.ownerOrgId !== undefined) query = query.where("applications.owner_org_id", "=", input.ownerOrgId);
  if (input.developerOrgId !== undefined)
    query = query.where("applications.developer_org_id", "=", input.developerOrgId);
  if (input.iiv !== undefined) query = query.where("applications.iiv", "=", input.iiv ? 1 : 0);
  if (input.serverId !== undefined) {
    const serverId = input.serverId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("application_servers")
          .select("application_servers.server_id")
          .whereRef("application_servers.application_id", "=", "applications.id")
          .where("application_servers.server_id", "=", serverId),
      ),
    );
  }
  if (input.q) {
    const pattern = containsPattern(input.q);
    query = query.where((eb) =>
      eb.or([
        lowerLike("applications.name", pattern),
        eb.exists(
          eb
            .selectFrom("application_urls")
            .select("application_urls.id")
            .whereRef("application_urls.application_id", "=", "applications.id")
            .where(lowerLike("application_urls.url", pattern)),
        ),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll("applications")
      .orderBy("applications.name")
      .orderBy("applications.id")
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.id);
  const [urls, orgs] = await Promise.all([
    ids.length === 0
      ? Promise.resolve([])
      : ctx.db
          .selectFrom("application_urls")
          .select(["application_id", "url"])
          .where("application_id", "in", ids)
          .orderBy("id")
          .execute(),
    organisationRefs(
      ctx.db,
      rows.flatMap((r) => [r.owner_org_id, r.developer_org_id]),
    ),
  ]);
  const items = rows.map((application) => ({
    application,
    owner: orgs.get(application.owner_org_id) ?? null,
    developer: orgs.get(application.developer_org_id) ?? null,
    urls: urls.filter((u) => u.application_id === application.id).map((u) => u.url),
  }));
  return { items, total: Number(count.n) };
}
