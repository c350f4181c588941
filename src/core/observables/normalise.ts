import { normaliseHost, normaliseIp } from "../assets/url.ts";
import type { ObservableKind } from "../workflow/catalogue.ts";
import { REPORT_LIMITS } from "../reports/limits.ts";
import { refang } from "./refang.ts";

/*
 * One spelling per observable, so that the same indicator found in two reports compares equal
 * and exports cleanly to MISP/STIX: IP addresses canonical, domains and e-mail addresses lower
 * case (IDN as punycode), URLs with a lower-case scheme and host, hashes lower-case hex.
 */

/** Hash algorithms recognised by length. */
export type HashAlgorithm = "md5" | "sha1" | "sha256";

const HASH_LENGTHS: Readonly<Record<number, HashAlgorithm>> = { 32: "md5", 40: "sha1", 64: "sha256" };

/** The algorithm a hex hash of this length comes from, or null. */
export function hashAlgorithm(value: string): HashAlgorithm | null {
  return /^[0-9a-f]+$/i.test(value) ? (HASH_LENGTHS[value.length] ?? null) : null;
}

const EMAIL = /^[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;
const URL_SHAPE = /^(https?|ftp):\/\/([^/?#\s]+)([^\s]*)$/i;

/** A URL with its scheme and host in lower case; the rest as written. Null when it is not one. */
export function normaliseUrlObservable(raw: string): string | null {
  const m = URL_SHAPE.exec(raw);
  if (!m) return null;
  const authority = m[2]!;
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const host = hostPort.startsWith("[") ? hostPort.slice(0, hostPort.indexOf("]") + 1) : hostPort.replace(/:\d+$/, "");
  if (host === "" || (!host.startsWith("[") && normaliseHost(host) === null)) return null;
  return `${m[1]!.toLowerCase()}://${authority.toLowerCase()}${m[3]!}`;
}

/** A domain name in lower case (punycode), or null when `raw` is not one (an IP address is not). */
export function normaliseDomain(raw: string): string | null {
  const host = normaliseHost(raw.replace(/\.$/, ""));
  if (host === null || normaliseIp(host) !== null || !host.includes(".")) return null;
  return host;
}

/**
 * The canonical value of an observable of `kind`, from what an analyst typed (defanged spellings
 * accepted), or null when it is not a valid value of that kind.
 */
export function normaliseObservable(kind: ObservableKind, raw: string): string | null {
  const text = refang(raw.trim());
  if (text === "" || text.length > REPORT_LIMITS.observableValue) return null;
  switch (kind) {
    case "ip":
      return normaliseIp(text);
    case "domain":
      return normaliseDomain(text);
    case "url":
      return normaliseUrlObservable(text);
    case "hash":
      return hashAlgorithm(text) ? text.toLowerCase() : null;
    case "email": {
      const m = EMAIL.exec(text);
      return m && normaliseDomain(m[1]!) !== null ? text.toLowerCase() : null;
    }
  }
}
