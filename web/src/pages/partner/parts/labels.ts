import type { ParseKeys } from "i18next";
import {
  HANDOFF_CHANNELS,
  type HandoffChannel,
  type RecommendationOwner,
  type ReplyStatus,
} from "../../../../../src/core/workflow/catalogue.ts";
import { tk } from "../../../i18n/index.ts";

/*
 * The partner portal's words for the workflow's fixed vocabularies (the codes the server stores),
 * kept as translation keys.
 */

/** How a hand-off or a coordination was made. */
export const CHANNEL_LABELS: Readonly<Record<HandoffChannel, ParseKeys>> = {
  email: tk("partner.channel.email"),
  letter: tk("partner.channel.letter"),
  phone: tk("partner.channel.phone"),
  meeting: tk("partner.channel.meeting"),
  messaging: tk("partner.channel.messaging"),
  federation: tk("partner.channel.federation"),
  other: tk("partner.channel.other"),
};

/** The channels a person picks from (federation is what Sigap instances do between themselves). */
export const PICKABLE_CHANNELS = HANDOFF_CHANNELS.filter((c) => c !== "federation");

/** Who carries out a recommendation. */
export const OWNER_LABELS: Readonly<Record<RecommendationOwner, ParseKeys>> = {
  agency: tk("partner.owner.agency"),
  developer: tk("partner.owner.developer"),
  csirt: tk("partner.owner.csirt"),
};

/** The developer's answer to a recommendation. */
export const REPLY_STATUS_LABELS: Readonly<Record<ReplyStatus, ParseKeys>> = {
  done: tk("partner.replyStatus.done"),
  in_progress: tk("partner.replyStatus.in_progress"),
  cannot: tk("partner.replyStatus.cannot"),
};

/** Where a recommendation stands (`open` until the developer answers it). */
export const RECOMMENDATION_STATUS_LABELS: Readonly<Record<string, ParseKeys>> = {
  open: tk("partner.recommendationStatus.open"),
  done: tk("partner.replyStatus.done"),
  in_progress: tk("partner.replyStatus.in_progress"),
  cannot: tk("partner.replyStatus.cannot"),
};

/** How a closed incident ended. */
export const OUTCOME_LABELS: Readonly<Record<string, ParseKeys>> = {
  resolved: tk("partner.outcome.resolved"),
  invalid: tk("partner.outcome.invalid"),
  duplicate: tk("partner.outcome.duplicate"),
  transferred: tk("partner.outcome.transferred"),
};

/** Badge colours of the Traffic Light Protocol levels. */
export const TLP_COLOURS: Readonly<Record<string, string>> = {
  CLEAR: "gray",
  GREEN: "green",
  AMBER: "orange",
  "AMBER+STRICT": "orange",
  RED: "red",
};

/** Badge colours of the severities. */
export const SEVERITY_COLOURS: Readonly<Record<string, string>> = {
  kritis: "red",
  tinggi: "orange",
  sedang: "yellow",
  rendah: "gray",
};

/** A label key from one of the tables above, or null for a code the table does not know. */
export const labelOf = (
  table: Readonly<Record<string, ParseKeys>>,
  code: string | null | undefined,
): ParseKeys | null => (code && Object.prototype.hasOwnProperty.call(table, code) ? table[code]! : null);
