import type { LocalizedText } from "../i18n/localized-text.ts";
import { INCIDENT_DISPOSITION_ENTRIES, type IncidentDispositionTag } from "./generated/incident-disposition.ts";

/** The verdicts of SOP verification (step `verify`). */
export const VERIFICATION_OUTCOMES = ["valid", "invalid", "transferred"] as const;
export type VerificationOutcome = (typeof VERIFICATION_OUTCOMES)[number];

/** How each verdict is shown. */
export const VERIFICATION_OUTCOME_LABELS: Readonly<Record<VerificationOutcome, LocalizedText>> = {
  valid: { id: "Valid", en: "Valid" },
  invalid: { id: "Tidak valid", en: "Invalid" },
  transferred: { id: "Diteruskan (di luar kewenangan)", en: "Transferred (outside our remit)" },
};

type DispositionEntry = (typeof INCIDENT_DISPOSITION_ENTRIES)[number];

/** MISP disposition recorded for a valid report. */
export const VALID_DISPOSITION = 'incident-disposition:incident="confirmed"' satisfies IncidentDispositionTag;
/** MISP disposition recorded for a report handed to another body (Polri, Komdigi…). */
export const TRANSFERRED_DISPOSITION = 'incident-disposition:incident="transferred"' satisfies IncidentDispositionTag;

/** Dispositions that make a report invalid: every `not-an-incident` value, and duplicates. */
export type InvalidDispositionTag = Extract<DispositionEntry, { predicate: "not-an-incident" | "duplicate" }>["tag"];

const isInvalidEntry = (e: DispositionEntry): e is Extract<DispositionEntry, { tag: InvalidDispositionTag }> =>
  e.predicate === "not-an-incident" || e.predicate === "duplicate";

/** The invalid dispositions, in the order of the MISP data. */
export const INVALID_DISPOSITIONS: readonly InvalidDispositionTag[] = INCIDENT_DISPOSITION_ENTRIES.filter(
  isInvalidEntry,
).map((e) => e.tag);

/** Every disposition a verification can record. */
export type VerificationDispositionTag =
  typeof VALID_DISPOSITION | typeof TRANSFERRED_DISPOSITION | InvalidDispositionTag;

const labelsId: Record<VerificationDispositionTag, string> = {
  'incident-disposition:incident="confirmed"': "Terkonfirmasi sebagai insiden",
  'incident-disposition:incident="transferred"': "Diteruskan ke instansi lain",
  'incident-disposition:not-an-incident="insufficient-data"': "Data tidak cukup",
  'incident-disposition:not-an-incident="faulty-indicator"': "Indikator keliru",
  'incident-disposition:not-an-incident="misconfiguration"': "Kesalahan konfigurasi, bukan serangan",
  'incident-disposition:not-an-incident="scan-probe"': "Hanya pemindaian/probe",
  'incident-disposition:not-an-incident="failed"': "Percobaan gagal (tertahan kontrol keamanan)",
  'incident-disposition:not-an-incident="refuted"': "Terbantahkan, bukan insiden",
  'incident-disposition:duplicate="duplicate"': "Duplikat laporan lain",
};

/** Label of a verification disposition; English from the MISP data. */
export function dispositionLabel(tag: VerificationDispositionTag): LocalizedText {
  const entry = INCIDENT_DISPOSITION_ENTRIES.find((e) => e.tag === tag);
  return { id: labelsId[tag], en: entry?.expanded ?? tag };
}

/** The dispositions allowed for a verdict. */
export function dispositionsFor(outcome: VerificationOutcome): readonly VerificationDispositionTag[] {
  if (outcome === "valid") return [VALID_DISPOSITION];
  if (outcome === "transferred") return [TRANSFERRED_DISPOSITION];
  return INVALID_DISPOSITIONS;
}

/** The verdict a disposition stands for; null for dispositions verification does not use (deferred…). */
export function verificationOutcomeOf(tag: IncidentDispositionTag): VerificationOutcome | null {
  if (tag === VALID_DISPOSITION) return "valid";
  if (tag === TRANSFERRED_DISPOSITION) return "transferred";
  return (INVALID_DISPOSITIONS as readonly string[]).includes(tag) ? "invalid" : null;
}
