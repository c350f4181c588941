/*
 * How the asset registry writes URLs, hosts and IP addresses, so that what an administrator
 * registered and what a reporter typed compare equal: lower-case scheme and host, international
 * domain names as punycode, no default port, no trailing slash, no query or fragment.
 */

/** A registered URL split into what matching uses. */
export interface NormalisedUrl {
  /** The normalised URL, e.g. `https://sipd.denpasarkota.go.id/app`; no scheme when none was given. */
  url: string;
  /** Lower-case host (punycode) or IP address without brackets. */
  host: string;
  /** The path, `/` for the whole host, never ending in `/` otherwise; case is kept. */
  pathPrefix: string;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOST_LABELS =
  /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/**
 * An IP address in one canonical spelling (IPv4 dotted decimal; IPv6 compressed, lower case), or
 * null when `raw` is not one. IPv4 parts with leading zeros are refused rather than guessed at
 * (some tools read them as octal).
 */
export function normaliseIp(raw: string): string | null {
  const text = raw.trim().replace(/^\[(.*)\]$/, "$1");
  if (IPV4.test(text)) return text;
  if (!text.includes(":") || !/^[0-9a-fA-F:.]+$/.test(text)) return null;
  try {
    return new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
}

/** Whether a normalised host is an IP address rather than a name. */
export const isIpHost = (host: string): boolean => normaliseIp(host) === host;

/**
 * Normalises a URL or a bare domain (`Example.go.id`, `example.go.id:8443/app/`, `https://Bücher.example/`).
 * Only http and https are accepted; user names and passwords in the URL are dropped. Null when it
 * is not a web address.
 */
export function normaliseUrl(raw: string): NormalisedUrl | null {
  const text = raw.trim();
  if (text === "" || /\s/.test(text)) return null;
  const schemeGiven = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  // Without a scheme, `user@host` is an e-mail address or `mailto:`, not a web address.
  if (!schemeGiven && (text.split(/[/?#]/, 1)[0] ?? "").includes("@")) return null;
  let parsed: URL;
  try {
    parsed = new URL(schemeGiven ? text : `http://${text}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  if (!plainNumericHost(schemeGiven ? text.replace(/^[^:]+:\/\//, "") : text)) return null;
  const host = hostOf(parsed.hostname);
  // A web address names a domain (`a.b`) or an IP; a lone word is a typo more often than an intranet host.
  if (host === null || (!host.includes(".") && !host.includes(":"))) return null;
  const pathPrefix = parsed.pathname.replace(/\/+$/, "") || "/";
  const shownHost = host.includes(":") ? `[${host}]` : host;
  // Without a scheme the port cannot be "default", so it is kept as given.
  const port = schemeGiven ? parsed.port : portAsGiven(text);
  const url = `${schemeGiven ? `${parsed.protocol}//` : ""}${shownHost}${port ? `:${port}` : ""}${pathPrefix === "/" ? "" : pathPrefix}`;
  return { url, host, pathPrefix };
}

/** Normalises a host name or IP address alone (a server's hostname, a report's domain). */
export function normaliseHost(raw: string): string | null {
  const text = raw.trim();
  if (text === "" || /[\s/?#@]/.test(text)) return null;
  const ip = normaliseIp(text);
  if (ip !== null) return ip;
  if (!plainNumericHost(text)) return null;
  try {
    return hostOf(new URL(`http://${text}/`).hostname);
  } catch {
    return null;
  }
}

/**
 * Whether `pathPrefix` covers `path`, on whole segments: `/app` covers `/app` and `/app/login`,
 * not `/apple`. The root `/` covers everything.
 */
export function pathCovers(pathPrefix: string, path: string): boolean {
  if (pathPrefix === "/") return true;
  return path === pathPrefix || path.startsWith(`${pathPrefix}/`);
}

function hostOf(hostname: string): string | null {
  if (hostname.startsWith("[")) return normaliseIp(hostname);
  const host = hostname.replace(/\.$/, "");
  if (IPV4.test(host)) return host;
  return HOST_LABELS.test(host) ? host : null;
}

/**
 * Browsers read a host whose last label is a number (`1.2.3`, `0x7f.1`, `010.0.0.1`) as an IPv4
 * address in another spelling; such a host is refused rather than turned into a different address.
 */
function plainNumericHost(afterScheme: string): boolean {
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? "";
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) return true;
  const host = hostPort.replace(/:\d*$/, "").replace(/\.$/, "");
  const last = host.split(".").at(-1) ?? "";
  return /^(\d+|0x[0-9a-f]*)$/i.test(last) ? IPV4.test(host) : true;
}

function portAsGiven(text: string): string {
  const m = /^(?:\[[^\]]*\]|[^/:?#]*):(\d+)/.exec(text);
  return m ? String(Number(m[1])) : "";
}
