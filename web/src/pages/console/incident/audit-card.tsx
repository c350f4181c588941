import { Button, Code, Spoiler, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useIncidentAudit } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { auditLines } from "./audit-changes.ts";
import { SectionCard } from "./section-card.tsx";

/** The incident's audit history (CSIRT roles): every change, who and when, oldest first. */
export function AuditCard({ incidentId, enabled }: { incidentId: number; enabled: boolean }) {
  const { t } = useTranslation();
  const audit = useIncidentAudit(incidentId, enabled);
  if (!enabled) return null;
  const events = audit.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <SectionCard title={t("incident.audit.title")} testId="audit">
      <ErrorAlert error={audit.error} />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={4} fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("incident.audit.at")}</Table.Th>
              <Table.Th>{t("incident.audit.actor")}</Table.Th>
              <Table.Th>{t("incident.audit.action")}</Table.Th>
              <Table.Th>{t("incident.audit.changes")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((e) => (
              <Table.Tr key={e.seq} data-testid="audit-event">
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <DateTime value={e.at} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{e.actor.label}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  {auditLines(e.changes).length === 0 ? null : (
                    <Spoiler
                      maxHeight={54}
                      showLabel={t("incident.audit.more")}
                      hideLabel={t("incident.audit.less")}
                      styles={{ control: { fontSize: "var(--mantine-font-size-xs)" } }}
                    >
                      {auditLines(e.changes).map((line, i) => (
                        <Text key={i} size="xs" className="break-anywhere">
                          {line}
                        </Text>
                      ))}
                    </Spoiler>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {audit.hasNextPage ? (
        <Button size="xs" variant="light" loading={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
          {t("incident.audit.loadMore")}
        </Button>
      ) : null}
    </SectionCard>
  );
}
