import { z } from "zod";
import type { LocalizedText } from "./i18n/localized-text.ts";

/** Severity levels, most severe first (DOMAIN.md §4). */
export const SEVERITIES = ["kritis", "tinggi", "sedang", "rendah"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** UI labels; the PermenPANRB 5/2020 risk level each one stands for is in the doc of `deriveSeverity`. */
export const SEVERITY_LABELS: Readonly<Record<Severity, LocalizedText>> = {
  kritis: { id: "Kritis", en: "Critical" },
  tinggi: { id: "Tinggi", en: "High" },
  sedang: { id: "Sedang", en: "Medium" },
  rendah: { id: "Rendah", en: "Low" },
};

/** Lowest risk score (impact × likelihood, 1–25) of each level above `rendah`. */
export interface SeverityCutoffs {
  readonly kritis: number;
  readonly tinggi: number;
  readonly sedang: number;
}

/**
 * Default cut-offs: ≥ 20 kritis, ≥ 12 tinggi, ≥ 6 sedang, else rendah. PermenPANRB 5/2020 gives
 * the 5×5 method but no fixed bands for a city CSIRT, so these are Sigap's proposal: a team may
 * pass its own (to be confirmed with DKIS).
 */
export const DEFAULT_SEVERITY_CUTOFFS: SeverityCutoffs = Object.freeze({ kritis: 20, tinggi: 12, sedang: 6 });

const score = z.number().int().min(1).max(25);

/** Zod schema of cut-offs in settings: whole scores 1–25 with kritis > tinggi > sedang. */
export const severityCutoffsSchema = z
  .object({ kritis: score, tinggi: score, sedang: score })
  .refine((c) => c.kritis > c.tinggi && c.tinggi > c.sedang, { error: "Need kritis > tinggi > sedang" });

/** What severity is derived from. Impact and likelihood are whole numbers 1 (lowest) to 5. */
export interface SeverityInput {
  readonly impact: number;
  readonly likelihood: number;
  /** The affected asset is Infrastruktur Informasi Vital (Perpres 82/2022). */
  readonly iivAsset?: boolean;
  /** The incident involves ransomware. */
  readonly ransomware?: boolean;
}

/** Why a severity is what it is: the score, and which facts forced it up, if any. */
export interface SeverityAssessment {
  readonly severity: Severity;
  /** impact × likelihood, 1–25. */
  readonly score: number;
  readonly forcedBy: readonly ("iiv" | "ransomware")[];
}

const scale = (name: string, v: number): number => {
  if (!Number.isInteger(v) || v < 1 || v > 5) throw new RangeError(`${name} must be a whole number 1–5, got ${v}`);
  return v;
};

/** The PermenPANRB-style risk score: impact × likelihood, each 1–5. */
export function riskScore(impact: number, likelihood: number): number {
  return scale("impact", impact) * scale("likelihood", likelihood);
}

/** The level a score falls in under `cutoffs`. */
export function severityOfScore(score: number, cutoffs: SeverityCutoffs = DEFAULT_SEVERITY_CUTOFFS): Severity {
  if (score >= cutoffs.kritis) return "kritis";
  if (score >= cutoffs.tinggi) return "tinggi";
  if (score >= cutoffs.sedang) return "sedang";
  return "rendah";
}

/**
 * Severity from impact × likelihood (kritis ≈ PermenPANRB "sangat tinggi", tinggi = "tinggi",
 * sedang = "sedang", rendah = "rendah"/"sangat rendah"). An IIV asset or ransomware makes it
 * kritis whatever the score: both fall under the 1×24-hour reporting rule (DOMAIN.md §4).
 * A documented manual override, where allowed, is the caller's business.
 */
export function deriveSeverity(
  input: SeverityInput,
  cutoffs: SeverityCutoffs = DEFAULT_SEVERITY_CUTOFFS,
): SeverityAssessment {
  const score = riskScore(input.impact, input.likelihood);
  const forcedBy = [...(input.iivAsset ? ["iiv" as const] : []), ...(input.ransomware ? ["ransomware" as const] : [])];
  return { severity: forcedBy.length > 0 ? "kritis" : severityOfScore(score, cutoffs), score, forcedBy };
}

/** Orders severities: negative when `a` is less severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(b) - SEVERITIES.indexOf(a);
}

/**
 * Whether an incident of this severity must be reported upstream (Prov-CSIRT with a copy to
 * BSSN): Peraturan BSSN 1/2024 Pasal 15 requires it from "risiko tinggi" up.
 */
export function mustReportUpstream(severity: Severity): boolean {
  return compareSeverity(severity, "tinggi") >= 0;
}
