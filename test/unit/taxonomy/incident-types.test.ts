import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RSIT_ENTRIES, RSIT_TAXONOMY, type RsitTag } from "../../../src/core/taxonomy/generated/rsit.ts";
import {
  INCIDENT_TYPES,
  INCIDENT_TYPE_CODES,
  UNDETERMINED_RSIT,
  isIncidentTypeCode,
} from "../../../src/core/taxonomy/incident-types.ts";
import { isRsitTag, rsitClassName, rsitEntry } from "../../../src/core/taxonomy/rsit.ts";

// @ts-expect-error A mistyped RSIT value must not compile.
const typo: RsitTag = 'rsit:fraud="phishng"';
void typo;

const SOURCE = new URL("../../../../shared/data/taxonomy/misp-taxonomies/rsit/machinetag.json", import.meta.url);

describe("incident types", () => {
  it("cover the DOMAIN.md §3 codes, keyed consistently", () => {
    expect(INCIDENT_TYPE_CODES).toEqual(
      expect.arrayContaining([
        "DEF",
        "JUD",
        "PHI",
        "MAL",
        "DOS",
        "LEK",
        "UAA",
        "WEB",
        "BRU",
        "SCN",
        "VUL",
        "SPM",
        "OTH",
      ]),
    );
    for (const code of INCIDENT_TYPE_CODES) {
      const t = INCIDENT_TYPES[code];
      expect(t.code).toBe(code);
      expect(t.label.id && t.label.en).toBeTruthy();
    }
    expect(isIncidentTypeCode("DEF")).toBe(true);
    expect(isIncidentTypeCode("XYZ")).toBe(false);
  });

  it("map only to tags that exist in the generated RSIT list", () => {
    const known = new Set<string>(RSIT_ENTRIES.map((e) => e.tag));
    for (const t of Object.values(INCIDENT_TYPES)) {
      for (const tag of [t.primaryRsit, ...t.secondaryRsit]) {
        if (tag !== null) expect(known.has(tag), `${t.code}: ${tag}`).toBe(true);
      }
    }
    expect(known.has(UNDETERMINED_RSIT)).toBe(true);
  });

  it("give every in-scope type a primary tag, and out-of-scope none", () => {
    for (const t of Object.values(INCIDENT_TYPES)) expect(t.primaryRsit === null).toBe(!t.inScope);
    expect(INCIDENT_TYPES.OOS.inScope).toBe(false);
  });

  it("use the DOMAIN.md §3 primary tags and default severities", () => {
    expect(INCIDENT_TYPES.DEF.primaryRsit).toBe(
      'rsit:information-content-security="unauthorised-information-modification"',
    );
    expect(INCIDENT_TYPES.JUD.primaryRsit).toBe('rsit:fraud="unauthorised-use-of-resources"');
    expect(INCIDENT_TYPES.LEK.defaultSeverity).toBe("kritis");
    expect(INCIDENT_TYPES.BRU.defaultSeverity).toBe("rendah");
  });
});

describe("generated RSIT data", () => {
  it("matches the MISP source file it was generated from", () => {
    const source = JSON.parse(readFileSync(SOURCE, "utf8")) as {
      version: number;
      values: { predicate: string; entry: { value: string }[] }[];
    };
    expect(RSIT_TAXONOMY.version).toBe(source.version);
    const tags = source.values.flatMap((v) => v.entry.map((e) => `rsit:${v.predicate}="${e.value}"`));
    expect(RSIT_ENTRIES.map((e) => e.tag)).toEqual(tags);
  });

  it("is searchable by tag", () => {
    expect(isRsitTag('rsit:fraud="phishing"')).toBe(true);
    expect(isRsitTag("rsit:fraud=phishing")).toBe(false);
    expect(rsitEntry('rsit:fraud="phishing"').expanded).toBe("Phishing");
    expect(rsitClassName("intrusions")).toBe("Intrusions");
  });
});
