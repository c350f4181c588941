import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IncidentDetail } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { CHANNEL_LABELS, ESCALATION_TARGET_LABELS, labelKey } from "./labels.ts";
import { SectionCard } from "./section-card.tsx";

/** Escalations with their hand-off and any answer. */
export function EscalationsCard({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  if (detail.escalations.length === 0) return null;
  const label = (table: Parameters<typeof labelKey>[0], value: string | null) => {
    const key = labelKey(table, value);
    return key ? t(key) : (value ?? "");
  };
  return (
    <SectionCard title={t("incident.escalations.title")} testId="escalations">
      <Stack gap="sm">
        {detail.escalations.map((e) => (
          <Stack key={e.id} gap={2} data-testid="escalation">
            <Text size="sm" fw={600}>
              {label(ESCALATION_TARGET_LABELS, e.target)}
              {e.targetOrganisation ? ` — ${e.targetOrganisation.name}` : ""}
            </Text>
            <Text size="sm" className="break-anywhere">
              {e.reason}
            </Text>
            <Text size="xs" c="dimmed">
              <DateTime value={e.handedOffAt} /> · {label(CHANNEL_LABELS, e.channel)}
              {e.reference ? ` · ${e.reference}` : ""}
              {e.createdBy ? ` · ${e.createdBy}` : ""}
            </Text>
            {e.response ? (
              <Text size="xs" className="break-anywhere">
                {t("incident.escalations.response")}: {e.response} (<DateTime value={e.respondedAt} />)
              </Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
}
