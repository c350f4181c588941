import { describe, expect, it } from "vitest";
import {
  SEVERITIES,
  SEVERITY_LABELS,
  compareSeverity,
  deriveSeverity,
  mustReportUpstream,
  riskScore,
  severityCutoffsSchema,
  severityOfScore,
  type Severity,
} from "../../src/core/severity.ts";

describe("severity from impact × likelihood", () => {
  it("uses the cut-offs ≥20 kritis, ≥12 tinggi, ≥6 sedang", () => {
    const cases: [number, number, Severity][] = [
      [5, 5, "kritis"],
      [4, 5, "kritis"],
      [5, 4, "kritis"],
      [4, 4, "tinggi"],
      [3, 4, "tinggi"],
      [5, 3, "tinggi"],
      [2, 5, "sedang"],
      [3, 3, "sedang"],
      [2, 3, "sedang"],
      [5, 1, "rendah"],
      [2, 2, "rendah"],
      [1, 1, "rendah"],
    ];
    for (const [impact, likelihood, severity] of cases) {
      expect(deriveSeverity({ impact, likelihood })).toEqual({ severity, score: impact * likelihood, forcedBy: [] });
    }
  });

  it("gives every cell of the 5×5 matrix a level that rises with the score", () => {
    for (let i = 1; i <= 5; i++) {
      for (let l = 1; l <= 5; l++) {
        const s = deriveSeverity({ impact: i, likelihood: l }).severity;
        if (i < 5)
          expect(compareSeverity(deriveSeverity({ impact: i + 1, likelihood: l }).severity, s)).toBeGreaterThanOrEqual(
            0,
          );
      }
    }
  });

  it("makes IIV assets and ransomware kritis whatever the score", () => {
    expect(deriveSeverity({ impact: 1, likelihood: 1, iivAsset: true })).toEqual({
      severity: "kritis",
      score: 1,
      forcedBy: ["iiv"],
    });
    expect(deriveSeverity({ impact: 2, likelihood: 2, ransomware: true }).forcedBy).toEqual(["ransomware"]);
    expect(deriveSeverity({ impact: 5, likelihood: 5, iivAsset: true, ransomware: true }).forcedBy).toEqual([
      "iiv",
      "ransomware",
    ]);
  });

  it("accepts a team's own cut-offs", () => {
    const strict = { kritis: 15, tinggi: 9, sedang: 4 };
    expect(deriveSeverity({ impact: 3, likelihood: 5 }, strict).severity).toBe("kritis");
    expect(severityOfScore(4, strict)).toBe("sedang");
  });

  it("validates cut-offs from settings", () => {
    expect(severityCutoffsSchema.safeParse({ kritis: 20, tinggi: 12, sedang: 6 }).success).toBe(true);
    expect(severityCutoffsSchema.safeParse({ kritis: 12, tinggi: 12, sedang: 6 }).success).toBe(false);
    expect(severityCutoffsSchema.safeParse({ kritis: 30, tinggi: 12, sedang: 6 }).success).toBe(false);
  });

  it("rejects values outside 1–5", () => {
    for (const bad of [0, 6, 2.5, Number.NaN]) {
      expect(() => riskScore(bad, 3)).toThrow(RangeError);
      expect(() => deriveSeverity({ impact: 3, likelihood: bad })).toThrow(RangeError);
    }
  });
});

describe("severity helpers", () => {
  it("order the levels", () => {
    expect(compareSeverity("kritis", "rendah")).toBeGreaterThan(0);
    expect(compareSeverity("sedang", "tinggi")).toBeLessThan(0);
    expect(compareSeverity("tinggi", "tinggi")).toBe(0);
    expect([...SEVERITIES].sort(compareSeverity)).toEqual(["rendah", "sedang", "tinggi", "kritis"]);
  });

  it("require upstream reporting from tinggi up (Perban BSSN 1/2024 Pasal 15)", () => {
    expect(SEVERITIES.filter(mustReportUpstream)).toEqual(["kritis", "tinggi"]);
  });

  it("have labels in both languages", () => {
    expect(SEVERITY_LABELS.kritis).toEqual({ id: "Kritis", en: "Critical" });
  });
});
