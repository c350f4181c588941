import { FileInput, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { REPORT_TYPE_CODES } from "../../../../../src/core/reports/schema.ts";
import { INCIDENT_TYPES, type IncidentTypeCode } from "../../../../../src/core/taxonomy/incident-types.ts";
import { TLP, TLP_LEVELS } from "../../../../../src/core/taxonomy/tlp.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { formatBytes, toZonedInputValue, zoneLabel } from "../../../lib/time.ts";
import type { FileLimits } from "../../public/report-form/file-rules.ts";
import type { RecordReportValues } from "./record-report-values.ts";

const isTypeCode = (code: string): code is IncidentTypeCode => code in INCIDENT_TYPES;

/** What the letter or caller says happened, the affected asset, the sharing level and any other files. */
export function RecordContentSection({
  form,
  timeZone,
  limits,
}: {
  form: UseFormReturnType<RecordReportValues>;
  timeZone: string;
  limits: FileLimits;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const types = REPORT_TYPE_CODES.map((code) => ({
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
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("report.fields.type")}
            data={types}
            key={form.key("typeCode")}
            {...form.getInputProps("typeCode")}
          />
          <TextInput
            type="datetime-local"
            label={t("report.fields.occurredAt", { zone: zoneLabel(timeZone) })}
            max={toZonedInputValue(new Date(), timeZone)}
            key={form.key("occurredAt")}
            {...form.getInputProps("occurredAt")}
          />
        </SimpleGrid>
        <Textarea
          label={t("report.fields.description")}
          description={t("inbox.form.descriptionHint")}
          withAsterisk
          autosize
          minRows={4}
          key={form.key("description")}
          {...form.getInputProps("description")}
        />
        <Textarea
          label={t("report.fields.chronology")}
          autosize
          minRows={2}
          key={form.key("chronology")}
          {...form.getInputProps("chronology")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("report.fields.url")}
            key={form.key("affected.url")}
            {...form.getInputProps("affected.url")}
          />
          <TextInput
            label={t("report.fields.domain")}
            key={form.key("affected.domain")}
            {...form.getInputProps("affected.domain")}
          />
          <TextInput
            label={t("report.fields.ip")}
            key={form.key("affected.ip")}
            {...form.getInputProps("affected.ip")}
          />
          <TextInput
            label={t("report.fields.application")}
            key={form.key("affected.application")}
            {...form.getInputProps("affected.application")}
          />
        </SimpleGrid>
        <NativeSelect
          label={t("report.fields.tlp")}
          data={[
            { value: "", label: t("inbox.form.tlpDefault") },
            ...TLP_LEVELS.map((level) => ({ value: level, label: TLP[level].label })),
          ]}
          key={form.key("tlp")}
          {...form.getInputProps("tlp")}
        />
        <FileInput
          label={t("inbox.form.files")}
          description={t("report.fields.filesHint", {
            max: limits.maxAttachments,
            size: formatBytes(limits.maxAttachmentBytes),
          })}
          placeholder={t("report.fields.filesPlaceholder")}
          multiple
          clearable
          accept={limits.allowedMediaTypes.join(",")}
          key={form.key("files")}
          {...form.getInputProps("files")}
        />
      </Stack>
    </Fieldset>
  );
}
