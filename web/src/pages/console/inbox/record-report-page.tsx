import { Alert, Anchor, Button, Card, CopyButton, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useIntakeLimits, useTeamProfile, type IntakeLimits } from "../../../api/profile.ts";
import { recordReport, useRefreshReports, type ReportCreated } from "../../../api/reports.ts";
import type { UploadProgress } from "../../../api/upload.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import type { Translate } from "../../public/report-form/file-rules.ts";
import { RecordArrivalSection } from "./record-arrival-section.tsx";
import { RecordContentSection } from "./record-content-section.tsx";
import { RecordReporterSection } from "./record-reporter-section.tsx";
import {
  initialRecordValues,
  toStaffPayload,
  validateRecord,
  type RecordReportValues,
} from "./record-report-values.ts";

/** `/console/inbox/new`: the intake desk records a report that came by letter or telephone. */
export default function RecordReportPage() {
  const { t } = useTranslation();
  usePageTitle(t("inbox.form.title"));
  const profile = useTeamProfile();
  const limits = useIntakeLimits();
  const [created, setCreated] = useState<ReportCreated | null>(null);
  if (profile.error || limits.error) return <ErrorAlert error={profile.error ?? limits.error} />;
  if (!profile.data || !limits.data) return <PageLoader />;
  if (created) return <Recorded created={created} onAnother={() => setCreated(null)} />;
  return <RecordForm limits={limits.data} timeZone={profile.data.timeZone} onCreated={setCreated} />;
}

function RecordForm({
  limits,
  timeZone,
  onCreated,
}: {
  limits: IntakeLimits;
  timeZone: string;
  onCreated: (created: ReportCreated) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshReports();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const translate: Translate = (key, values) => t(key, values ?? {});
  const form = useForm<RecordReportValues>({
    mode: "controlled",
    initialValues: initialRecordValues(),
    validate: (values) => validateRecord(values, { t: translate, files: limits, timeZone }),
  });

  const onValid = async (values: RecordReportValues) => {
    setError(null);
    const scan = values.channel === "letter" ? values.letterScan : null;
    setProgress(scan || values.files.length > 0 ? { loaded: 0, total: 1 } : null);
    try {
      const result = await recordReport(
        toStaffPayload(values, timeZone),
        { letterScan: scan, evidence: values.files, identity: null },
        setProgress,
      );
      await refresh();
      onCreated(result);
    } catch (caught) {
      setError(caught);
    } finally {
      setProgress(null);
    }
  };

  const focusFirstError = () =>
    window.requestAnimationFrame(() =>
      document.querySelector<HTMLElement>("#record-form [aria-invalid='true']")?.focus(),
    );

  return (
    <Stack>
      <Anchor component={Link} to="/console/inbox" size="sm">
        ← {t("inbox.backToInbox")}
      </Anchor>
      <div>
        <Title order={1}>{t("inbox.form.title")}</Title>
        <Text c="dimmed">{t("inbox.form.intro")}</Text>
      </div>
      <form id="record-form" noValidate onSubmit={form.onSubmit((v) => void onValid(v), focusFirstError)}>
        <Stack maw={900}>
          <RecordArrivalSection form={form} timeZone={timeZone} accept={limits.allowedMediaTypes.join(",")} />
          <RecordReporterSection form={form} />
          <RecordContentSection form={form} timeZone={timeZone} limits={limits} />
          <ErrorAlert error={error} title={t("inbox.form.failed")} />
          {progress && (
            <Progress
              value={progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0}
              aria-label={t("report.uploadProgress")}
            />
          )}
          <Group justify="flex-end">
            <Button component={Link} to="/console/inbox" variant="default">
              {t("inbox.cancel")}
            </Button>
            <Button type="submit" loading={form.submitting || progress !== null}>
              {t("inbox.form.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The ticket code and the tracking link, to pass on to the reporter (the link is shown only now). */
function Recorded({ created, onAnother }: { created: ReportCreated; onAnother: () => void }) {
  const { t } = useTranslation();
  const link = new URL(created.trackingUrl, window.location.origin).toString();
  return (
    <Stack maw={760}>
      <Title order={1}>{t("inbox.form.recordedTitle")}</Title>
      <Alert color="green" variant="light" role="status">
        {t("inbox.form.recorded", { code: created.code })}
      </Alert>
      {created.warnings.map((warning) => (
        <Alert key={warning} color="yellow" variant="light">
          {warning}
        </Alert>
      ))}
      <Card withBorder>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t("inbox.form.ticket")}
          </Text>
          <Text ff="monospace" fw={700} size="xl" data-testid="recorded-code">
            {created.code}
          </Text>
          <Text size="sm" c="dimmed">
            {t("inbox.form.trackingLink")}
          </Text>
          <Text ff="monospace" size="sm" className="break-anywhere">
            {link}
          </Text>
          <CopyButton value={link}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy} w="fit-content">
                {copied ? t("common.copied") : t("inbox.form.copyLink")}
              </Button>
            )}
          </CopyButton>
          <Text size="sm" c="dimmed">
            {t("inbox.form.linkOnce")}
          </Text>
        </Stack>
      </Card>
      <Group>
        <Button component={Link} to={`/console/inbox/${created.id}`}>
          {t("inbox.form.openReport")}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t("inbox.form.another")}
        </Button>
        <Button component={Link} to="/console/inbox" variant="subtle">
          {t("inbox.backToInbox")}
        </Button>
      </Group>
    </Stack>
  );
}
