import type { ServerLocation } from "../../db/schema.ts";
import type { LocalizedText } from "../i18n/localized-text.ts";

/** Where a server runs: the city's data centre, the national data centre (PDN/PDNS), a hosting company, a cloud. */
export const SERVER_LOCATIONS = [
  "city_dc",
  "pdn",
  "third_party",
  "cloud",
  "unknown",
] as const satisfies readonly ServerLocation[];

export const SERVER_LOCATION_LABELS: Record<ServerLocation, LocalizedText> = {
  city_dc: { id: "Pusat Data Pemkot", en: "City data centre" },
  pdn: { id: "PDN/PDNS", en: "National data centre (PDN/PDNS)" },
  third_party: { id: "Hosting pihak ketiga", en: "Third-party hosting" },
  cloud: { id: "Cloud", en: "Cloud" },
  unknown: { id: "Tidak diketahui", en: "Unknown" },
};

/** Words people write in a spreadsheet for each location, besides the code itself. */
const LOCATION_ALIASES: Record<string, ServerLocation> = {
  city_dc: "city_dc",
  dc: "city_dc",
  data_center: "city_dc",
  data_centre: "city_dc",
  pusat_data: "city_dc",
  pusat_data_pemkot: "city_dc",
  pdn: "pdn",
  pdns: "pdn",
  pdn_pdns: "pdn",
  third_party: "third_party",
  hosting: "third_party",
  pihak_ketiga: "third_party",
  hosting_pihak_ketiga: "third_party",
  cloud: "cloud",
  unknown: "unknown",
  tidak_diketahui: "unknown",
};

/** A location code from a code or a common name (`PDNS`, `hosting`, `Pusat Data Pemkot`); null if unknown. */
export function parseServerLocation(text: string): ServerLocation | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s/-]+/g, "_");
  return LOCATION_ALIASES[key] ?? null;
}

/** Lengths and counts shared by the API schemas and the CSV import. */
export const ASSET_LIMITS = {
  name: 200,
  description: 2000,
  notes: 4000,
  organisationName: 200,
  provider: 200,
  hostname: 253,
  urlLength: 2000,
  urlsPerApplication: 50,
  addressesPerServer: 50,
} as const;

const YES = new Set(["1", "y", "ya", "yes", "true", "benar", "iiv"]);
const NO = new Set(["0", "n", "no", "tidak", "bukan", "false", "salah"]);

/** A yes/no cell (`ya`, `tidak`, `yes`, `1`…); null when it is neither. */
export function parseYesNo(text: string): boolean | null {
  const key = text.trim().toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

/** Splits a cell holding several values (URLs, addresses) on spaces, `;` and `,`. */
export const splitList = (text: string): string[] => text.split(/[\s;,]+/).filter((v) => v !== "");
