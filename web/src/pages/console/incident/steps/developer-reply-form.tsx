import { Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { REPLY_STATUSES } from "../../../../../../src/core/workflow/catalogue.ts";
import { REPLY_STATUS_LABELS } from "../labels.ts";
import { useVocabulary } from "./options.ts";
import { optional } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface ReplyValues {
  include: boolean;
  recommendationNumber: number;
  status: string;
  steps: string;
  evidence: string;
  reason: string;
}

interface DeveloperReplyValues extends Record<string, unknown> {
  replies: ReplyValues[];
  residualRisk: string;
  responsibleName: string;
  responsiblePosition: string;
}

/** Step 9: the developer's reply to each recommendation (steps taken, evidence, or why it cannot be done). */
export function DeveloperReplyForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const statuses = useVocabulary(REPLY_STATUSES, REPLY_STATUS_LABELS);
  const recommendations = detail.recommendations;
  const { form, onSubmit, failed } = useStepForm<DeveloperReplyValues>(
    "developer_reply",
    "step-form-developer",
    {
      replies: recommendations.map((r) => ({
        include: r.owner === "developer",
        recommendationNumber: r.number,
        status: "done",
        steps: "",
        evidence: "",
        reason: "",
      })),
      residualRisk: "",
      responsibleName: "",
      responsiblePosition: "",
    },
    (v) => ({
      replies: v.replies
        .filter((r) => r.include)
        .map((r) => ({
          recommendationNumber: r.recommendationNumber,
          steps: r.steps.trim(),
          evidence: optional(r.evidence),
          status: r.status,
          reason: optional(r.reason),
        })),
      residualRisk: optional(v.residualRisk),
      responsibleName: optional(v.responsibleName),
      responsiblePosition: optional(v.responsiblePosition),
    }),
    submit,
  );
  // The output lists only the included replies, so its issues are mapped back to the form's rows.
  const included = form.values.replies.map((r, i) => (r.include ? i : -1)).filter((i) => i >= 0);
  const errorOf = (row: number, field: string) => {
    const position = included.indexOf(row);
    return position >= 0 ? form.errors[`replies.${position}.${field}`] : undefined;
  };
  return (
    <StepFormFrame
      formId="step-form-developer"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.developer.submit")}
    >
      {recommendations.length === 0 ? <Text c="dimmed">{t("incident.developer.none")}</Text> : null}
      {form.errors.replies ? (
        <Text role="alert" c="red.8" size="sm">
          {form.errors.replies}
        </Text>
      ) : null}
      {recommendations.map((r, row) => (
        <Fieldset key={r.number} legend={t("incident.recommendation.legend", { number: r.number })}>
          <Stack gap="sm">
            <Text size="sm" className="break-anywhere">
              {r.body}
            </Text>
            <Checkbox
              label={t("incident.developer.include", { number: r.number })}
              {...form.getInputProps(`replies.${row}.include`, { type: "checkbox" })}
            />
            {form.values.replies[row]?.include ? (
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t("incident.developer.status", { number: r.number })}
                  data={statuses}
                  {...form.getInputProps(`replies.${row}.status`)}
                />
                <TextInput
                  label={t("incident.developer.evidence", { number: r.number })}
                  {...form.getInputProps(`replies.${row}.evidence`)}
                  error={errorOf(row, "evidence")}
                />
                <Textarea
                  label={t("incident.developer.steps", { number: r.number })}
                  required
                  autosize
                  minRows={2}
                  {...form.getInputProps(`replies.${row}.steps`)}
                  error={errorOf(row, "steps")}
                />
                <Textarea
                  label={t("incident.developer.reason", { number: r.number })}
                  autosize
                  minRows={2}
                  {...form.getInputProps(`replies.${row}.reason`)}
                  error={errorOf(row, "reason")}
                />
              </SimpleGrid>
            ) : null}
          </Stack>
        </Fieldset>
      ))}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Textarea label={t("incident.developer.residualRisk")} autosize {...form.getInputProps("residualRisk")} />
        <TextInput label={t("incident.developer.responsibleName")} {...form.getInputProps("responsibleName")} />
        <TextInput label={t("incident.developer.responsiblePosition")} {...form.getInputProps("responsiblePosition")} />
      </SimpleGrid>
    </StepFormFrame>
  );
}
