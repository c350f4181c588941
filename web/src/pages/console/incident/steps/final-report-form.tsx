import { Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";

interface FinalReportValues extends Record<string, unknown> {
  summary: string;
  lessonsLearned: string;
}

/** Step 10: the handling report's own text; the rest is assembled from what was recorded. */
export function FinalReportForm({ submit }: StepFormProps) {
  const { t } = useTranslation();
  const { form, onSubmit, failed } = useStepForm<FinalReportValues>(
    "final_report",
    "step-form-final",
    { summary: "", lessonsLearned: "" },
    (v) => ({ summary: v.summary.trim(), lessonsLearned: v.lessonsLearned.trim() }),
    submit,
  );
  return (
    <StepFormFrame
      formId="step-form-final"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.final.submit")}
    >
      <Textarea label={t("incident.final.summary")} required autosize minRows={4} {...form.getInputProps("summary")} />
      <Textarea
        label={t("incident.final.lessons")}
        required
        autosize
        minRows={3}
        {...form.getInputProps("lessonsLearned")}
      />
    </StepFormFrame>
  );
}
