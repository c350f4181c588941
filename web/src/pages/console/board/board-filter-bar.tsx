import { Group, NativeSelect, Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SEVERITIES, SEVERITY_LABELS } from "../../../../../src/core/severity.ts";
import type { SopStep } from "../../../../../src/core/sop/schema.ts";
import { INCIDENT_TYPE_CODES, INCIDENT_TYPES } from "../../../../../src/core/taxonomy/incident-types.ts";
import { useOrganisations } from "../../../api/directory.ts";
import { can, useSession } from "../../../api/session.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import type { BoardFilterValues } from "./board-filters.ts";

/** Every filter the same width, so the bar stays tidy whatever the longest option (a step's name) is. */
const WIDTH = { base: "100%", xs: "13rem" };

/** The board's filters: status, step, type, severity, agency, late, and "my work". */
export function BoardFilterBar({
  values,
  steps,
  onChange,
}: {
  values: BoardFilterValues;
  steps: readonly SopStep[];
  onChange: (values: BoardFilterValues) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const session = useSession().data;
  const agencies = useOrganisations(can(session, "organisation.read"), "agency").data ?? [];
  const set = <K extends keyof BoardFilterValues>(key: K, value: BoardFilterValues[K]) =>
    onChange({ ...values, [key]: value });
  const any = { value: "", label: t("board.filters.any") };
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label={t("board.filters.label")}>
      <NativeSelect
        w={WIDTH}
        label={t("board.filters.status")}
        value={values.status}
        onChange={(e) => set("status", e.currentTarget.value === "closed" ? "closed" : "open")}
        data={[
          { value: "open", label: t("board.filters.open") },
          { value: "closed", label: t("board.filters.closed") },
        ]}
      />
      <NativeSelect
        w={WIDTH}
        label={t("board.filters.step")}
        value={values.step}
        disabled={values.status === "closed"}
        onChange={(e) => set("step", e.currentTarget.value)}
        data={[any, ...steps.map((s) => ({ value: s.code, label: `${s.number}. ${localized(s.name, language)}` }))]}
      />
      <NativeSelect
        w={WIDTH}
        label={t("board.filters.type")}
        value={values.category}
        onChange={(e) => set("category", e.currentTarget.value)}
        data={[
          any,
          ...INCIDENT_TYPE_CODES.map((c) => ({ value: c, label: localized(INCIDENT_TYPES[c].label, language) })),
        ]}
      />
      <NativeSelect
        w={WIDTH}
        label={t("board.filters.severity")}
        value={values.severity}
        onChange={(e) => set("severity", e.currentTarget.value)}
        data={[any, ...SEVERITIES.map((s) => ({ value: s, label: localized(SEVERITY_LABELS[s], language) }))]}
      />
      <NativeSelect
        w={WIDTH}
        label={t("board.filters.agency")}
        value={values.agency}
        onChange={(e) => set("agency", e.currentTarget.value)}
        data={[any, ...agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
      />
      <NativeSelect
        w={WIDTH}
        label={t("board.filters.time")}
        value={values.late}
        onChange={(e) => set("late", e.currentTarget.value as BoardFilterValues["late"])}
        data={[
          any,
          { value: "true", label: t("board.filters.lateOnly") },
          { value: "false", label: t("board.filters.notLate") },
        ]}
      />
      <Switch
        label={t("board.filters.mine")}
        checked={values.mine}
        onChange={(e) => set("mine", e.currentTarget.checked)}
        mb={6}
      />
    </Group>
  );
}
