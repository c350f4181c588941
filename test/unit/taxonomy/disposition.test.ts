import { describe, expect, it } from "vitest";
import {
  INVALID_DISPOSITIONS,
  TRANSFERRED_DISPOSITION,
  VALID_DISPOSITION,
  VERIFICATION_OUTCOMES,
  dispositionLabel,
  dispositionsFor,
  verificationOutcomeOf,
} from "../../../src/core/taxonomy/disposition.ts";

describe("verification dispositions", () => {
  it("map valid to incident:confirmed and transferred to incident:transferred", () => {
    expect(dispositionsFor("valid")).toEqual(['incident-disposition:incident="confirmed"']);
    expect(dispositionsFor("transferred")).toEqual(['incident-disposition:incident="transferred"']);
  });

  it("map invalid to every not-an-incident value and duplicate", () => {
    expect(INVALID_DISPOSITIONS).toEqual([
      'incident-disposition:not-an-incident="insufficient-data"',
      'incident-disposition:not-an-incident="faulty-indicator"',
      'incident-disposition:not-an-incident="misconfiguration"',
      'incident-disposition:not-an-incident="scan-probe"',
      'incident-disposition:not-an-incident="failed"',
      'incident-disposition:not-an-incident="refuted"',
      'incident-disposition:duplicate="duplicate"',
    ]);
    expect(dispositionsFor("invalid")).toBe(INVALID_DISPOSITIONS);
  });

  it("read the verdict back from a disposition", () => {
    for (const outcome of VERIFICATION_OUTCOMES) {
      for (const tag of dispositionsFor(outcome)) expect(verificationOutcomeOf(tag)).toBe(outcome);
    }
    expect(verificationOutcomeOf('incident-disposition:incident="deferred"')).toBeNull();
  });

  it("label every disposition in both languages", () => {
    expect(dispositionLabel(VALID_DISPOSITION)).toEqual({ id: "Terkonfirmasi sebagai insiden", en: "Confirmed" });
    expect(dispositionLabel(TRANSFERRED_DISPOSITION).en).toBe("Transferred");
    for (const tag of INVALID_DISPOSITIONS) {
      const label = dispositionLabel(tag);
      expect(label.id.length).toBeGreaterThan(3);
      expect(label.en).not.toContain("incident-disposition");
    }
  });
});
