import { NativeSelect, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { optional, optionalNumber } from "./step-issues.ts";
import { StepFormFrame, useStepForm, type StepFormProps } from "./step-form-kit.tsx";
import { useAnalystOptions, useNoneOption } from "./options.ts";

interface ForwardValues extends Record<string, unknown> {
  note: string;
  disposition: string;
  assigneeUserId: string;
}

/** Step 2: the intake desk forwards the report to the CSIRT, with a note, a disposisi and the analyst. */
export function ForwardForm({ detail, submit }: StepFormProps) {
  const { t } = useTranslation();
  const analysts = useAnalystOptions();
  const none = useNoneOption();
  const { form, onSubmit, failed } = useStepForm<ForwardValues>(
    "forward",
    "step-form-forward",
    { note: "", disposition: "", assigneeUserId: detail.incident.assignee ? String(detail.incident.assignee.id) : "" },
    (v) => ({
      note: optional(v.note),
      disposition: optional(v.disposition),
      assigneeUserId: optionalNumber(v.assigneeUserId),
    }),
    submit,
  );
  return (
    <StepFormFrame
      formId="step-form-forward"
      form={form}
      onSubmit={onSubmit}
      failed={failed}
      submitLabel={t("incident.forward.submit")}
    >
      <Textarea label={t("incident.forward.note")} autosize minRows={2} {...form.getInputProps("note")} />
      <TextInput
        label={t("incident.forward.disposition")}
        description={t("incident.forward.dispositionHint")}
        {...form.getInputProps("disposition")}
      />
      <NativeSelect
        label={t("incident.forward.assignee")}
        data={[none, ...analysts]}
        {...form.getInputProps("assigneeUserId")}
      />
    </StepFormFrame>
  );
}
