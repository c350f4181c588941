import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { PUBLIC_STATUS_LABELS } from "../../../../../src/core/reports/public-status.ts";
import { useReport } from "../../../api/reports.ts";
import { useSession } from "../../../api/session.ts";
import { useSop } from "../../../api/settings.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { ForwardDialog } from "./forward-dialog.tsx";
import { inboxAbilities } from "./inbox-abilities.ts";
import { channelLabel } from "./inbox-list.tsx";
import { MergeDialog } from "./merge-dialog.tsx";
import { ContentCard, LetterCard, ReporterCard } from "./report-facts.tsx";
import { ReportFiles } from "./report-files.tsx";
import { ReportMessages } from "./report-messages.tsx";

/** Steps during which the server still accepts a merge (before the CSIRT acts on the report). */
const MERGEABLE = ["forwarded", "verifying"];

/** `/console/inbox/{id}`: one report with its reporter, content, files and messages, and the desk's actions. */
export default function ReportDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().reportId);
  const query = useReport(Number.isInteger(id) && id > 0 ? id : 0);
  const session = useSession().data;
  const sop = useSop();
  const [dialog, setDialog] = useState<"forward" | "merge" | null>(null);
  usePageTitle(query.data ? query.data.report.code : t("inbox.detail.title"));
  if (query.error) {
    return (
      <Stack>
        <Title order={1}>{t("inbox.detail.title")}</Title>
        <ErrorAlert error={query.error} />
        <Anchor component={Link} to="/console/inbox">
          {t("inbox.backToInbox")}
        </Anchor>
      </Stack>
    );
  }
  if (!query.data || !session) return <PageLoader />;
  const { report, status, incident, ownCase, attachments, messages } = query.data;
  const can = inboxAbilities(session, sop.data);
  const ref = {
    id: report.id,
    code: report.code,
    title: report.title,
    incidentId: ownCase?.id ?? incident?.id ?? null,
  };
  const channel = channelLabel(report.channel);

  return (
    <Stack>
      <Anchor component={Link} to="/console/inbox" size="sm">
        ← {t("inbox.backToInbox")}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} className="break-anywhere">
            {report.title}
          </Title>
          <Group gap="xs">
            <Text ff="monospace" fw={600}>
              {report.code}
            </Text>
            <Badge variant="light" style={{ textTransform: "none" }}>
              {localized(PUBLIC_STATUS_LABELS[status], currentLanguage())}
            </Badge>
            <Text size="sm" c="dimmed">
              {channel ? t(channel) : report.channel} · {t("inbox.detail.received")}{" "}
              <DateTime value={report.receivedAt} />
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          {can.forward && status === "forwarded" && (
            <Button onClick={() => setDialog("forward")}>{t("inbox.forward")}</Button>
          )}
          {can.merge && MERGEABLE.includes(status) && (
            <Button variant="default" onClick={() => setDialog("merge")}>
              {t("inbox.merge")}
            </Button>
          )}
          {incident && (
            <Button component={Link} to={`/console/incidents/${incident.id}`} variant="light">
              {t("inbox.detail.openIncident", { code: incident.code })}
            </Button>
          )}
        </Group>
      </Group>
      {report.duplicate && incident && (
        <Alert color="orange" variant="light">
          {t("inbox.detail.mergedInto", { code: incident.code })}
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <ContentCard report={report} />
            <ReportFiles files={attachments} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ReporterCard report={report} />
            {report.letter && <LetterCard letter={report.letter} />}
            <ReportMessages reportId={report.id} messages={messages} canWrite={can.message} />
          </Stack>
        </Grid.Col>
      </Grid>
      {dialog === "forward" && <ForwardDialog report={ref} onClose={() => setDialog(null)} />}
      {dialog === "merge" && <MergeDialog report={ref} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
