import type { IncidentOutcome, IncidentStatus } from "../../db/schema.ts";
import type { LocalizedText } from "../i18n/localized-text.ts";
import type { SopStepCode } from "../sop/step-codes.ts";

/*
 * The status a reporter sees: coarse, with no internal detail (DOMAIN §5 statuses). The reporter
 * is told when it changes, not at every step.
 */

export const REPORTER_STATUSES = [
  "received",
  "verifying",
  "handling",
  "follow_up",
  "reporting",
  "resolved",
  "invalid",
  "transferred",
  "duplicate",
] as const;
export type ReporterStatus = (typeof REPORTER_STATUSES)[number];

export const REPORTER_STATUS_LABELS: Readonly<Record<ReporterStatus, LocalizedText>> = {
  received: { id: "Diterima", en: "Received" },
  verifying: { id: "Diteruskan ke CSIRT, sedang diverifikasi", en: "Forwarded to the CSIRT, being verified" },
  handling: { id: "Valid, sedang ditangani", en: "Valid, being handled" },
  follow_up: { id: "Tindak lanjut dan koordinasi", en: "Follow-up and coordination" },
  reporting: { id: "Penyusunan laporan", en: "Report being compiled" },
  resolved: { id: "Selesai", en: "Resolved" },
  invalid: { id: "Tidak valid, ditutup", en: "Invalid, closed" },
  transferred: { id: "Diteruskan ke instansi berwenang, ditutup", en: "Transferred to the competent body, closed" },
  duplicate: { id: "Digabung dengan laporan lain", en: "Merged with another report" },
};

const BY_STEP: Readonly<Record<SopStepCode, ReporterStatus>> = {
  receive: "received",
  forward: "received",
  verify: "verifying",
  mitigate: "handling",
  handle: "handling",
  analyse: "follow_up",
  upstream_followup: "follow_up",
  agency_coordination: "follow_up",
  developer_reply: "follow_up",
  final_report: "reporting",
};

/** The reporter's status of an incident: its outcome once closed, else what its active step stands for. */
export function reporterStatusOf(state: {
  status: IncidentStatus;
  outcome: IncidentOutcome | null;
  activeStepCode: SopStepCode | null;
}): ReporterStatus {
  if (state.status === "closed") return state.outcome ?? "resolved";
  return state.activeStepCode ? BY_STEP[state.activeStepCode] : "received";
}
