import { Alert, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { StepCompleted } from "../../../api/partner.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";

/** The partner's active step: its name, when it is due, and its form. */
export function ActiveStepPanel({
  name,
  dueAt,
  late,
  children,
}: {
  name: { id: string; en: string } | null;
  dueAt: string | null;
  late: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="step-title"
      data-testid="active-step"
      shadow="xs"
      p={{ base: "sm", sm: "lg" }}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="step-title">
            {t("partner.step.yourStep", { step: localized(name, currentLanguage()) })}
          </Title>
          {dueAt ? (
            <Group gap="xs">
              <Text size="sm">
                {t("partner.step.due")}: <DateTime value={dueAt} />
              </Text>
              {late ? <Badge color="red">{t("partner.late")}</Badge> : null}
            </Group>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/** Shown once the step is recorded: thanks, and what happens next. */
export function StepDoneAlert({ result }: { result: StepCompleted }) {
  const { t } = useTranslation();
  const next = result.next?.step ? localized(result.next.step.name, currentLanguage()) : null;
  return (
    <Alert color="green" variant="light" title={t("partner.step.doneTitle")} role="status" data-testid="step-done">
      <Stack gap={4}>
        <Text size="sm">{t("partner.step.doneBody")}</Text>
        {result.status === "closed" ? (
          <Text size="sm">{t("partner.step.incidentClosed")}</Text>
        ) : next ? (
          <Text size="sm">{t("partner.step.next", { step: next })}</Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
