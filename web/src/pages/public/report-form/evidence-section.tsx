import { FileInput, Fieldset, List, NativeSelect, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { TLP, TLP_LEVELS } from "../../../../../src/core/taxonomy/tlp.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { formatBytes } from "../../../lib/time.ts";
import type { FileLimits, ReportFormValues } from "./form-values.ts";

/** E. Bukti: screenshots, logs and other files, and how widely the report may be shared (TLP). */
export function EvidenceSection({ form, limits }: { form: UseFormReturnType<ReportFormValues>; limits: FileLimits }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const files = form.getValues().files;
  const tlp = form.getValues().tlp;
  return (
    <Fieldset legend={t("report.sections.evidence")}>
      <Stack gap="sm">
        <FileInput
          label={t("report.fields.files")}
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
          data-testid="report-files"
        />
        {files.length > 0 ? (
          <List size="sm" spacing={2} className="break-anywhere" aria-label={t("report.fields.chosenFiles")}>
            {files.map((file) => (
              <List.Item key={`${file.name}-${file.size}`}>
                {file.name} ({formatBytes(file.size)})
              </List.Item>
            ))}
          </List>
        ) : null}
        <NativeSelect
          label={t("report.fields.tlp")}
          data={TLP_LEVELS.map((level) => ({ value: level, label: TLP[level].label }))}
          key={form.key("tlp")}
          {...form.getInputProps("tlp")}
        />
        {tlp ? (
          <Text size="sm" c="dimmed">
            {localized(TLP[tlp].explanation, language)}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
