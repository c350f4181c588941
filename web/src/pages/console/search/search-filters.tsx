import { Group, NativeSelect, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SEVERITIES, SEVERITY_LABELS } from "../../../../../src/core/severity.ts";
import { INCIDENT_TYPE_CODES, INCIDENT_TYPES } from "../../../../../src/core/taxonomy/incident-types.ts";
import { useOrganisationChoices } from "../../../api/organisations.ts";
import type { SearchFilters } from "../../../api/search.ts";
import { useSop } from "../../../api/settings.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";

/** The filters beside the words: status, step, type, severity, agency, late, and the period opened. */
export function SearchFilterFields({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange: (change: Partial<SearchFilters>) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sop = useSop().data;
  const agencies = useOrganisationChoices(["agency"]).data ?? [];
  const any = { value: "", label: t("search.any") };
  const select = (name: keyof SearchFilters) => ({
    value: filters[name],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [name]: e.currentTarget.value }),
  });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      <NativeSelect
        label={t("search.status")}
        data={[any, { value: "open", label: t("search.open") }, { value: "closed", label: t("search.closed") }]}
        {...select("status")}
      />
      <NativeSelect
        label={t("search.step")}
        data={[
          any,
          ...(sop?.steps ?? []).map((s) => ({ value: s.code, label: `${s.number}. ${localized(s.name, language)}` })),
        ]}
        {...select("step")}
      />
      <NativeSelect
        label={t("search.type")}
        data={[
          any,
          ...INCIDENT_TYPE_CODES.map((c) => ({ value: c, label: localized(INCIDENT_TYPES[c].label, language) })),
        ]}
        {...select("category")}
      />
      <NativeSelect
        label={t("search.severity")}
        data={[any, ...SEVERITIES.map((s) => ({ value: s, label: localized(SEVERITY_LABELS[s], language) }))]}
        {...select("severity")}
      />
      <NativeSelect
        label={t("search.agency")}
        data={[any, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
        {...select("agency")}
      />
      <NativeSelect
        label={t("search.late")}
        data={[any, { value: "true", label: t("search.lateYes") }, { value: "false", label: t("search.lateNo") }]}
        {...select("late")}
      />
      <Group grow gap="sm" style={{ gridColumn: "span 2" }}>
        <TextInput type="date" label={t("search.from")} max={filters.to || undefined} {...select("from")} />
        <TextInput type="date" label={t("search.to")} min={filters.from || undefined} {...select("to")} />
      </Group>
    </SimpleGrid>
  );
}
