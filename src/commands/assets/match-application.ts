import type { Kysely } from "kysely";
import { isIpHost, normaliseIp, normaliseUrl, pathCovers } from "../../core/assets/url.ts";
import { refang } from "../../core/observables/refang.ts";
import type { Application, DB } from "../../db/schema.ts";

/** What a report says it is about; any of the three may be missing. */
export interface MatchTarget {
  url?: string | null;
  domain?: string | null;
  ip?: string | null;
}

/** The application a report is about, and how it was recognised. */
export interface ApplicationMatch {
  application: Application;
  /** `url`: host and path of the reported URL; `domain`: the reported domain; `ip`: a server address. */
  matchedBy: "url" | "domain" | "ip";
  /** The registered URL that matched (not set for an IP match). */
  registeredUrl: string | null;
}

/**
 * Finds the registered application a report is about, or null. Retired applications never match;
 * defanged spellings (`hxxps://x[.]go.id`) are read as the address they stand for.
 * 1. The URL: the exact host (a subdomain is another host: `x.denpasarkota.go.id` does not match
 *    `denpasarkota.go.id`; only `www.` is taken as the same site), then the longest registered
 *    path prefix that covers the URL's path on whole segments.
 * 2. The domain, the same way (its path, if any, counts too).
 * 3. The IP address (or a URL whose host is an IP): an application registered at that address, else
 *    the servers with that address — when exactly one application runs on them.
 */
export async function matchApplication(db: Kysely<DB>, target: MatchTarget): Promise<ApplicationMatch | null> {
  const ips: string[] = [];
  for (const [text, by] of [
    [target.url, "url"],
    [target.domain, "domain"],
  ] as const) {
    if (!text) continue;
    const url = normaliseUrl(refang(text));
    if (url === null) continue;
    const hit = await byHost(db, url.host, url.pathPrefix);
    if (hit) return { application: hit.application, matchedBy: by, registeredUrl: hit.url };
    if (isIpHost(url.host)) ips.push(url.host);
  }
  const ip = target.ip ? normaliseIp(refang(target.ip)) : null;
  if (ip !== null) {
    const hit = await byHost(db, ip, "/");
    if (hit) return { application: hit.application, matchedBy: "ip", registeredUrl: hit.url };
    ips.unshift(ip);
  }
  for (const address of new Set(ips)) {
    const application = await byServerAddress(db, address);
    if (application) return { application, matchedBy: "ip", registeredUrl: null };
  }
  return null;
}

/** `www.x` and `x` are the same site; any other subdomain is not. */
function wwwTwin(host: string): string | null {
  if (isIpHost(host)) return null;
  if (host.startsWith("www.")) return host.slice(4);
  return host.includes(".") ? `www.${host}` : null;
}

async function byHost(
  db: Kysely<DB>,
  host: string,
  path: string,
): Promise<{ application: Application; url: string } | null> {
  const twin = wwwTwin(host);
  const rows = await db
    .selectFrom("application_urls")
    .innerJoin("applications", "applications.id", "application_urls.application_id")
    .selectAll("applications")
    .select(["application_urls.host as url_host", "application_urls.path_prefix", "application_urls.url"])
    .where("application_urls.host", "in", twin ? [host, twin] : [host])
    .where("applications.retired_at", "is", null)
    .execute();
  for (const candidateHost of twin ? [host, twin] : [host]) {
    const best = rows
      .filter((r) => r.url_host === candidateHost && pathCovers(r.path_prefix, path))
      .sort((a, b) => b.path_prefix.length - a.path_prefix.length || a.id - b.id)[0];
    if (best) {
      const { url_host: _host, path_prefix: _prefix, url, ...application } = best;
      return { application, url };
    }
  }
  return null;
}

async function byServerAddress(db: Kysely<DB>, ip: string): Promise<Application | null> {
  // Addresses are a JSON array of canonical strings, so the quoted address is a safe pre-filter on
  // both databases (IP addresses hold no LIKE wildcards); the parse below confirms it.
  const servers = await db
    .selectFrom("servers")
    .select(["id", "addresses"])
    .where("addresses", "like", `%"${ip}"%`)
    .where("retired_at", "is", null)
    .execute();
  const serverIds = servers.filter((s) => (JSON.parse(s.addresses) as string[]).includes(ip)).map((s) => s.id);
  if (serverIds.length === 0) return null;
  const apps = await db
    .selectFrom("applications")
    .innerJoin("application_servers", "application_servers.application_id", "applications.id")
    .selectAll("applications")
    .distinct()
    .where("application_servers.server_id", "in", serverIds)
    .where("applications.retired_at", "is", null)
    .execute();
  return apps.length === 1 ? apps[0]! : null;
}
