import { Alert, Button, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/client.ts";
import { useIntakeLimits, useTeamProfile, type IntakeLimits } from "../../api/profile.ts";
import { submitReport } from "../../api/public-reports.ts";
import type { UploadProgress } from "../../api/upload.ts";
import { ErrorAlert } from "../../components/error-alert.tsx";
import { PageLoader } from "../../components/page-loader.tsx";
import { usePageTitle } from "../../components/use-page-title.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { rememberSubmission } from "./submission-store.ts";
import { AssetSection } from "./report-form/asset-section.tsx";
import { EvidenceSection } from "./report-form/evidence-section.tsx";
import {
  initialReportValues,
  toPayload,
  validateReport,
  type ReportFormValues,
  type Translate,
} from "./report-form/form-values.ts";
import { IncidentSection } from "./report-form/incident-section.tsx";
import { ReporterSection } from "./report-form/reporter-section.tsx";
import { StatementSection } from "./report-form/statement-section.tsx";

/** Moves the keyboard (and a screen reader) to the first field with an error. */
function focusFirstError(): void {
  window.requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>("#report-form [aria-invalid='true']");
    field?.focus();
    field?.scrollIntoView({ block: "center" });
  });
}

/** The Aduan Siber form (DOMAIN.md §5 A, C–F): filled by anyone, no account needed. */
export default function ReportPage() {
  const { t } = useTranslation();
  usePageTitle(t("report.title"));
  const profile = useTeamProfile();
  const limits = useIntakeLimits();
  if (profile.error || limits.error) return <ErrorAlert error={profile.error ?? limits.error} />;
  if (!profile.data || !limits.data) return <PageLoader />;
  return <ReportForm limits={limits.data} timeZone={profile.data.timeZone} teamName={profile.data.teamName} />;
}

interface ReportFormProps {
  limits: IntakeLimits;
  timeZone: string;
  teamName: string;
}

function ReportForm({ limits, timeZone, teamName }: ReportFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [showSummary, setShowSummary] = useState(false);
  const translate: Translate = (key, values) => t(key, values ?? {});
  const form = useForm<ReportFormValues>({
    mode: "controlled",
    initialValues: initialReportValues(),
    validate: (values) => validateReport(values, { t: translate, files: limits, timeZone }),
    validateInputOnBlur: true,
  });

  const onValid = async (values: ReportFormValues) => {
    setShowSummary(false);
    setSubmitError(null);
    const withFiles = values.files.length > 0 || values.identityFile !== null;
    setProgress(withFiles ? { loaded: 0, total: 1 } : null);
    try {
      const files = { evidence: values.files, identity: values.identityFile };
      const result = await submitReport(toPayload(values, currentLanguage()), files, setProgress);
      rememberSubmission(result);
      void navigate("/aduan/terkirim", { state: result });
    } catch (error) {
      setSubmitError(error);
      if (error instanceof ApiError) {
        for (const path of error.fieldPaths) form.setFieldError(path, t("validation.server"));
      }
      setProgress(null);
    }
  };

  const percent = progress ? Math.round((progress.loaded / Math.max(progress.total, 1)) * 100) : 0;
  return (
    <Stack gap="md">
      <Title order={1}>{t("report.title")}</Title>
      <Text>{t("report.intro")}</Text>
      <Text size="sm" c="dimmed">
        {t("report.requiredNote")}
      </Text>
      <form
        id="report-form"
        noValidate
        onSubmit={form.onSubmit(onValid, () => {
          setShowSummary(true);
          focusFirstError();
        })}
      >
        <Stack gap="lg">
          <ReporterSection form={form} />
          <IncidentSection form={form} timeZone={timeZone} />
          <AssetSection form={form} />
          <EvidenceSection form={form} limits={limits} />
          <StatementSection form={form} teamName={teamName} />
          {showSummary && Object.keys(form.errors).length > 0 ? (
            <Alert color="red" role="alert" data-testid="form-errors">
              {t("report.fixErrors", { count: Object.keys(form.errors).length })}
            </Alert>
          ) : null}
          <ErrorAlert error={submitError} title={t("report.submitFailed")} />
          {progress ? (
            <Stack gap={4} aria-live="polite">
              <Text size="sm">{t("report.uploading", { percent })}</Text>
              <Progress
                value={percent}
                size="lg"
                aria-label={t("report.uploadProgress")}
                data-testid="upload-progress"
              />
            </Stack>
          ) : null}
          <Group>
            <Button type="submit" size="md" loading={form.submitting}>
              {t("report.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
