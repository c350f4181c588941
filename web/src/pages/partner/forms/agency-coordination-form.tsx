import { NativeSelect, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { zoneLabel } from "../../../lib/time.ts";
import { CHANNEL_LABELS, PICKABLE_CHANNELS } from "../parts/labels.ts";
import { agencyOutput, initialAgencyValues, validateAgency, type AgencyValues, type Translate } from "./form-values.ts";
import { StepFormFrame, type StepFormProps } from "./step-form-frame.tsx";

/** SOP step 8: the agency records its coordination with the developer — what was agreed, when, how. */
export function AgencyCoordinationForm({ timeZone, onSubmit, onDone }: StepFormProps<"agency_coordination">) {
  const { t } = useTranslation();
  const translate: Translate = (key, values) => t(key, values ?? {});
  const form = useForm<AgencyValues>({
    mode: "controlled",
    initialValues: initialAgencyValues(new Date(), timeZone),
    validate: (values) => validateAgency(values, timeZone, translate),
  });
  return (
    <StepFormFrame
      id="agency-coordination-form"
      form={form}
      toOutput={(values) => agencyOutput(values, timeZone)}
      onSubmit={onSubmit}
      onDone={onDone}
      submitLabel={t("partner.agency.submit")}
    >
      <Textarea
        label={t("partner.agency.outcome")}
        description={t("partner.agency.outcomeHint")}
        withAsterisk
        autosize
        minRows={4}
        key={form.key("outcome")}
        {...form.getInputProps("outcome")}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          type="datetime-local"
          label={t("partner.agency.coordinatedAt", { zone: zoneLabel(timeZone) })}
          withAsterisk
          key={form.key("coordinatedAt")}
          {...form.getInputProps("coordinatedAt")}
        />
        <NativeSelect
          label={t("partner.agency.channel")}
          withAsterisk
          data={[
            { value: "", label: t("common.choose") },
            ...PICKABLE_CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_LABELS[c]) })),
          ]}
          key={form.key("channel")}
          {...form.getInputProps("channel")}
        />
      </SimpleGrid>
    </StepFormFrame>
  );
}
