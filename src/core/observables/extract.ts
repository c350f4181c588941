import { normaliseIp } from "../assets/url.ts";
import { REPORT_LIMITS } from "../reports/limits.ts";
import type { ObservableKind } from "../workflow/catalogue.ts";
import { hashAlgorithm, normaliseDomain, normaliseUrlObservable, type HashAlgorithm } from "./normalise.ts";
import { refang } from "./refang.ts";

/** An indicator found in free text. */
export interface ExtractedObservable {
  kind: ObservableKind;
  /** Canonical value (see normalise.ts). */
  value: string;
  /** For hashes: the algorithm its length stands for. */
  hashAlgorithm?: HashAlgorithm;
}

/*
 * Finds IP addresses (v4 and v6), domains, URLs, hashes (MD5, SHA-1, SHA-256) and e-mail addresses
 * in report text, defanged spellings included. URLs are taken first and blanked out, then e-mail
 * addresses, so their parts are not found again as loose domains or hashes; a URL's host is
 * recorded as a domain (or IP) of its own.
 *
 * A bare word with a dot is only a domain when its top-level domain is a country code or one of
 * the common generic ones: Indonesian text is full of abbreviations like "Jl.Majapahit" or
 * "S.Kom", and file names like "index.php" or "shell.py" are not domains either.
 */

const COMMON_GENERIC_TLDS = new Set(
  (
    "com net org info biz gov edu mil int arpa io co ai app dev xyz online site top club shop store tech cloud live pro " +
    "asia mobi name tel travel museum jobs cat coop aero post vip win bet casino poker games game fun link click today " +
    "email page blog web space website host press news agency academy services solutions digital network systems " +
    "world global center company group media social support tools zone life lol wiki icu buzz monster rest bar " +
    "best cyou sbs cfd quest lat art love one plus ltd inc llc biz gdn work works loan loans money cash finance " +
    "bank bid trade market sale deals exchange download stream racing party review date science men fit " +
    "google microsoft apple amazon"
  ).split(/\s+/),
);

/** Two-letter endings that are far more often file extensions than country codes in reports. */
const FILE_EXTENSIONS_LIKE_CC = new Set(["js", "ts", "py", "sh", "md", "rb", "gz", "db", "so"]);

const URL_RE = /\b(?:https?|ftp):\/\/(?:\[[0-9a-f:.]+\]|[^\s<>"'`{}|\\^[\]/?#]+)[^\s<>"'`{}|\\^[\]]*/gi;
const EMAIL_RE =
  /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?![a-z0-9-])/gi;
const IPV4_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const IPV4_RE = new RegExp(`(?<![\\d.])${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}(?!\\d|\\.\\d)`, "g");
const IPV6_RE = /(?<![0-9a-z:.])(?=[0-9a-f.]*:[0-9a-f.]*:)[0-9a-f:.]+(?![0-9a-z:.])/gi;
const HASH_RE = /\b(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})\b/gi;
const DOMAIN_RE =
  /(?<![a-z0-9_@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})(?![a-z0-9_-]|\.[a-z0-9])/gi;

/** Trailing characters that end a sentence or close a bracket rather than belong to a URL. */
function trimUrl(url: string): string {
  let out = url;
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if (".,;:!?'\"*".includes(last)) {
      out = out.slice(0, -1);
      continue;
    }
    const open = { ")": "(", "]": "[", "}": "{", ">": "<" }[last];
    if (open !== undefined && count(out, last) > count(out, open)) {
      out = out.slice(0, -1);
      continue;
    }
    return out;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** The host of a URL observable (without port, user or brackets). */
function hostOfUrl(url: string): string {
  const authority = url.replace(/^[a-z]+:\/\//i, "").split(/[/?#]/, 1)[0] ?? "";
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) return hostPort.slice(1, hostPort.indexOf("]"));
  return hostPort.replace(/:\d+$/, "");
}

const blank = (text: string, start: number, length: number) =>
  text.slice(0, start) + " ".repeat(length) + text.slice(start + length);

function isBareDomain(domain: string): boolean {
  const tld = domain.slice(domain.lastIndexOf(".") + 1);
  if (tld.startsWith("xn--")) return true;
  if (tld.length === 2) return !FILE_EXTENSIONS_LIKE_CC.has(tld);
  return COMMON_GENERIC_TLDS.has(tld);
}

/** Every observable in `text`, in order of first appearance, each once. */
export function extractObservables(text: string): ExtractedObservable[] {
  const found: Array<ExtractedObservable & { at: number }> = [];
  const add = (at: number, kind: ObservableKind, value: string | null) => {
    if (value === null || value.length > REPORT_LIMITS.observableValue) return;
    const algorithm = kind === "hash" ? hashAlgorithm(value) : null;
    found.push(algorithm ? { at, kind, value, hashAlgorithm: algorithm } : { at, kind, value });
  };

  let rest = refang(text);
  for (const m of rest.matchAll(URL_RE)) {
    const raw = trimUrl(m[0]);
    const url = normaliseUrlObservable(raw);
    if (url === null) continue;
    add(m.index, "url", url);
    const host = hostOfUrl(url);
    const ip = normaliseIp(host);
    add(m.index, ip !== null ? "ip" : "domain", ip ?? normaliseDomain(host));
    rest = blank(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(EMAIL_RE)) {
    add(m.index, "email", m[0].toLowerCase());
    rest = blank(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(IPV6_RE)) {
    const candidate = m[0].replace(/\.+$/, "");
    if (!/[0-9a-f]/i.test(candidate)) continue;
    const ip = normaliseIp(candidate);
    if (ip === null || !ip.includes(":")) continue;
    add(m.index, "ip", ip);
    rest = blank(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(IPV4_RE)) {
    add(m.index, "ip", m[0]);
    rest = blank(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(HASH_RE)) {
    if (/^\d+$/.test(m[0])) continue;
    add(m.index, "hash", m[0].toLowerCase());
    rest = blank(rest, m.index, m[0].length);
  }
  for (const m of rest.matchAll(DOMAIN_RE)) {
    const domain = normaliseDomain(m[0]);
    if (domain !== null && isBareDomain(domain)) add(m.index, "domain", domain);
  }

  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: ExtractedObservable[] = [];
  for (const { at: _at, ...observable } of found) {
    const key = `${observable.kind}:${observable.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(observable);
  }
  return out;
}
