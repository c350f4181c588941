import { Alert, Badge, Card, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PublicReportView } from "../../../api/public-reports.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";

const STATUS_COLOURS: Readonly<Record<string, string>> = {
  done: "green",
  invalid: "gray",
  merged: "gray",
  transferred: "gray",
};

/** The bullet of a completed step. */
function CheckMark() {
  return (
    <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
      <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/** The report's code, title, stage and the SOP steps it has been through. */
export function ReportStatus({ report }: { report: PublicReportView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const active = report.timeline.findIndex((step) => step.completedAt === null);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t("track.ticket")}
            </Text>
            <Text fw={800} className="mono break-anywhere" data-testid="tracked-code">
              {report.code}
            </Text>
          </Stack>
          <Badge size="lg" color={STATUS_COLOURS[report.status.code] ?? "blue"} data-testid="report-status">
            {localized(report.status.label, language)}
          </Badge>
        </Group>
        <Text fw={600} className="user-text" data-testid="report-title">
          {report.title}
        </Text>
        <Text size="sm">
          {t("track.receivedAt")}: <DateTime value={report.receivedAt} />
        </Text>
        {report.closeReason ? (
          <Alert color="gray" variant="light" title={t("track.closeReason")} data-testid="close-reason">
            <Text size="sm" className="user-text">
              {report.closeReason}
            </Text>
          </Alert>
        ) : null}
        {report.mergedCaseStatus ? (
          <Alert color="blue" variant="light">
            {t("track.merged", { status: localized(report.mergedCaseStatus.label, language) })}
          </Alert>
        ) : null}
        <Title order={2} size="h4" mt="sm">
          {t("track.timeline")}
        </Title>
        {report.timeline.length === 0 ? (
          <Text size="sm">{t("track.noSteps")}</Text>
        ) : (
          <Timeline active={active === -1 ? report.timeline.length - 1 : active} bulletSize={20} lineWidth={2}>
            {report.timeline.map((step, index) => (
              <Timeline.Item
                key={`${step.step}-${index}`}
                title={localized(step.name, language)}
                bullet={step.completedAt ? <CheckMark /> : null}
              >
                <Text size="sm">
                  {t("track.started")}: <DateTime value={step.startedAt} />
                </Text>
                <Text size="sm">
                  {step.completedAt ? (
                    <>
                      {t("track.completed")}: <DateTime value={step.completedAt} />
                    </>
                  ) : (
                    t("track.inProgress")
                  )}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}
