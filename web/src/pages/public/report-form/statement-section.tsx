import { Checkbox, Fieldset, Stack, Text } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { ReportFormValues } from "./form-values.ts";

/** A label with the red asterisk of a required field (the input itself carries `required`). */
function Required({ children }: { children: string }) {
  return (
    <>
      {children}{" "}
      <Text span c="red.8" aria-hidden="true">
        *
      </Text>
    </>
  );
}

/** F. Pernyataan: the data is true, and consent to processing personal data (UU PDP). */
export function StatementSection({ form, teamName }: { form: UseFormReturnType<ReportFormValues>; teamName: string }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t("report.sections.statement")}>
      <Stack gap="sm">
        <Text size="sm">{t("report.fields.privacyNotice", { team: teamName })}</Text>
        <Checkbox
          label={<Required>{t("report.fields.truthful")}</Required>}
          required
          key={form.key("truthful")}
          {...form.getInputProps("truthful", { type: "checkbox" })}
        />
        <Checkbox
          label={<Required>{t("report.fields.consent")}</Required>}
          required
          key={form.key("consent")}
          {...form.getInputProps("consent", { type: "checkbox" })}
        />
      </Stack>
    </Fieldset>
  );
}
