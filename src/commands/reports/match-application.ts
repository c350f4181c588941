import { normaliseHost, normaliseUrl, pathCovers } from "../../core/assets/url.ts";
import { refang } from "../../core/observables/refang.ts";
import type { QueryContext } from "../query-context.ts";

/** The registered application a report is about, and the agency that owns it. */
export interface ApplicationMatch {
  applicationId: number;
  ownerOrgId: number | null;
}

/** Host and path of what the reporter named: the affected URL first, else the domain, else the IP. */
export function affectedLocation(affected: {
  url: string | null;
  domain: string | null;
  ip: string | null;
}): { host: string; path: string } | null {
  if (affected.url) {
    const url = normaliseUrl(refang(affected.url));
    if (url) return { host: url.host, path: url.pathPrefix };
  }
  for (const raw of [affected.domain, affected.ip]) {
    if (!raw) continue;
    const host = normaliseHost(refang(raw));
    if (host) return { host, path: "/" };
  }
  return null;
}

/**
 * Finds the registered application behind a host and path: among the registered URLs of that host,
 * the longest path prefix that covers the path wins (`/app` beats `/`). A `www.` host and its bare
 * domain are taken as the same site when only the other one is registered. Retired applications
 * are not matched.
 */
export async function matchApplication(
  ctx: Pick<QueryContext, "db">,
  location: { host: string; path: string },
): Promise<ApplicationMatch | null> {
  const alternative = location.host.startsWith("www.") ? location.host.slice(4) : `www.${location.host}`;
  const rows = await ctx.db
    .selectFrom("application_urls")
    .innerJoin("applications", "applications.id", "application_urls.application_id")
    .select([
      "application_urls.application_id",
      "application_urls.host",
      "application_urls.path_prefix",
      "applications.owner_org_id",
    ])
    .where("application_urls.host", "in", [location.host, alternative])
    .where("applications.retired_at", "is", null)
    .execute();
  const candidates = rows
    .filter((r) => pathCovers(r.path_prefix, location.path))
    .sort(
      (a, b) =>
        Number(b.host === location.host) - Number(a.host === location.host) ||
        b.path_prefix.length - a.path_prefix.length ||
        a.application_id - b.application_id,
    );
  const best = candidates[0];
  return best ? { applicationId: best.application_id, ownerOrgId: best.owner_org_id } : null;
}
