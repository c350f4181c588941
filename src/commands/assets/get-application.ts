import { assertReadAssets, canSeeApplication } from "../../core/assets/policy.ts";
import { notFound } from "../../core/errors.ts";
import type { Application, Server } from "../../db/schema.ts";
import { visibleIncidents } from "../../db/visibility.ts";
import type { QueryContext } from "../query-context.ts";
import { visibleApplications } from "./asset-rules.ts";
import { coTenants, type CoTenant } from "./co-tenants.ts";
import { organisationRefs, type OrganisationRef } from "./organisation-refs.ts";

/** An application with everything its page shows. */
export interface ApplicationDetail {
  application: Application;
  owner: OrganisationRef | null;
  developer: OrganisationRef | null;
  urls: { url: string; host: string; pathPrefix: string }[];
  servers: Server[];
  /** Other applications on the same servers; a partner sees only those it may see anyway. */
  coTenants: CoTenant[];
  /** Open incidents about it, among those the actor may see. */
  openIncidents: number;
}

/** One application with its URLs, servers, co-tenants and open incidents; 404 if the actor may not see it. */
export async function getApplication(ctx: QueryContext, input: { applicationId: number }): Promise<ApplicationDetail> {
  assertReadAssets(ctx.actor);
  const application = await ctx.db
    .selectFrom("applications")
    .selectAll()
    .where("id", "=", input.applicationId)
    .where(visibleApplications(ctx.actor))
    .executeTakeFirst();
  if (!application) throw notFound("application");
  const [urls, servers, tenants, open, orgs] = await Promise.all([
    ctx.db
      .selectFrom("application_urls")
      .select(["url", "host", "path_prefix"])
      .where("application_id", "=", application.id)
      .orderBy("id")
      .execute(),
    ctx.db
      .selectFrom("servers")
      .innerJoin("application_servers", "application_servers.server_id", "servers.id")
      .selectAll("servers")
      .where("application_servers.application_id", "=", application.id)
      .orderBy("servers.name")
      .execute(),
    coTenants(ctx.db, application.id),
    ctx.db
      .selectFrom("incidents")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("application_id", "=", application.id)
      .where("status", "=", "open")
      .where(visibleIncidents(ctx.actor))
      .executeTakeFirstOrThrow(),
    organisationRefs(ctx.db, [application.owner_org_id, application.developer_org_id]),
  ]);
  return {
    application,
    owner: orgs.get(application.owner_org_id) ?? null,
    developer: orgs.get(application.developer_org_id) ?? null,
    urls: urls.map((u) => ({ url: u.url, host: u.host, pathPrefix: u.path_prefix })),
    servers,
    coTenants: tenants.filter((t) =>
      canSeeApplication(ctx.actor, { ownerOrgId: t.ownerOrgId, developerOrgId: t.developerOrgId }),
    ),
    openIncidents: Number(open.n),
  };
}
