import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { RECOMMENDATION_OWNERS } from "../../../../../src/core/workflow/catalogue.ts";
import { zoneLabel } from "../../../lib/time.ts";
import { CHANNEL_LABELS, OWNER_LABELS, PICKABLE_CHANNELS } from "../parts/labels.ts";
import {
  emptyRecommendation,
  initialUpstreamValues,
  upstreamOutput,
  validateUpstream,
  type Translate,
  type UpstreamValues,
} from "./form-values.ts";
import { StepFormFrame, type StepFormProps } from "./step-form-frame.tsx";

type Form = UseFormReturnType<UpstreamValues>;

/** The recommendations the upstream CSIRT adds to the CSIRT's own (numbered after them). */
function ExtraRecommendations({ form }: { form: Form }) {
  const { t } = useTranslation();
  const items = form.values.recommendations;
  return (
    <Fieldset legend={t("partner.upstream.recommendations")} p={{ base: "xs", sm: "md" }}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("partner.upstream.recommendationsHint")}
        </Text>
        {items.map((_, i) => (
          <Stack key={i} gap="xs" data-testid={`upstream-recommendation-${i + 1}`}>
            <Textarea
              label={t("partner.upstream.recommendationBody", { number: i + 1 })}
              withAsterisk
              autosize
              minRows={2}
              key={form.key(`recommendations.${i}.body`)}
              {...form.getInputProps(`recommendations.${i}.body`)}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <NativeSelect
                label={t("partner.upstream.owner")}
                withAsterisk
                data={[
                  { value: "", label: t("common.choose") },
                  ...RECOMMENDATION_OWNERS.map((o) => ({ value: o, label: t(OWNER_LABELS[o]) })),
                ]}
                key={form.key(`recommendations.${i}.owner`)}
                {...form.getInputProps(`recommendations.${i}.owner`)}
              />
              <TextInput
                type="date"
                label={t("partner.upstream.deadline")}
                withAsterisk
                key={form.key(`recommendations.${i}.deadline`)}
                {...form.getInputProps(`recommendations.${i}.deadline`)}
              />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="subtle" color="red" size="xs" onClick={() => form.removeListItem("recommendations", i)}>
                {t("partner.upstream.removeRecommendation", { number: i + 1 })}
              </Button>
            </Group>
          </Stack>
        ))}
        <Group>
          <Button variant="default" onClick={() => form.insertListItem("recommendations", emptyRecommendation())}>
            {t("partner.upstream.addRecommendation")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The optional escalation to BSSN, with its hand-off. */
function Escalation({ form, timeZone }: { form: Form; timeZone: string }) {
  const { t } = useTranslation();
  const on = form.values.escalate;
  return (
    <Fieldset legend={t("partner.upstream.escalation")} p={{ base: "xs", sm: "md" }}>
      <Stack gap="sm">
        <Checkbox
          label={t("partner.upstream.escalate")}
          key={form.key("escalate")}
          {...form.getInputProps("escalate", { type: "checkbox" })}
        />
        {on ? (
          <>
            <Textarea
              label={t("partner.upstream.escalationReason")}
              withAsterisk
              autosize
              minRows={2}
              key={form.key("escalateToBssn.reason")}
              {...form.getInputProps("escalateToBssn.reason")}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="datetime-local"
                label={t("partner.upstream.handedOffAt", { zone: zoneLabel(timeZone) })}
                withAsterisk
                key={form.key("escalateToBssn.handedOffAt")}
                {...form.getInputProps("escalateToBssn.handedOffAt")}
              />
              <NativeSelect
                label={t("partner.form.channel")}
                withAsterisk
                data={[
                  { value: "", label: t("common.choose") },
                  ...PICKABLE_CHANNELS.map((c) => ({ value: c, label: t(CHANNEL_LABELS[c]) })),
                ]}
                key={form.key("escalateToBssn.channel")}
                {...form.getInputProps("escalateToBssn.channel")}
              />
            </SimpleGrid>
            <TextInput
              label={t("partner.upstream.reference")}
              description={t("partner.upstream.referenceHint")}
              key={form.key("escalateToBssn.reference")}
              {...form.getInputProps("escalateToBssn.reference")}
            />
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** SOP step 7: the upstream CSIRT confirms, adds its recommendations and may escalate to BSSN. */
export function UpstreamFollowupForm({ timeZone, onSubmit, onDone }: StepFormProps<"upstream_followup">) {
  const { t } = useTranslation();
  const translate: Translate = (key, values) => t(key, values ?? {});
  const form = useForm<UpstreamValues>({
    mode: "controlled",
    initialValues: initialUpstreamValues(new Date(), timeZone),
    validate: (values) => validateUpstream(values, timeZone, translate),
  });
  return (
    <StepFormFrame
      id="upstream-followup-form"
      form={form}
      toOutput={(values) => upstreamOutput(values, timeZone)}
      onSubmit={onSubmit}
      onDone={onDone}
      submitLabel={t("partner.upstream.submit")}
    >
      <Textarea
        label={t("partner.upstream.confirmation")}
        description={t("partner.upstream.confirmationHint")}
        withAsterisk
        autosize
        minRows={4}
        key={form.key("confirmation")}
        {...form.getInputProps("confirmation")}
      />
      <ExtraRecommendations form={form} />
      <Escalation form={form} timeZone={timeZone} />
    </StepFormFrame>
  );
}
