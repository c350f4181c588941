import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { labelKey, RECOMMENDATION_OWNER_LABELS, REPLY_STATUS_LABELS } from "./labels.ts";
import { SectionCard } from "./section-card.tsx";

/** The numbered recommendations (CSIRT's and upstream's) with the developer's reply to each. */
export function RecommendationsCard({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  if (detail.recommendations.length === 0) return null;
  const label = (table: Parameters<typeof labelKey>[0], value: string) => {
    const key = labelKey(table, value);
    return key ? t(key) : value;
  };
  return (
    <SectionCard title={t("incident.analyse.recommendations")} testId="recommendations">
      <Stack component="ol" gap="sm" m={0} pl="md">
        {detail.recommendations.map((r) => (
          <li key={r.number} value={r.number}>
            <Stack gap={2}>
              <Text size="sm" className="break-anywhere">
                {r.body}
              </Text>
              <Group gap={6}>
                <Badge size="sm" variant="light">
                  {label(RECOMMENDATION_OWNER_LABELS, r.owner)}
                </Badge>
                {r.deadline ? (
                  <Text size="xs">
                    {t("incident.recommendation.by")} <DateTime value={r.deadline} dateOnly />
                  </Text>
                ) : null}
                {r.source === "upstream" ? (
                  <Badge size="sm" variant="outline">
                    {t("incident.recommendation.fromUpstream")}
                  </Badge>
                ) : null}
                <Badge size="sm" color={r.status === "done" ? "green.8" : r.status === "cannot" ? "red.9" : "gray.7"}>
                  {label(REPLY_STATUS_LABELS, r.status)}
                </Badge>
              </Group>
              {r.replySteps ? (
                <Text size="xs" className="break-anywhere">
                  {t("incident.recommendation.reply")}: {r.replySteps}
                  {r.replyEvidence ? ` (${t("incident.developer.evidenceShort")}: ${r.replyEvidence})` : ""}
                  {r.replyReason ? ` — ${r.replyReason}` : ""}
                </Text>
              ) : null}
            </Stack>
          </li>
        ))}
      </Stack>
    </SectionCard>
  );
}
