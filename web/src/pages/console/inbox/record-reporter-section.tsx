import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { REPORTER_KINDS } from "../../../../../src/core/reports/schema.ts";
import type { RecordReportValues } from "./record-report-values.ts";

/** Who reported: name, category, organisation and how to reach them. */
export function RecordReporterSection({ form }: { form: UseFormReturnType<RecordReportValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("report.sections.reporter")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("report.fields.name")}
            withAsterisk
            key={form.key("reporter.name")}
            {...form.getInputProps("reporter.name")}
          />
          <NativeSelect
            label={t("report.fields.kind")}
            withAsterisk
            data={[
              { value: "", label: t("common.choose") },
              ...REPORTER_KINDS.map((kind) => ({ value: kind, label: t(`report.kind.${kind}`) })),
            ]}
            key={form.key("reporter.kind")}
            {...form.getInputProps("reporter.kind")}
          />
          <TextInput
            label={t("report.fields.organisation")}
            key={form.key("reporter.organisation")}
            {...form.getInputProps("reporter.organisation")}
          />
          <TextInput
            label={t("report.fields.position")}
            key={form.key("reporter.position")}
            {...form.getInputProps("reporter.position")}
          />
          <TextInput
            label={t("report.fields.email")}
            type="email"
            key={form.key("reporter.email")}
            {...form.getInputProps("reporter.email")}
          />
          <TextInput
            label={t("report.fields.phone")}
            type="tel"
            key={form.key("reporter.phone")}
            {...form.getInputProps("reporter.phone")}
          />
        </SimpleGrid>
        <TextInput
          label={t("report.fields.identity")}
          key={form.key("reporter.identity")}
          {...form.getInputProps("reporter.identity")}
        />
        <NativeSelect
          label={t("inbox.form.language")}
          description={t("inbox.form.languageHint")}
          data={[
            { value: "id", label: t("language.id") },
            { value: "en", label: t("language.en") },
          ]}
          key={form.key("language")}
          {...form.getInputProps("language")}
          maw={320}
        />
        <Checkbox
          label={t("inbox.form.confidential")}
          key={form.key("reporter.confidential")}
          {...form.getInputProps("reporter.confidential", { type: "checkbox" })}
        />
      </Stack>
    </Fieldset>
  );
}
