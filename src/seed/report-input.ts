import {
  DEMO_CHRONOLOGY_LINES,
  DEMO_DISCOVERED_HOW,
  DEMO_GIVEN_NAMES,
  DEMO_IMPACTS,
  DEMO_INITIAL_ACTIONS,
  DEMO_NAME_PREFIXES,
  DEMO_OTHER_NAMES,
  DEMO_REPORTERS,
  type DemoStory,
} from "./demo-data.ts";
import type { Rng } from "./prng.ts";
import type { IncidentTypeCode } from "../core/taxonomy/incident-types.ts";

/*
 * The text of demo reports, composed from the stories in demo-data.ts with a seeded generator:
 * shared by `sigap seed` (through submitReport) and the benchmarks (raw rows and HTTP bodies).
 */

/** A site a report can be about: its address and who owns it. */
export interface DemoSite {
  host: string;
  applicationName: string;
  agencyName: string;
}

/** The reporter of a demo report. */
export interface DemoReporter {
  name: string;
  kind: "asn" | "public" | "other_agency" | "csirt" | "internal";
  organisation: string | null;
  email: string | null;
  phone: string | null;
}

/** The content fields of a report (those every channel shares), as `submitReport` takes them. */
export interface DemoReportContent {
  reporter: {
    name: string;
    kind: DemoReporter["kind"];
    organisation: string | null;
    email: string | null;
    phone: string | null;
    confidential: boolean;
  };
  title: string;
  typeCode: IncidentTypeCode | "unknown";
  occurredAt: string | null;
  occurredEstimated: boolean;
  discoveredHow: string;
  description: string;
  chronology: string;
  impact: {
    description: string;
    serviceDisrupted: boolean;
    dataExposed: boolean;
    personalData: boolean;
    affectedUsers: number | null;
    ongoing: boolean;
  };
  initialActions: string;
  affected: { url: string; domain: string | null; ip: string | null; application: string | null };
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");

/** A reporter: mostly members of the public with Balinese names, sometimes a civil servant or a CSIRT. */
export function demoReporter(rng: Rng, agencyName: string): DemoReporter {
  const known = rng.chance(0.25) ? rng.pick(DEMO_REPORTERS) : null;
  const kind =
    known?.kind ??
    rng.weighted<DemoReporter["kind"]>([
      ["public", 6],
      ["asn", 3],
      ["other_agency", 1],
    ]);
  const name =
    known?.name ??
    (rng.chance(0.8) ? `${rng.pick(DEMO_NAME_PREFIXES)} ${rng.pick(DEMO_GIVEN_NAMES)}` : rng.pick(DEMO_OTHER_NAMES));
  const organisation =
    known?.org ?? (kind === "asn" ? agencyName : kind === "other_agency" ? "Diskominfos Provinsi Bali" : null);
  const hasEmail = kind !== "public" || rng.chance(0.85);
  return {
    name,
    kind,
    organisation,
    // Reserved `.example` domains only: demo addresses must never reach a real mailbox.
    email: hasEmail ? `${slug(name)}${rng.int(1, 99)}@mail.example` : null,
    phone: !hasEmail || rng.chance(0.5) ? `+62 81${rng.int(1, 9)} ${rng.int(1000, 9999)} ${rng.int(1000, 9999)}` : null,
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** The chronology: three or four lines with times counting up from `startMinute` (local minutes). */
function chronology(rng: Rng, host: string, startMinute: number): string {
  const lines = rng.shuffle(DEMO_CHRONOLOGY_LINES).slice(0, rng.int(3, 4));
  let minute = startMinute;
  return lines
    .map((line) => {
      minute += rng.int(5, 50);
      const t = `${two(Math.floor(minute / 60) % 24)}.${two(minute % 60)}`;
      return line.replace("{t}", t).replace("{host}", host);
    })
    .join("\n");
}

/** How reporters name the site in their description, when they do. */
const HOST_MENTIONS = ["Alamat: {host}.", "Terjadi pada {host}.", "({host})", "Situs yang terdampak: {host}."];

/** A documentation-range address (RFC 5737), so no real host is named. */
const docIp = (rng: Rng) => `${rng.pick(["192.0.2", "198.51.100", "203.0.113"])}.${rng.int(2, 254)}`;

/**
 * A report's content about `site` from `story`, with its own details: reporter, times, chronology,
 * impact, the affected URL. `occurredAt` is when the reporter says it happened (ISO with offset).
 */
export function demoReportContent(
  rng: Rng,
  story: DemoStory,
  site: DemoSite,
  options: { reporter?: DemoReporter; occurredAt?: Date; typeKnown?: boolean } = {},
): DemoReportContent {
  const reporter = options.reporter ?? demoReporter(rng, site.agencyName);
  const occurred = options.occurredAt ?? null;
  // Local (WITA, UTC+8) minutes of the day, for the chronology's clock times.
  const localMinute = occurred ? (occurred.getUTCHours() * 60 + occurred.getUTCMinutes() + 8 * 60) % (24 * 60) : 8 * 60;
  const ip = rng.chance(0.4) ? docIp(rng) : null;
  const extra = ip ? ` Terlihat koneksi mencurigakan dari ${ip}.` : "";
  const personalData = story.personalData === true || rng.chance(0.02);
  return {
    reporter: { ...reporter, confidential: rng.chance(0.1) },
    title: rng.chance(0.3) ? `${story.title} (${site.applicationName})` : story.title,
    // Some members of the public do not know what kind of incident it is.
    typeCode: reporter.kind === "public" && rng.chance(0.15) && !options.typeKnown ? "unknown" : story.typeCode,
    occurredAt: occurred ? occurred.toISOString() : null,
    occurredEstimated: rng.chance(0.3),
    discoveredHow: rng.pick(DEMO_DISCOVERED_HOW),
    description: `${story.description}${extra}${rng.chance(0.3) ? ` ${rng.pick(HOST_MENTIONS).replace("{host}", site.host)}` : ""}`,
    chronology: chronology(rng, site.host, localMinute),
    impact: {
      description: rng.pick(DEMO_IMPACTS),
      serviceDisrupted: rng.chance(0.4),
      dataExposed: personalData || rng.chance(0.1),
      personalData,
      affectedUsers: rng.chance(0.5) ? rng.int(10, 50_000) : null,
      ongoing: rng.chance(0.5),
    },
    initialActions: rng.pick(DEMO_INITIAL_ACTIONS),
    affected: {
      url: `https://${site.host}${story.path}`,
      domain: rng.chance(0.3) ? site.host : null,
      ip,
      application: rng.chance(0.3) ? site.applicationName : null,
    },
  };
}
