import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { CHANNEL_LABELS, labelKey } from "./labels.ts";
import { SectionCard } from "./section-card.tsx";

/** The reports merged into the incident, with their reporters (staff only; confidential ones marked). */
export function ReportsCard({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  if (detail.audience !== "internal" || !detail.reports) return null;
  return (
    <SectionCard title={t("incident.reports.title")} testId="merged-reports">
      {detail.reports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("incident.reports.none")}
        </Text>
      ) : null}
      {detail.reports.map((r) => {
        const channel = labelKey(CHANNEL_LABELS, r.channel);
        const contact = [r.reporterEmail, r.reporterPhone].filter(Boolean).join(" · ");
        return (
          <Stack key={r.id} gap={2} data-testid="merged-report">
            <Group gap={6}>
              <Text size="xs" ff="monospace">
                {r.code}
              </Text>
              <Badge size="xs" variant="light">
                {channel ? t(channel) : r.channel}
              </Badge>
              {r.duplicate ? (
                <Badge size="xs" color="gray.7">
                  {t("incident.reports.duplicate")}
                </Badge>
              ) : null}
              {r.reporterConfidential ? (
                <Badge size="xs" color="grape.8">
                  {t("incident.reports.confidential")}
                </Badge>
              ) : null}
            </Group>
            <Text size="sm" fw={600} className="break-anywhere">
              {r.title}
            </Text>
            <Text size="xs" className="break-anywhere">
              {r.reporterName}
              {r.reporterOrg ? ` (${r.reporterOrg})` : ""}
              {contact ? ` · ${contact}` : ""}
            </Text>
            <Text size="xs" c="dimmed">
              <DateTime value={r.receivedAt} />
            </Text>
          </Stack>
        );
      })}
    </SectionCard>
  );
}
