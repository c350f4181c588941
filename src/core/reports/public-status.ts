import type { LocalizedText } from "../i18n/localized-text.ts";
import type { SopStepCode } from "../sop/step-codes.ts";

/*
 * What a reporter is told about their report: a handful of plain stages (DOMAIN.md §5 "statuses,
 * suggested per SOP"), derived from the case's current SOP step and outcome. The reporter never
 * sees the step outputs or who worked on them.
 */

export const PUBLIC_STATUSES = [
  "received",
  "forwarded",
  "verifying",
  "handling",
  "reporting",
  "done",
  "invalid",
  "merged",
  "transferred",
] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STATUS_LABELS: Readonly<Record<PublicStatus, LocalizedText>> = {
  received: { id: "Diterima", en: "Received" },
  forwarded: { id: "Diteruskan ke CSIRT", en: "Forwarded to the CSIRT" },
  verifying: { id: "Verifikasi", en: "Being verified" },
  handling: { id: "Ditangani", en: "Being handled" },
  reporting: { id: "Penyusunan Laporan", en: "Report being compiled" },
  done: { id: "Selesai", en: "Done" },
  invalid: { id: "Tidak valid", en: "Not valid" },
  merged: { id: "Digabung", en: "Merged" },
  transferred: { id: "Diteruskan ke instansi lain", en: "Passed to another authority" },
};

/** The stage each SOP step shows as while it is the case's current step. */
export const STATUS_OF_STEP: Readonly<Record<SopStepCode, PublicStatus>> = {
  receive: "received",
  forward: "forwarded",
  verify: "verifying",
  mitigate: "handling",
  handle: "handling",
  analyse: "handling",
  upstream_followup: "handling",
  agency_coordination: "handling",
  developer_reply: "handling",
  final_report: "reporting",
};

/** The case facts the public status depends on. */
export interface CaseState {
  status: "open" | "closed";
  outcome: string | null;
  /** Code of the current step; null before the first step starts. */
  currentStepCode: SopStepCode | null;
  /** The report was merged into another case as a duplicate. */
  duplicate: boolean;
}

/** The stage a reporter sees. */
export function publicStatusOf(state: CaseState): PublicStatus {
  if (state.duplicate || state.outcome === "duplicate") return "merged";
  if (state.status === "closed") {
    if (state.outcome === "invalid") return "invalid";
    if (state.outcome === "transferred") return "transferred";
    return "done";
  }
  return state.currentStepCode ? STATUS_OF_STEP[state.currentStepCode] : "received";
}

/** The step codes a stage covers (to filter lists by stage in SQL). */
export function stepCodesOfStatus(status: PublicStatus): SopStepCode[] {
  return (Object.keys(STATUS_OF_STEP) as SopStepCode[]).filter((code) => STATUS_OF_STEP[code] === status);
}
