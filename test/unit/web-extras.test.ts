import { describe, expect, it } from "vitest";
import type { IncidentSummary } from "../../web/src/api/incident-types.ts";
import {
  classificationChanges,
  classificationErrors,
  initialClassification,
} from "../../web/src/pages/console/incident/classification-values.ts";
import { appendEvidenceReferences } from "../../web/src/pages/partner/forms/evidence-reference.ts";

const incident = {
  id: 7,
  code: "DPS-INC-2026-000007",
  title: "Situs berisi konten judi",
  typeCode: "JUD",
  typeLabel: null,
  severity: "tinggi",
  severityOverride: false,
  severityReason: null,
  impact: 3,
  likelihood: 4,
  tlp: "AMBER",
  pap: null,
} as unknown as IncidentSummary;

describe("the classification dialog", () => {
  const start = initialClassification(incident);

  it("starts from the incident and sends nothing when nothing changed", () => {
    expect(start).toEqual({
      typeCode: "JUD",
      impact: "3",
      likelihood: "4",
      override: false,
      severity: "tinggi",
      reason: "",
      tlp: "AMBER",
      pap: "",
    });
    expect(classificationChanges(start, start)).toBeNull();
  });

  it("sends only what changed, impact and likelihood as a pair, and an empty PAP as null", () => {
    expect(classificationChanges(start, { ...start, likelihood: "5", tlp: "RED" })).toEqual({
      impact: 3,
      likelihood: 5,
      tlp: "RED",
    });
    expect(classificationChanges({ ...start, pap: "GREEN" }, { ...start, pap: "" })).toEqual({ pap: null });
    expect(classificationChanges(start, { ...start, typeCode: "DEF", pap: "AMBER" })).toEqual({
      typeCode: "DEF",
      pap: "AMBER",
    });
  });

  it("requires a reason for a severity override, and withdraws an override with null", () => {
    const override = { ...start, override: true, severity: "kritis", reason: "  " };
    expect(classificationErrors(override)).toEqual({ reason: "extras.classification.reasonRequired" });
    const reasoned = { ...override, reason: " Data kependudukan bocor " };
    expect(classificationErrors(reasoned)).toEqual({});
    expect(classificationChanges(start, reasoned)).toEqual({
      overrideSeverity: { severity: "kritis", reason: "Data kependudukan bocor" },
    });
    const overridden = initialClassification({ ...incident, severityOverride: true, severityReason: "x" });
    expect(classificationChanges(overridden, { ...overridden, override: false })).toEqual({ overrideSeverity: null });
    expect(classificationErrors({ ...start, impact: "" })).toEqual({ impact: "extras.classification.pairRequired" });
  });
});

describe("reply evidence references", () => {
  const file = { filename: "patch.png", sha256: "ab".repeat(32) };
  it("names each uploaded file with the start of its hash, after what the partner typed", () => {
    expect(appendEvidenceReferences("", [file], "Berkas")).toBe("Berkas: patch.png (sha256 abababababab…)");
    expect(appendEvidenceReferences("Catatan rilis ", [file, { ...file, filename: "log.txt" }], "Berkas")).toBe(
      "Catatan rilis; Berkas: patch.png (sha256 abababababab…), log.txt (sha256 abababababab…)",
    );
    expect(appendEvidenceReferences("tetap", [], "Berkas")).toBe("tetap");
  });
});
