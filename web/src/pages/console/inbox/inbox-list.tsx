import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { REPORT_CHANNELS } from "../../../../../src/core/reports/schema.ts";
import { useForwardDueTimes, useInboxReports, type ReportListItem } from "../../../api/reports.ts";
import { useSession } from "../../../api/session.ts";
import { useSop } from "../../../api/settings.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { tk } from "../../../i18n/index.ts";
import { ForwardDialog } from "./forward-dialog.tsx";
import { inboxAbilities } from "./inbox-abilities.ts";
import { MergeDialog } from "./merge-dialog.tsx";
import { StepDueBadge } from "./step-due-badge.tsx";

/** How each channel is named (the server's channel codes). */
export const CHANNEL_LABELS = {
  web: tk("inbox.channel.web"),
  email: tk("inbox.channel.email"),
  letter: tk("inbox.channel.letter"),
  phone: tk("inbox.channel.phone"),
  api: tk("inbox.channel.api"),
  monitor: tk("inbox.channel.monitor"),
  federation: tk("inbox.channel.federation"),
  upstream_notice: tk("inbox.channel.upstream_notice"),
} as const satisfies Record<(typeof REPORT_CHANNELS)[number], string>;

export const channelLabel = (channel: string) =>
  channel in CHANNEL_LABELS ? CHANNEL_LABELS[channel as keyof typeof CHANNEL_LABELS] : null;

type Action = { kind: "forward" | "merge"; report: ReportListItem } | null;

/** The intake desk's inbox: reports whose cases are being received or forwarded, newest first. */
export default function InboxList() {
  const { t } = useTranslation();
  usePageTitle(t("inbox.title"));
  const session = useSession().data;
  const sop = useSop();
  const reports = useInboxReports();
  const due = useForwardDueTimes().data;
  const [action, setAction] = useState<Action>(null);
  if (!session) return null;
  const can = inboxAbilities(session, sop.data);
  const items = reports.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t("inbox.title")}</Title>
          <Text c="dimmed">{t("inbox.intro")}</Text>
        </div>
        {can.record && (
          <Button component={Link} to="new">
            {t("inbox.record")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={reports.error} />
      {reports.isPending ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("inbox.empty")}
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="inbox-table">
            <Table.Caption>{t("inbox.caption", { count: items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("inbox.columns.received")}</Table.Th>
                <Table.Th scope="col">{t("inbox.columns.report")}</Table.Th>
                <Table.Th scope="col">{t("inbox.columns.channel")}</Table.Th>
                <Table.Th scope="col">{t("inbox.columns.reporter")}</Table.Th>
                <Table.Th scope="col">{t("inbox.columns.due")}</Table.Th>
                <Table.Th scope="col">{t("inbox.columns.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((report) => {
                const channel = channelLabel(report.channel);
                const atForward = report.status === "forwarded" && report.incidentId !== null;
                return (
                  <Table.Tr key={report.id}>
                    <Table.Td>
                      <DateTime value={report.receivedAt} />
                    </Table.Td>
                    <Table.Td maw={360}>
                      <Anchor component={Link} to={String(report.id)} fw={600} className="break-anywhere">
                        {report.title}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {report.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>{channel ? t(channel) : report.channel}</Table.Td>
                    <Table.Td className="break-anywhere">{report.reporterName ?? t("inbox.hiddenReporter")}</Table.Td>
                    <Table.Td>
                      <StepDueBadge due={report.incidentId !== null ? due?.get(report.incidentId) : undefined} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {can.forward && atForward && (
                          <Button
                            size="xs"
                            onClick={() => setAction({ kind: "forward", report })}
                            aria-label={t("inbox.forwardReport", { code: report.code })}
                          >
                            {t("inbox.forward")}
                          </Button>
                        )}
                        {can.merge && atForward && (
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => setAction({ kind: "merge", report })}
                            aria-label={t("inbox.mergeReport", { code: report.code })}
                          >
                            {t("inbox.merge")}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {reports.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={reports.isFetchingNextPage} onClick={() => void reports.fetchNextPage()}>
            {t("inbox.loadMore")}
          </Button>
        </Group>
      )}
      {action?.kind === "forward" && <ForwardDialog report={action.report} onClose={() => setAction(null)} />}
      {action?.kind === "merge" && <MergeDialog report={action.report} onClose={() => setAction(null)} />}
    </Stack>
  );
}
