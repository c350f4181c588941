import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import {
  HANDOFF_CHANNELS,
  MITIGATION_STATUSES,
  RECOMMENDATION_OWNERS,
} from "../../../../../../src/core/workflow/catalogue.ts";
import { useOrganisations, useUsers } from "../../../../api/directory.ts";
import { can, useSession } from "../../../../api/session.ts";
import { CHANNEL_LABELS, MITIGATION_STATUS_LABELS, RECOMMENDATION_OWNER_LABELS } from "../labels.ts";

/** `{value, label}` options of a select. */
export interface Option {
  value: string;
  label: string;
}

/** Options of a fixed vocabulary, labelled from one of the label tables. */
export function useVocabulary(values: readonly string[], labels: Readonly<Record<string, ParseKeys>>): Option[] {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: labels[value] ? t(labels[value]) : value }));
}

export const useChannelOptions = () => useVocabulary(HANDOFF_CHANNELS, CHANNEL_LABELS);
export const useMitigationStatusOptions = () => useVocabulary(MITIGATION_STATUSES, MITIGATION_STATUS_LABELS);
export const useOwnerOptions = () => useVocabulary(RECOMMENDATION_OWNERS, RECOMMENDATION_OWNER_LABELS);

/** The CSIRT's analysts and lead, to assign work to (empty for roles that may not list users). */
export function useAnalystOptions(): Option[] {
  const session = useSession().data;
  const users = useUsers(can(session, "user.read")).data ?? [];
  return users
    .filter((u) => !u.disabled && (u.role === "csirt" || u.role === "csirt_lead"))
    .map((u) => ({ value: String(u.id), label: u.displayName }));
}

/** Organisations of one kind from the register (vendors, upstream CSIRTs, agencies). */
export function useOrganisationOptions(kind: "agency" | "vendor" | "upstream"): Option[] {
  const session = useSession().data;
  const organisations = useOrganisations(can(session, "organisation.read"), kind).data ?? [];
  return organisations.map((o) => ({ value: String(o.id), label: o.name }));
}

/** A "none" first option for optional selects. */
export function useNoneOption(): Option {
  const { t } = useTranslation();
  return { value: "", label: t("incident.form.none") };
}
