import { Alert, Button, Group, Stack } from "@mantine/core";
import { useForm, type UseFormReturnType } from "@mantine/form";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SopStepCode } from "../../../../../../src/core/sop/step-codes.ts";
import { STEP_OUTPUT_SCHEMAS } from "../../../../../../src/core/workflow/step-outputs.ts";
import { ApiError } from "../../../../api/client.ts";
import type { IncidentDetail } from "../../../../api/incidents.ts";
import { currentLanguage } from "../../../../i18n/index.ts";
import { issuesToErrors, serverErrors } from "./step-issues.ts";

/** What every step form gets: the incident, and how to send the output (the panel adds "on behalf of"). */
export interface StepFormProps {
  detail: IncidentDetail;
  submit: (output: unknown) => Promise<void>;
}

/** Moves the keyboard to the first field the form marked. */
export function focusFirstError(formId: string): void {
  window.requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(`#${CSS.escape(formId)} [aria-invalid='true']`);
    field?.focus();
    field?.scrollIntoView({ block: "center" });
  });
}

/**
 * A step form's state and its submit: the output is built from the values, checked in the browser
 * with the step's own schema (the one the server runs), and only then sent. Problems the server
 * still finds land on their fields too.
 */
export function useStepForm<V extends Record<string, unknown>>(
  code: SopStepCode,
  formId: string,
  initialValues: V,
  toOutput: (values: V) => unknown,
  submit: (output: unknown) => Promise<void>,
) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const form = useForm<V>({ mode: "controlled", initialValues });
  const onSubmit = form.onSubmit(async (values) => {
    const output = toOutput(values);
    const parsed = STEP_OUTPUT_SCHEMAS[code].safeParse(output);
    if (!parsed.success) {
      form.setErrors(issuesToErrors(parsed.error.issues, t, currentLanguage()));
      setFailed(true);
      focusFirstError(formId);
      return;
    }
    setFailed(false);
    try {
      await submit(output);
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = serverErrors(error.details);
        if (Object.keys(fields).length > 0) {
          form.setErrors(fields);
          focusFirstError(formId);
        }
      }
    }
  });
  return { form, onSubmit, failed };
}

/** The form element with the "fix the marked fields" note and the submit button. */
export function StepFormFrame<V>({
  formId,
  form,
  onSubmit,
  failed,
  submitLabel,
  children,
}: {
  formId: string;
  form: UseFormReturnType<V>;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  failed: boolean;
  submitLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const errorCount = Object.keys(form.errors).length;
  return (
    <form id={formId} noValidate onSubmit={onSubmit}>
      <Stack gap="md">
        {children}
        {failed && errorCount > 0 ? (
          <Alert color="red" role="alert" data-testid="step-form-errors">
            {t("incident.form.fixErrors", { count: errorCount })}
          </Alert>
        ) : null}
        {form.errors.form ? (
          <Alert color="red" role="alert">
            {form.errors.form}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
