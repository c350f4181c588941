import { Fieldset, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATION_LABELS, SERVER_LOCATIONS } from "../../../../../src/core/assets/registry.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import type { ReportFormValues } from "./form-values.ts";

/** D. Aset Terdampak: the site, address or application affected and where it runs. */
export function AssetSection({ form }: { form: UseFormReturnType<ReportFormValues> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Fieldset legend={t("report.sections.asset")}>
      <Stack gap="sm">
        <TextInput
          label={t("report.fields.url")}
          description={t("report.fields.urlHint")}
          type="url"
          inputMode="url"
          placeholder="https://"
          key={form.key("affected.url")}
          {...form.getInputProps("affected.url")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
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
          <NativeSelect
            label={t("report.fields.serverLocation")}
            data={[
              { value: "", label: t("common.choose") },
              ...SERVER_LOCATIONS.map((code) => ({
                value: code,
                label: localized(SERVER_LOCATION_LABELS[code], language),
              })),
            ]}
            key={form.key("serverLocation")}
            {...form.getInputProps("serverLocation")}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
