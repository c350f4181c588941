import { Checkbox, FileInput, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { REPORTER_KINDS, type ReporterKind } from "../../../../../src/core/reports/schema.ts";
import { tk } from "../../../i18n/index.ts";
import type { ReportFormValues } from "./form-values.ts";

const KIND_LABELS: Record<ReporterKind, ReturnType<typeof tk>> = {
  asn: tk("report.kind.asn"),
  public: tk("report.kind.public"),
  other_agency: tk("report.kind.other_agency"),
  csirt: tk("report.kind.csirt"),
  internal: tk("report.kind.internal"),
};

/** A. Data Pelapor: who reports and how to reach them. */
export function ReporterSection({ form }: { form: UseFormReturnType<ReportFormValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("report.sections.reporter")}>
      <Stack gap="sm">
        <TextInput
          label={t("report.fields.name")}
          withAsterisk
          autoComplete="name"
          key={form.key("reporter.name")}
          {...form.getInputProps("reporter.name")}
        />
        <NativeSelect
          label={t("report.fields.kind")}
          withAsterisk
          data={[
            { value: "", label: t("common.choose") },
            ...REPORTER_KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) })),
          ]}
          key={form.key("reporter.kind")}
          {...form.getInputProps("reporter.kind")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("report.fields.organisation")}
            autoComplete="organization"
            key={form.key("reporter.organisation")}
            {...form.getInputProps("reporter.organisation")}
          />
          <TextInput
            label={t("report.fields.position")}
            autoComplete="organization-title"
            key={form.key("reporter.position")}
            {...form.getInputProps("reporter.position")}
          />
          <TextInput
            label={t("report.fields.email")}
            description={t("report.fields.contactHint")}
            type="email"
            inputMode="email"
            autoComplete="email"
            key={form.key("reporter.email")}
            {...form.getInputProps("reporter.email")}
          />
          <TextInput
            label={t("report.fields.phone")}
            description={t("report.fields.phoneHint")}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            key={form.key("reporter.phone")}
            {...form.getInputProps("reporter.phone")}
          />
        </SimpleGrid>
        <TextInput
          label={t("report.fields.identity")}
          description={t("report.fields.identityHint")}
          key={form.key("reporter.identity")}
          {...form.getInputProps("reporter.identity")}
        />
        <FileInput
          label={t("report.fields.identityFile")}
          description={t("report.fields.identityFileHint")}
          placeholder={t("report.fields.filesPlaceholder")}
          clearable
          accept="image/png,image/jpeg,application/pdf"
          key={form.key("identityFile")}
          {...form.getInputProps("identityFile")}
        />
        <Checkbox
          label={t("report.fields.confidential")}
          key={form.key("reporter.confidential")}
          {...form.getInputProps("reporter.confidential", { type: "checkbox" })}
        />
      </Stack>
    </Fieldset>
  );
}
