import { Card, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnerIncident } from "../../../api/partner.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { CHANNEL_LABELS, labelOf } from "./labels.ts";

/** Escalations addressed to the partner's organisation: why, when and how they were handed over. */
export function EscalationList({ escalations }: { escalations: PartnerIncident["escalations"] }) {
  const { t } = useTranslation();
  if (escalations.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="escalations-title" data-testid="escalations">
      <Title order={2} size="h3" id="escalations-title">
        {t("partner.escalations.title")}
      </Title>
      {escalations.map((e) => {
        const channel = labelOf(CHANNEL_LABELS, e.channel);
        return (
          <Card withBorder key={e.id}>
            <Stack gap={4}>
              <Text size="sm" className="user-text">
                {e.reason}
              </Text>
              <Text size="sm" c="dimmed">
                <DateTime value={e.handedOffAt} />
                {channel ? ` · ${t(channel)}` : ""}
                {e.reference ? ` · ${e.reference}` : ""}
              </Text>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
