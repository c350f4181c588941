import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useTimeZone } from "../../../../api/profile.ts";
import { toZonedInputValue, zoneLabel } from "../../../../lib/time.ts";
import { useChannelOptions, useNoneOption, useOrganisationOptions } from "./options.ts";
import {
  RecommendationFields,
  newRecommendation,
  recommendationOutput,
  type RecommendationValues,
} from "./recommendation-fields.tsx";
import { instantFromLocal, optional, optionalNumber } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface FollowupValues extends Record<string, unknown> {
  confirmation: string;
  recommendations: RecommendationValues[];
  escalate: boolean;
  escalateToBssn: {
    reason: string;
    handedOffAt: string;
    channel: string;
    reference: string;
    targetOrganisationId: string;
  };
}

/** Step 7: the upstream CSIRT's confirmation and recommendations, optionally escalating to BSSN. */
export function UpstreamFollowupForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const none = useNoneOption();
  const channels = useChannelOptions();
  const upstreams = useOrganisationOptions("upstream");
  const nextNumber = Math.max(0, ...detail.recommendations.map((r) => r.number)) + 1;
  const { form, onSubmit, failed } = useStepForm<FollowupValues>(
    "upstream_followup",
    "step-form-upstream",
    {
      confirmation: "",
      recommendations: [],
      escalate: false,
      escalateToBssn: {
        reason: "",
        handedOffAt: toZonedInputValue(new Date(), timeZone),
        channel: "",
        reference: "",
        targetOrganisationId: "",
      },
    },
    (v) => ({
      confirmation: v.confirmation.trim(),
      recommendations: v.recommendations.map(recommendationOutput),
      escalateToBssn: v.escalate
        ? {
            reason: v.escalateToBssn.reason.trim(),
            handedOffAt: instantFromLocal(v.escalateToBssn.handedOffAt, timeZone),
            channel: v.escalateToBssn.channel,
            reference: optional(v.escalateToBssn.reference),
            targetOrganisationId: optionalNumber(v.escalateToBssn.targetOrganisationId),
          }
        : undefined,
    }),
    submit,
  );
  return (
    <StepFormFrame
      formId="step-form-upstream"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.upstream.submit")}
    >
      <Textarea
        label={t("incident.upstream.confirmation")}
        required
        autosize
        minRows={3}
        {...form.getInputProps("confirmation")}
      />
      <Text fw={600}>{t("incident.upstream.recommendations")}</Text>
      <RecommendationFields
        form={form}
        items={form.values.recommendations}
        firstNumber={nextNumber}
        min={0}
        onAdd={() => form.insertListItem("recommendations", newRecommendation())}
        onRemove={(index) => form.removeListItem("recommendations", index)}
      />
      <Checkbox label={t("incident.upstream.escalate")} {...form.getInputProps("escalate", { type: "checkbox" })} />
      {form.values.escalate ? (
        <Fieldset legend={t("incident.upstream.escalation")}>
          <Stack gap="sm">
            <Textarea
              label={t("incident.upstream.reason")}
              required
              autosize
              minRows={2}
              {...form.getInputProps("escalateToBssn.reason")}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                type="datetime-local"
                label={t("incident.upstream.handedOffAt", { zone: zoneLabel(timeZone) })}
                required
                {...form.getInputProps("escalateToBssn.handedOffAt")}
              />
              <NativeSelect
                label={t("incident.upstream.channel")}
                required
                data={[none, ...channels]}
                {...form.getInputProps("escalateToBssn.channel")}
              />
              <TextInput label={t("incident.upstream.reference")} {...form.getInputProps("escalateToBssn.reference")} />
              <NativeSelect
                label={t("incident.upstream.bssnOrganisation")}
                data={[none, ...upstreams]}
                {...form.getInputProps("escalateToBssn.targetOrganisationId")}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
      ) : null}
    </StepFormFrame>
  );
}
