import { describe, expect, it } from "vitest";
import {
  PUBLIC_STATUS_LABELS,
  publicStatusOf,
  STATUS_OF_STEP,
  stepCodesOfStatus,
} from "../../src/core/reports/public-status.ts";
import { DENPASAR_SOP } from "../../src/core/sop/definition.ts";

const open = (code: (typeof DENPASAR_SOP.steps)[number]["code"]) =>
  publicStatusOf({ status: "open", outcome: null, currentStepCode: code, duplicate: false });

describe("publicStatusOf", () => {
  it("follows the SOP steps while the case is open", () => {
    expect(DENPASAR_SOP.steps.map((s) => open(s.code))).toEqual([
      "received",
      "forwarded",
      "verifying",
      "handling",
      "handling",
      "handling",
      "handling",
      "handling",
      "handling",
      "reporting",
    ]);
  });

  it("reports the outcome of a closed case", () => {
    const closed = (outcome: string | null) =>
      publicStatusOf({ status: "closed", outcome, currentStepCode: "verify", duplicate: false });
    expect(closed("resolved")).toBe("done");
    expect(closed("invalid")).toBe("invalid");
    expect(closed("transferred")).toBe("transferred");
    expect(closed("duplicate")).toBe("merged");
  });

  it("shows a merged report as merged, whatever the case it joined is doing", () => {
    expect(publicStatusOf({ status: "open", outcome: null, currentStepCode: "handle", duplicate: true })).toBe(
      "merged",
    );
  });

  it("labels every stage in Indonesian and English", () => {
    expect(PUBLIC_STATUS_LABELS.forwarded).toEqual({ id: "Diteruskan ke CSIRT", en: "Forwarded to the CSIRT" });
    expect(PUBLIC_STATUS_LABELS.merged.id).toBe("Digabung");
    expect(PUBLIC_STATUS_LABELS.invalid.id).toBe("Tidak valid");
  });

  it("maps stages back to step codes for list filters", () => {
    expect(stepCodesOfStatus("verifying")).toEqual(["verify"]);
    expect(stepCodesOfStatus("handling")).toHaveLength(6);
    expect(stepCodesOfStatus("done")).toEqual([]);
    expect(Object.keys(STATUS_OF_STEP)).toHaveLength(10);
  });
});
