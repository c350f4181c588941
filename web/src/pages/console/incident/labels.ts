import type { ParseKeys } from "i18next";
import { tk } from "../../../i18n/index.ts";

/*
 * Names of the workflow's fixed vocabularies that the server does not keep in two languages
 * (outcomes, hand-off channels, escalation targets, statuses…). Those it does keep — incident
 * types, SOP step names, mitigation kinds, verdicts, dispositions, roles, TLP — come from src/core.
 */

export const OUTCOME_LABELS: Readonly<Record<string, ParseKeys>> = {
  resolved: tk("incident.outcome.resolved"),
  invalid: tk("incident.outcome.invalid"),
  duplicate: tk("incident.outcome.duplicate"),
  transferred: tk("incident.outcome.transferred"),
};

export const CHANNEL_LABELS: Readonly<Record<string, ParseKeys>> = {
  email: tk("incident.channel.email"),
  letter: tk("incident.channel.letter"),
  phone: tk("incident.channel.phone"),
  meeting: tk("incident.channel.meeting"),
  messaging: tk("incident.channel.messaging"),
  federation: tk("incident.channel.federation"),
  other: tk("incident.channel.other"),
  web: tk("incident.channel.web"),
  api: tk("incident.channel.api"),
  monitor: tk("incident.channel.monitor"),
};

export const ESCALATION_TARGET_LABELS: Readonly<Record<string, ParseKeys>> = {
  vendor: tk("incident.escalationTarget.vendor"),
  prov_csirt: tk("incident.escalationTarget.prov_csirt"),
  bssn: tk("incident.escalationTarget.bssn"),
};

export const MITIGATION_STATUS_LABELS: Readonly<Record<string, ParseKeys>> = {
  planned: tk("incident.mitigationStatus.planned"),
  in_progress: tk("incident.mitigationStatus.in_progress"),
  done: tk("incident.mitigationStatus.done"),
  cancelled: tk("incident.mitigationStatus.cancelled"),
};

export const RECOMMENDATION_OWNER_LABELS: Readonly<Record<string, ParseKeys>> = {
  agency: tk("incident.recommendationOwner.agency"),
  developer: tk("incident.recommendationOwner.developer"),
  csirt: tk("incident.recommendationOwner.csirt"),
};

export const REPLY_STATUS_LABELS: Readonly<Record<string, ParseKeys>> = {
  open: tk("incident.replyStatus.open"),
  done: tk("incident.replyStatus.done"),
  in_progress: tk("incident.replyStatus.in_progress"),
  cannot: tk("incident.replyStatus.cannot"),
};

export const OBSERVABLE_KIND_LABELS: Readonly<Record<string, ParseKeys>> = {
  ip: tk("incident.observableKind.ip"),
  domain: tk("incident.observableKind.domain"),
  url: tk("incident.observableKind.url"),
  hash: tk("incident.observableKind.hash"),
  email: tk("incident.observableKind.email"),
};

export const RUN_STATUS_LABELS: Readonly<Record<string, ParseKeys>> = {
  active: tk("incident.timeline.active"),
  done: tk("incident.timeline.done"),
  reopened: tk("incident.timeline.reopened"),
};

export const TIMER_STATE_LABELS: Readonly<Record<string, ParseKeys>> = {
  on_time: tk("board.sla.onTime"),
  due_soon: tk("board.sla.dueSoon"),
  late: tk("board.sla.late"),
  satisfied: tk("incident.timers.satisfied"),
};

/** The label key of `value` in `table`, or null for a value the table does not know (shown as is). */
export const labelKey = (table: Readonly<Record<string, ParseKeys>>, value: string | null | undefined) =>
  value ? (table[value] ?? null) : null;
