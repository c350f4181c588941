import type { ServerLocation } from "../../db/schema.ts";
import { isBlankRecord, parseCsv } from "./csv.ts";
import { importProblem, type ImportProblem } from "./problems.ts";
import { ASSET_LIMITS, parseServerLocation, parseYesNo, SERVER_LOCATIONS, splitList } from "./registry.ts";
import { normaliseHost, normaliseIp, normaliseUrl, type NormalisedUrl } from "./url.ts";

/*
 * Reads an asset CSV file into a plan: the applications and servers it describes, merged across
 * rows, and every problem found. Pure; the import command turns the plan into rows. One row is one
 * application on one server; an application on two servers takes two rows, which must not
 * contradict each other. An empty cell means "not given" (an existing value stays).
 */

/** The columns an import file may have, in the documented order. Only `application` is required. */
export const IMPORT_COLUMNS = [
  "application",
  "description",
  "urls",
  "owner_agency",
  "developer",
  "iiv",
  "notes",
  "server",
  "server_hostname",
  "server_addresses",
  "server_location",
  "server_provider",
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** A value with the row it first came from, to point at contradictions. */
interface Sourced<T> {
  value: T;
  row: number;
}

export interface PlannedApplication {
  name: string;
  description?: string;
  ownerAgency?: string;
  developer?: string;
  iiv?: boolean;
  notes?: string;
  urls: NormalisedUrl[];
  /** Names of the servers it runs on. */
  servers: string[];
  /** Spreadsheet rows that describe it. */
  rows: number[];
  /** For each URL (by normalised url), the row it came from. */
  urlRows: Record<string, number>;
}

export interface PlannedServer {
  name: string;
  hostname?: string;
  addresses?: string[];
  location?: ServerLocation;
  provider?: string;
  rows: number[];
}

export interface ImportPlan {
  applications: PlannedApplication[];
  servers: PlannedServer[];
}

export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: ImportProblem[] };

const LENGTHS: Partial<Record<ImportColumn, number>> = {
  application: ASSET_LIMITS.name,
  description: ASSET_LIMITS.description,
  owner_agency: ASSET_LIMITS.organisationName,
  developer: ASSET_LIMITS.organisationName,
  notes: ASSET_LIMITS.notes,
  server: ASSET_LIMITS.name,
  server_hostname: ASSET_LIMITS.hostname,
  server_provider: ASSET_LIMITS.provider,
};

const SERVER_DETAIL_COLUMNS: readonly ImportColumn[] = [
  "server_hostname",
  "server_addresses",
  "server_location",
  "server_provider",
];

const isColumn = (name: string): name is ImportColumn => (IMPORT_COLUMNS as readonly string[]).includes(name);
/** Names compare without regard to case or repeated spaces: `Dukcapil  Online` is `dukcapil online`. */
export const assetKey = (name: string): string => name.trim().replace(/\s+/g, " ").toLowerCase();
const tidy = (text: string): string => text.trim().replace(/\s+/g, " ");

/** Parses and checks a whole file; returns every problem at once, so it can be fixed in one go. */
export function planAssetImport(text: string): ImportPlanResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    const { code, record, line } = parsed.error;
    return { ok: false, problems: [importProblem(code, record, null, { line })] };
  }
  const records = parsed.records;
  const headerIndex = records.findIndex((r) => !isBlankRecord(r));
  if (headerIndex === -1) return { ok: false, problems: [importProblem("empty_file", null, null)] };

  const problems: ImportProblem[] = [];
  const columns = readHeader(records[headerIndex]!, headerIndex + 1, problems);
  if (problems.length > 0) return { ok: false, problems };

  const applications = new Map<
    string,
    PlannedApplication & { sources: Partial<Record<ImportColumn, Sourced<string>>> }
  >();
  const servers = new Map<string, PlannedServer & { sources: Partial<Record<ImportColumn, Sourced<string>>> }>();
  /** Which application (by key) first listed a host + path, and in which row. */
  const urlOwner = new Map<string, { name: string; row: number }>();
  let dataRows = 0;

  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]!;
    const row = i + 1;
    if (isBlankRecord(record)) continue;
    dataRows += 1;
    if (record.length > columns.length) {
      problems.push(importProblem("too_many_fields", row, null, { count: record.length, expected: columns.length }));
      continue;
    }
    const cell = (column: ImportColumn): string => {
      const index = columns.indexOf(column);
      return index === -1 ? "" : tidyCell(column, record[index] ?? "");
    };
    const before = problems.length;
    for (const [column, max] of Object.entries(LENGTHS) as [ImportColumn, number][]) {
      if (cell(column).length > max) problems.push(importProblem("too_long", row, column, { max }));
    }

    const name = cell("application");
    if (name === "") problems.push(importProblem("required", row, "application"));

    const urls: NormalisedUrl[] = [];
    const urlTexts = splitList(cell("urls"));
    if (urlTexts.length > ASSET_LIMITS.urlsPerApplication) {
      problems.push(importProblem("too_many_values", row, "urls", { max: ASSET_LIMITS.urlsPerApplication }));
    }
    for (const raw of urlTexts) {
      const url = raw.length <= ASSET_LIMITS.urlLength ? normaliseUrl(raw) : null;
      if (url === null) problems.push(importProblem("invalid_url", row, "urls", { value: raw }));
      else urls.push(url);
    }

    let iiv: boolean | undefined;
    if (cell("iiv") !== "") {
      const yes = parseYesNo(cell("iiv"));
      if (yes === null) problems.push(importProblem("invalid_yes_no", row, "iiv", { value: cell("iiv") }));
      else iiv = yes;
    }

    const serverName = cell("server");
    for (const column of SERVER_DETAIL_COLUMNS) {
      if (serverName === "" && cell(column) !== "")
        problems.push(importProblem("server_fields_without_server", row, column));
    }
    let hostname: string | undefined;
    if (cell("server_hostname") !== "") {
      hostname = normaliseHost(cell("server_hostname")) ?? undefined;
      if (hostname === undefined)
        problems.push(importProblem("invalid_hostname", row, "server_hostname", { value: cell("server_hostname") }));
    }
    let addresses: string[] | undefined;
    if (cell("server_addresses") !== "") {
      const given = splitList(cell("server_addresses"));
      if (given.length > ASSET_LIMITS.addressesPerServer) {
        problems.push(
          importProblem("too_many_values", row, "server_addresses", { max: ASSET_LIMITS.addressesPerServer }),
        );
      }
      addresses = [];
      for (const raw of given) {
        const ip = normaliseIp(raw);
        if (ip === null) problems.push(importProblem("invalid_address", row, "server_addresses", { value: raw }));
        else if (!addresses.includes(ip)) addresses.push(ip);
      }
    }
    let location: ServerLocation | undefined;
    if (cell("server_location") !== "") {
      location = parseServerLocation(cell("server_location")) ?? undefined;
      if (location === undefined) {
        problems.push(
          importProblem("invalid_location", row, "server_location", {
            value: cell("server_location"),
            allowed: SERVER_LOCATIONS.join(", "),
          }),
        );
      }
    }
    if (problems.length > before) continue;

    // Merge into the application of that name.
    const appKey = assetKey(name);
    let app = applications.get(appKey);
    if (!app) {
      app = { name, urls: [], servers: [], rows: [], urlRows: {}, sources: {} };
      applications.set(appKey, app);
    }
    app.rows.push(row);
    const agree = (
      target: { sources: Partial<Record<ImportColumn, Sourced<string>>> },
      targetName: string,
      column: ImportColumn,
      value: string,
      compare: (v: string) => string = (v) => v,
    ): boolean => {
      if (value === "") return false;
      const seen = target.sources[column];
      if (!seen) {
        target.sources[column] = { value, row };
        return true;
      }
      if (compare(seen.value) !== compare(value)) {
        problems.push(
          importProblem("differs_from_row", row, column, {
            name: targetName,
            value,
            other: seen.row,
            otherValue: seen.value,
          }),
        );
      }
      return false;
    };
    if (agree(app, name, "description", cell("description"))) app.description = cell("description");
    if (agree(app, name, "owner_agency", cell("owner_agency"), assetKey)) app.ownerAgency = cell("owner_agency");
    if (agree(app, name, "developer", cell("developer"), assetKey)) app.developer = cell("developer");
    if (iiv !== undefined && agree(app, name, "iiv", String(iiv))) app.iiv = iiv;
    if (agree(app, name, "notes", cell("notes"))) app.notes = cell("notes");
    for (const url of urls) {
      // Two applications may not share a host and path: a report there would match either.
      const place = `${url.host}${url.pathPrefix}`;
      const owner = urlOwner.get(place);
      if (owner && owner.name !== appKey) {
        problems.push(
          importProblem("url_in_other_row", row, "urls", {
            value: url.url,
            name: applications.get(owner.name)!.name,
            other: owner.row,
          }),
        );
        continue;
      }
      if (!owner) urlOwner.set(place, { name: appKey, row });
      if (!app.urls.some((u) => u.url === url.url)) {
        app.urls.push(url);
        app.urlRows[url.url] = row;
      }
    }

    if (serverName === "") continue;
    const serverKey = assetKey(serverName);
    let server = servers.get(serverKey);
    if (!server) {
      server = { name: serverName, rows: [], sources: {} };
      servers.set(serverKey, server);
    }
    server.rows.push(row);
    if (!app.servers.some((s) => assetKey(s) === serverKey)) app.servers.push(server.name);
    if (hostname !== undefined && agree(server, serverName, "server_hostname", hostname)) server.hostname = hostname;
    if (addresses !== undefined && agree(server, serverName, "server_addresses", [...addresses].sort().join(" ")))
      server.addresses = addresses;
    if (location !== undefined && agree(server, serverName, "server_location", location)) server.location = location;
    if (agree(server, serverName, "server_provider", cell("server_provider")))
      server.provider = cell("server_provider");
  }

  if (problems.length === 0 && dataRows === 0) problems.push(importProblem("no_rows", null, null));
  if (problems.length > 0) return { ok: false, problems };
  const strip = <T extends { sources: unknown }>({ sources: _sources, ...rest }: T): Omit<T, "sources"> => rest;
  return {
    ok: true,
    plan: { applications: [...applications.values()].map(strip), servers: [...servers.values()].map(strip) },
  };
}

function readHeader(header: readonly string[], row: number, problems: ImportProblem[]): (ImportColumn | null)[] {
  const columns: (ImportColumn | null)[] = [];
  for (const raw of header) {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
    if (name === "") {
      columns.push(null);
      continue;
    }
    if (!isColumn(name)) {
      problems.push(
        importProblem("unknown_column", row, null, { value: raw.trim(), allowed: IMPORT_COLUMNS.join(", ") }),
      );
      columns.push(null);
      continue;
    }
    if (columns.includes(name)) problems.push(importProblem("duplicate_column", row, name));
    columns.push(name);
  }
  if (!columns.includes("application")) problems.push(importProblem("missing_column", row, "application"));
  return columns;
}

/** Free text keeps its line breaks (notes, descriptions); names and codes are folded to one line. */
function tidyCell(column: ImportColumn, value: string): string {
  return column === "notes" || column === "description" ? value.trim() : tidy(value);
}
