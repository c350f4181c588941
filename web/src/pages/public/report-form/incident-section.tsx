import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput, Title } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { REPORT_TYPE_CODES } from "../../../../../src/core/reports/schema.ts";
import { INCIDENT_TYPES, type IncidentTypeCode } from "../../../../../src/core/taxonomy/incident-types.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { toZonedInputValue, zoneLabel } from "../../../lib/time.ts";
import type { ReportFormValues } from "./form-values.ts";

const isTypeCode = (code: string): code is IncidentTypeCode => code in INCIDENT_TYPES;

/** C. Data Insiden: what happened, when, how it was noticed, its impact and what was done. */
export function IncidentSection({ form, timeZone }: { form: UseFormReturnType<ReportFormValues>; timeZone: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const types = REPORT_TYPE_CODES.filter((code) => code !== "OOS").map((code) => ({
    value: code,
    label: isTypeCode(code) ? localized(INCIDENT_TYPES[code].label, language) : t("report.fields.typeUnknown"),
  }));
  return (
    <Fieldset legend={t("report.sections.incident")}>
      <Stack gap="sm">
        <TextInput
          label={t("report.fields.title")}
          withAsterisk
          key={form.key("title")}
          {...form.getInputProps("title")}
        />
        <NativeSelect
          label={t("report.fields.type")}
          data={types}
          key={form.key("typeCode")}
          {...form.getInputProps("typeCode")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t("report.fields.occurredAt", { zone: zoneLabel(timeZone) })}
            max={toZonedInputValue(new Date(), timeZone)}
            key={form.key("occurredAt")}
            {...form.getInputProps("occurredAt")}
          />
          <Checkbox
            mt={{ base: 0, sm: 30 }}
            label={t("report.fields.occurredEstimated")}
            key={form.key("occurredEstimated")}
            {...form.getInputProps("occurredEstimated", { type: "checkbox" })}
          />
        </SimpleGrid>
        <Textarea
          label={t("report.fields.discoveredHow")}
          description={t("report.fields.discoveredHowHint")}
          autosize
          minRows={2}
          key={form.key("discoveredHow")}
          {...form.getInputProps("discoveredHow")}
        />
        <Textarea
          label={t("report.fields.description")}
          description={t("report.fields.descriptionHint")}
          withAsterisk
          autosize
          minRows={4}
          key={form.key("description")}
          {...form.getInputProps("description")}
        />
        <Textarea
          label={t("report.fields.chronology")}
          autosize
          minRows={3}
          key={form.key("chronology")}
          {...form.getInputProps("chronology")}
        />
        <Title order={3} size="h5" mt="xs">
          {t("report.fields.impactHeading")}
        </Title>
        <Textarea
          label={t("report.fields.impact")}
          autosize
          minRows={2}
          key={form.key("impact.description")}
          {...form.getInputProps("impact.description")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Checkbox
            label={t("report.fields.serviceDisrupted")}
            key={form.key("impact.serviceDisrupted")}
            {...form.getInputProps("impact.serviceDisrupted", { type: "checkbox" })}
          />
          <Checkbox
            label={t("report.fields.dataExposed")}
            key={form.key("impact.dataExposed")}
            {...form.getInputProps("impact.dataExposed", { type: "checkbox" })}
          />
          <Checkbox
            label={t("report.fields.personalData")}
            key={form.key("impact.personalData")}
            {...form.getInputProps("impact.personalData", { type: "checkbox" })}
          />
          <Checkbox
            label={t("report.fields.ongoing")}
            key={form.key("impact.ongoing")}
            {...form.getInputProps("impact.ongoing", { type: "checkbox" })}
          />
        </SimpleGrid>
        <TextInput
          label={t("report.fields.affectedUsers")}
          inputMode="numeric"
          key={form.key("impact.affectedUsers")}
          {...form.getInputProps("impact.affectedUsers")}
        />
        <Textarea
          label={t("report.fields.initialActions")}
          autosize
          minRows={2}
          key={form.key("initialActions")}
          {...form.getInputProps("initialActions")}
        />
      </Stack>
    </Fieldset>
  );
}
