import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { withRegionalSecretary } from "../../../../../../src/core/workflow/copies.ts";
import { useTeamProfile } from "../../../../api/profile.ts";
import { useNoneOption, useOrganisationOptions } from "./options.ts";
import {
  RecommendationFields,
  newRecommendation,
  recommendationOutput,
  type RecommendationValues,
} from "./recommendation-fields.tsx";
import { optional, optionalNumber } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface AnalyseValues extends Record<string, unknown> {
  rootCause: string;
  impact: string;
  findings: string;
  recommendations: RecommendationValues[];
  upstreamRecipients: string[];
  agencyRecipient: string;
  followUpOrganisationId: string;
  copies: string[];
}

/**
 * Step 6: the analysis, numbered recommendations (owner, deadline), the recipients (upstream
 * CSIRTs and the agency) and the copies — the Regional Secretary (Sekda) always among them.
 */
export function AnalyseForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const none = useNoneOption();
  const upstreams = useOrganisationOptions("upstream");
  const agencies = useOrganisationOptions("agency");
  const governmentName = useTeamProfile().data?.governmentName ?? "";
  const sekda = withRegionalSecretary([], governmentName)[0]!;
  const { form, onSubmit, failed } = useStepForm<AnalyseValues>(
    "analyse",
    "step-form-analyse",
    {
      rootCause: "",
      impact: "",
      findings: "",
      recommendations: [newRecommendation()],
      upstreamRecipients: detail.incident.upstream ? [String(detail.incident.upstream.id)] : [],
      agencyRecipient: detail.incident.agency ? String(detail.incident.agency.id) : "",
      followUpOrganisationId: "",
      copies: [],
    },
    (v) => ({
      rootCause: v.rootCause.trim(),
      impact: v.impact.trim(),
      findings: optional(v.findings),
      recommendations: v.recommendations.map(recommendationOutput),
      recipients: [...v.upstreamRecipients, ...(v.agencyRecipient ? [v.agencyRecipient] : [])].map(Number),
      followUpOrganisationId: optionalNumber(v.followUpOrganisationId),
      copies: v.copies.map((c) => c.trim()).filter((c) => c !== ""),
    }),
    submit,
  );
  const chosenUpstreams = upstreams.filter((o) => form.values.upstreamRecipients.includes(o.value));
  return (
    <StepFormFrame
      formId="step-form-analyse"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.analyse.submit")}
    >
      <Textarea
        label={t("incident.analyse.rootCause")}
        required
        autosize
        minRows={3}
        {...form.getInputProps("rootCause")}
      />
      <Textarea label={t("incident.analyse.impact")} required autosize minRows={2} {...form.getInputProps("impact")} />
      <Textarea label={t("incident.analyse.findings")} autosize minRows={2} {...form.getInputProps("findings")} />
      <Text fw={600}>{t("incident.analyse.recommendations")}</Text>
      <RecommendationFields
        form={form}
        items={form.values.recommendations}
        onAdd={() => form.insertListItem("recommendations", newRecommendation())}
        onRemove={(index) => form.removeListItem("recommendations", index)}
      />
      <Fieldset legend={t("incident.analyse.recipients")}>
        <Stack gap="sm">
          <Checkbox.Group
            label={t("incident.analyse.upstreamRecipients")}
            description={t("incident.analyse.upstreamHint")}
            {...form.getInputProps("upstreamRecipients")}
          >
            <Stack gap={4} mt={4}>
              {upstreams.map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Stack>
          </Checkbox.Group>
          <NativeSelect
            label={t("incident.analyse.agencyRecipient")}
            data={[none, ...agencies]}
            {...form.getInputProps("agencyRecipient")}
          />
          {form.errors.recipients ? (
            <Text role="alert" c="red.8" size="sm">
              {form.errors.recipients}
            </Text>
          ) : null}
          <NativeSelect
            label={t("incident.analyse.followUp")}
            description={t("incident.analyse.followUpHint")}
            data={[none, ...chosenUpstreams]}
            {...form.getInputProps("followUpOrganisationId")}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t("incident.analyse.copies")}>
        <Stack gap="xs">
          <TextInput label={t("incident.analyse.copyFixed")} value={sekda} readOnly data-testid="copy-sekda" />
          {form.values.copies.map((_, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t("incident.analyse.copy", { number: index + 2 })}
                {...form.getInputProps(`copies.${index}`)}
              />
              <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem("copies", index)}>
                {t("incident.analyse.removeCopy", { number: index + 2 })}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              disabled={form.values.copies.length >= 19}
              onClick={() => form.insertListItem("copies", "")}
            >
              {t("incident.analyse.addCopy")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </StepFormFrame>
  );
}
