import { Alert, Button, Group, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import type { PartnerStepCode, PartnerStepOutput, Recommendation, StepCompleted } from "../../../api/partner.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import type { ReplyEvidenceProps } from "./reply-evidence-upload.tsx";

/** What every partner step form gets from its page (the portal's or the signed link's). */
export interface StepFormProps<C extends PartnerStepCode = PartnerStepCode> {
  /** The team's zone: "when" fields are typed in it. */
  timeZone: string;
  recommendations: readonly Recommendation[];
  /** Sends the output (signed in, or through the link). */
  onSubmit: (output: PartnerStepOutput<C>) => Promise<StepCompleted>;
  /** Called once the server recorded the step. */
  onDone: (result: StepCompleted) => void;
  /** Attaching files to the step (the developer's reply uses it); absent where files cannot be sent. */
  evidence?: ReplyEvidenceProps;
}

/** Moves the keyboard (and a screen reader) to the first field with an error in the form. */
function focusFirstError(formId: string): void {
  window.requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`#${formId} [aria-invalid='true']`);
    field?.focus();
    field?.scrollIntoView({ block: "center" });
  });
}

/**
 * A step form: checks the values with the step's schema on submit, sends the output, shows the
 * server's answer (its field errors land on the fields), and keeps the button busy meanwhile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Mantine's own bound for form values
export function StepFormFrame<V extends Record<string, any>, O>({
  id,
  form,
  toOutput,
  onSubmit,
  onDone,
  submitLabel,
  children,
}: {
  id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever validation rules the form has
  form: UseFormReturnType<V, V, any>;
  toOutput: (values: V) => O;
  onSubmit: (output: O) => Promise<StepCompleted>;
  onDone: (result: StepCompleted) => void;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [showSummary, setShowSummary] = useState(false);

  const send = async (values: V) => {
    setShowSummary(false);
    setSubmitError(null);
    setBusy(true);
    try {
      onDone(await onSubmit(toOutput(values)));
    } catch (error) {
      setSubmitError(error);
      if (error instanceof ApiError) {
        for (const path of error.fieldPaths) form.setFieldError(path.replace(/^output\./, ""), t("validation.server"));
      }
    } finally {
      setBusy(false);
    }
  };

  const errorCount = Object.keys(form.errors).length;
  return (
    <form
      id={id}
      noValidate
      onSubmit={form.onSubmit(send, () => {
        setShowSummary(true);
        focusFirstError(id);
      })}
    >
      <Stack gap="md">
        {children}
        {showSummary && errorCount > 0 ? (
          <Alert color="red" role="alert" data-testid="form-errors">
            {t("partner.form.fixErrors")}
          </Alert>
        ) : null}
        <ErrorAlert error={submitError} title={t("partner.form.sendFailed")} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} size="md">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
