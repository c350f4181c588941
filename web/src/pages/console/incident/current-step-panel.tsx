import { Alert, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState, type ComponentType } from "react";
import { useTranslation } from "react-i18next";
import type { SopDefinition } from "../../../../../src/core/sop/schema.ts";
import type { SopStepCode } from "../../../../../src/core/sop/step-codes.ts";
import { completeStep, useRefreshIncidents, type IncidentDetail } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { SectionCard } from "./section-card.tsx";
import { AgencyCoordinationForm } from "./steps/agency-coordination-form.tsx";
import { AnalyseForm } from "./steps/analyse-form.tsx";
import { DeveloperReplyForm } from "./steps/developer-reply-form.tsx";
import { FinalReportForm } from "./steps/final-report-form.tsx";
import { ForwardForm } from "./steps/forward-form.tsx";
import { HandleForm } from "./steps/handle-form.tsx";
import { MitigateForm } from "./steps/mitigate-form.tsx";
import type { StepFormProps } from "./steps/step-form-kit.tsx";
import { UpstreamFollowupForm } from "./steps/upstream-followup-form.tsx";
import { VerifyForm } from "./steps/verify-form.tsx";

/** One form per step code; `receive` has none (intake records it when the report arrives). */
const FORMS: Partial<Record<SopStepCode, ComponentType<StepFormProps>>> = {
  forward: ForwardForm,
  verify: VerifyForm,
  mitigate: MitigateForm,
  handle: HandleForm,
  analyse: AnalyseForm,
  upstream_followup: UpstreamFollowupForm,
  agency_coordination: AgencyCoordinationForm,
  developer_reply: DeveloperReplyForm,
  final_report: FinalReportForm,
};

/**
 * The active step's output form, for whoever may complete it; the lead recording an outside
 * party's step says for whom. Others see who the step is waiting for.
 */
export function CurrentStepPanel({ detail, sop }: { detail: IncidentDetail; sop: SopDefinition }) {
  const { t } = useTranslation();
  const refresh = useRefreshIncidents();
  const [onBehalfOf, setOnBehalfOf] = useState("");
  const [onBehalfError, setOnBehalfError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = detail.incident.currentStep;
  if (detail.incident.status !== "open" || !current) return null;
  const step = sop.steps.find((s) => s.code === current.code);
  const run = detail.stepRuns.find((r) => r.status === "active");
  const Form = FORMS[current.code];
  const { completeStep: may, recordOnBehalf } = detail.abilities;
  const name = localized(current.name, currentLanguage());
  const submit = async (output: unknown) => {
    setError(null);
    if (recordOnBehalf && onBehalfOf.trim() === "") {
      setOnBehalfError(t("incident.onBehalf.required"));
      throw new Error("on behalf of is required");
    }
    try {
      const result = await completeStep(
        detail.incident.id,
        current.code,
        output,
        recordOnBehalf ? onBehalfOf.trim() : undefined,
      );
      notifications.show({
        color: "green",
        message: result.next?.step
          ? t("incident.form.doneNext", { step: name, next: localized(result.next.step.name, currentLanguage()) })
          : t("incident.form.doneClosed", { step: name }),
      });
      setOnBehalfOf("");
      await refresh();
    } catch (caught) {
      setError(caught);
      throw caught;
    }
  };
  return (
    <SectionCard title={t("incident.current.title", { number: current.number, step: name })} testId="current-step">
      {run ? (
        <Text size="sm">
          {t("incident.current.due")} <DateTime value={run.dueAt} />
          {step ? ` · ${localized(step.output, currentLanguage())}` : ""}
        </Text>
      ) : null}
      {!may && !recordOnBehalf ? (
        <Alert color="blue" variant="light">
          {t("incident.current.waiting")}
        </Alert>
      ) : !Form ? (
        <Alert color="gray" variant="light">
          {t("incident.current.noForm")}
        </Alert>
      ) : (
        <Stack gap="md">
          {recordOnBehalf ? (
            <TextInput
              label={t("incident.onBehalf.label")}
              description={t("incident.onBehalf.hint")}
              required
              value={onBehalfOf}
              error={onBehalfError}
              maxLength={300}
              onChange={(e) => {
                setOnBehalfOf(e.currentTarget.value);
                setOnBehalfError(null);
              }}
            />
          ) : null}
          <ErrorAlert error={error} title={t("incident.form.sendFailed")} />
          <Form key={`${current.code}-${run?.id ?? 0}`} detail={detail} submit={submit} />
        </Stack>
      )}
    </SectionCard>
  );
}
