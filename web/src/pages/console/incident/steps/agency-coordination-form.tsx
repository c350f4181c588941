import { NativeSelect, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useTimeZone } from "../../../../api/profile.ts";
import { toZonedInputValue, zoneLabel } from "../../../../lib/time.ts";
import { useChannelOptions, useNoneOption, useOrganisationOptions } from "./options.ts";
import { instantFromLocal, optionalNumber } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface CoordinationValues extends Record<string, unknown> {
  outcome: string;
  coordinatedAt: string;
  channel: string;
  developerOrganisationId: string;
}

/** Step 8: the agency's coordination with its developer (what was agreed, when, how). */
export function AgencyCoordinationForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const none = useNoneOption();
  const channels = useChannelOptions();
  const vendors = useOrganisationOptions("vendor");
  const { form, onSubmit, failed } = useStepForm<CoordinationValues>(
    "agency_coordination",
    "step-form-agency",
    {
      outcome: "",
      coordinatedAt: toZonedInputValue(new Date(), timeZone),
      channel: "",
      developerOrganisationId: detail.incident.developer ? String(detail.incident.developer.id) : "",
    },
    (v) => ({
      outcome: v.outcome.trim(),
      coordinatedAt: instantFromLocal(v.coordinatedAt, timeZone),
      channel: v.channel,
      developerOrganisationId: optionalNumber(v.developerOrganisationId),
    }),
    submit,
  );
  return (
    <StepFormFrame
      formId="step-form-agency"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.agency.submit")}
    >
      <Textarea label={t("incident.agency.outcome")} required autosize minRows={3} {...form.getInputProps("outcome")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="datetime-local"
          label={t("incident.agency.coordinatedAt", { zone: zoneLabel(timeZone) })}
          required
          {...form.getInputProps("coordinatedAt")}
        />
        <NativeSelect
          label={t("incident.agency.channel")}
          required
          data={[none, ...channels]}
          {...form.getInputProps("channel")}
        />
        <NativeSelect
          label={t("incident.agency.developer")}
          data={[none, ...vendors]}
          {...form.getInputProps("developerOrganisationId")}
        />
      </SimpleGrid>
    </StepFormFrame>
  );
}
