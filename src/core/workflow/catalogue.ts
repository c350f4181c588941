import { SERVER_LOCATIONS } from "../assets/registry.ts";
import type { LocalizedText } from "../i18n/localized-text.ts";

/*
 * The fixed vocabularies the step outputs draw on. Stored values are these codes; labels are for
 * the UI and the documents.
 */

/** Mitigation actions of SOP step 4 (DOMAIN §8: take offline, maintenance page, back up, …). */
export const MITIGATION_KINDS = [
  "take_offline",
  "maintenance_page",
  "backup",
  "block_ip",
  "reset_credentials",
  "isolate_host",
  "other",
] as const;
export type MitigationKind = (typeof MITIGATION_KINDS)[number];

export const MITIGATION_KIND_LABELS: Readonly<Record<MitigationKind, LocalizedText>> = {
  take_offline: { id: "Nonaktifkan domain/situs", en: "Take the domain offline" },
  maintenance_page: { id: "Ganti dengan halaman pemeliharaan", en: "Serve a maintenance page" },
  backup: { id: "Backup data", en: "Back up data" },
  block_ip: { id: "Blokir alamat IP", en: "Block IP addresses" },
  reset_credentials: { id: "Reset kredensial", en: "Reset credentials" },
  isolate_host: { id: "Isolasi host", en: "Isolate the host" },
  other: { id: "Lainnya", en: "Other" },
};

/** Where a mitigation action stands; it can be updated after step 4 is done. */
export const MITIGATION_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export type MitigationStatus = (typeof MITIGATION_STATUSES)[number];

/** Who an unhandled incident goes to (SOP step 5), or a step-7 escalation to BSSN. */
export const ESCALATION_TARGETS = ["vendor", "prov_csirt", "bssn"] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

/** How a hand-off was made. */
export const HANDOFF_CHANNELS = ["email", "letter", "phone", "meeting", "messaging", "federation", "other"] as const;
export type HandoffChannel = (typeof HANDOFF_CHANNELS)[number];

/** Who carries out a recommendation (SOP step 6). */
export const RECOMMENDATION_OWNERS = ["agency", "developer", "csirt"] as const;
export type RecommendationOwner = (typeof RECOMMENDATION_OWNERS)[number];

/** The developer's answer to one recommendation (SOP step 9, DOMAIN §6.3). */
export const REPLY_STATUSES = ["done", "in_progress", "cannot"] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/** Kinds of observable a handling entry can record. */
export const OBSERVABLE_KINDS = ["ip", "domain", "url", "hash", "email"] as const;
export type ObservableKind = (typeof OBSERVABLE_KINDS)[number];

/** Server locations checked at verification (DOMAIN §5 D): the asset registry's list. */
export { SERVER_LOCATIONS };
export type ServerLocationCode = (typeof SERVER_LOCATIONS)[number];

/** Outside parties that act on their own SOP steps. */
export const PARTY_ROLES = ["agency", "developer", "upstream"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const isPartyRole = (value: string): value is PartyRole => (PARTY_ROLES as readonly string[]).includes(value);
