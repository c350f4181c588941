import type { LocalizedText } from "../../core/i18n/localized-text.ts";

/*
 * The legal deadlines that run beside the SOP's steps, on the wall clock (not working days): the
 * law counts hours from when the fact became known.
 */

export const LEGAL_TIMER_KINDS = ["pdp_notice", "iiv_report"] as const;
export type LegalTimerKind = (typeof LEGAL_TIMER_KINDS)[number];

export interface LegalTimerDefinition {
  kind: LegalTimerKind;
  /** Hours from start to due, wall clock. */
  hours: number;
  name: LocalizedText;
  legalBasis: string;
}

export const LEGAL_TIMERS: Record<LegalTimerKind, LegalTimerDefinition> = {
  pdp_notice: {
    kind: "pdp_notice",
    hours: 72,
    name: {
      id: "Pemberitahuan kegagalan pelindungan data pribadi (3 × 24 jam)",
      en: "Personal-data breach notice (3 × 24 hours)",
    },
    legalBasis: "UU 27/2022 (PDP) Pasal 46",
  },
  iiv_report: {
    kind: "iiv_report",
    hours: 24,
    name: {
      id: "Laporan insiden Infrastruktur Informasi Vital (1 × 24 jam)",
      en: "Vital information infrastructure incident report (1 × 24 hours)",
    },
    legalBasis: "Peraturan BSSN 1/2024 Pasal 15",
  },
};

export const isLegalTimerKind = (value: string): value is LegalTimerKind =>
  (LEGAL_TIMER_KINDS as readonly string[]).includes(value);

/** The timer kinds an incident's flags call for: personal data → PDP notice; an IIV application → IIV report. */
export function legalTimersFor(incident: { personal_data: number; iiv: number }): LegalTimerKind[] {
  const kinds: LegalTimerKind[] = [];
  if (incident.personal_data === 1) kinds.push("pdp_notice");
  if (incident.iiv === 1) kinds.push("iiv_report");
  return kinds;
}
