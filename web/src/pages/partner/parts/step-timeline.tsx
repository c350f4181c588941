import { Badge, Stack, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PartnerStepRun } from "../../../api/partner.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";

/** The SOP steps the incident has been through: names and times (partners see when, not who). */
export function StepTimeline({ runs }: { runs: readonly PartnerStepRun[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const shown = runs.filter((r) => r.status !== "reopened");
  const active = shown.findIndex((r) => r.status === "active");
  return (
    <Stack gap="xs" component="section" aria-labelledby="timeline-title">
      <Title order={2} size="h3" id="timeline-title">
        {t("partner.timeline.title")}
      </Title>
      <Timeline active={active === -1 ? shown.length - 1 : active} bulletSize={18} lineWidth={2}>
        {shown.map((r) => (
          <Timeline.Item
            key={r.id}
            title={
              <Text size="sm" fw={700}>
                {`${r.stepNumber}. ${localized(r.name, language) || r.stepCode}`}
              </Text>
            }
            data-testid={`timeline-${r.stepCode}`}
          >
            <Text size="sm" c="dimmed">
              {r.completedAt ? (
                <>
                  {t("partner.timeline.completed")}: <DateTime value={r.completedAt} />
                </>
              ) : (
                <>
                  {t("partner.timeline.inProgress")} · {t("partner.step.due")}: <DateTime value={r.dueAt} />
                </>
              )}
              {r.late ? (
                <Badge color="red" size="xs" ml={6}>
                  {t("partner.late")}
                </Badge>
              ) : null}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
