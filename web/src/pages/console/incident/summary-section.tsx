import { Alert, Badge, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  dispositionLabel,
  verificationOutcomeOf,
  type VerificationDispositionTag,
} from "../../../../../src/core/taxonomy/disposition.ts";
import type { IncidentDispositionTag } from "../../../../../src/core/taxonomy/generated/incident-disposition.ts";
import { isRsitTag, rsitEntry } from "../../../../../src/core/taxonomy/rsit.ts";
import type { IncidentDetail } from "../../../api/incidents.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { SeverityBadge } from "../board/severity-badge.tsx";
import { labelKey, OUTCOME_LABELS } from "./labels.ts";
import { Field, SectionCard } from "./section-card.tsx";
import { TlpBadge } from "./tlp-badge.tsx";

/** The disposition's label when it is one verification records; the tag itself otherwise. */
function dispositionText(tag: string): string {
  const known = verificationOutcomeOf(tag as IncidentDispositionTag) !== null;
  return known ? localized(dispositionLabel(tag as VerificationDispositionTag), currentLanguage()) : tag;
}

/** The incident's identity and classification: code, title, type and RSIT, severity, TLP/PAP, status, parties. */
export function SummarySection({ detail }: { detail: IncidentDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const i = detail.incident;
  const outcome = labelKey(OUTCOME_LABELS, i.outcome);
  const rsit = i.rsit && isRsitTag(i.rsit) ? `${rsitEntry(i.rsit).expanded} (${i.rsit})` : (i.rsit ?? null);
  const score = i.impact && i.likelihood ? i.impact * i.likelihood : null;
  return (
    <Stack gap="sm">
      <Stack gap={2}>
        <Text ff="monospace" size="sm" data-testid="incident-code">
          {i.code}
        </Text>
        <Title order={1} className="break-anywhere" data-testid="incident-title">
          {i.title}
        </Title>
      </Stack>
      <Group gap="xs">
        <SeverityBadge severity={i.severity} />
        <TlpBadge tlp={i.tlp} />
        {i.pap ? <Badge variant="outline">PAP:{i.pap}</Badge> : null}
        <Badge color={i.status === "open" ? "blue.8" : "gray.7"} data-testid="incident-status">
          {i.status === "open"
            ? t("incident.summary.openAt", { step: localized(i.currentStep?.name, language) })
            : t("incident.closedWith", { outcome: outcome ? t(outcome) : (i.outcome ?? "—") })}
        </Badge>
        {i.personalData ? <Badge color="grape.8">{t("incident.summary.personalData")}</Badge> : null}
        {i.iiv ? <Badge color="red.9">{t("incident.summary.iiv")}</Badge> : null}
      </Group>
      {i.closeReason ? (
        <Alert color="gray" variant="light" title={t("incident.summary.closeReason")}>
          <Text className="break-anywhere">{i.closeReason}</Text>
        </Alert>
      ) : null}
      <SectionCard title={t("incident.summary.title")} testId="incident-summary">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs" m={0}>
          <Field label={t("incident.summary.type")}>
            {i.typeLabel ? localized(i.typeLabel, language) : i.typeCode}
            {rsit ? (
              <Text size="xs" c="dimmed">
                RSIT: {rsit}
              </Text>
            ) : null}
          </Field>
          <Field label={t("incident.summary.severity")}>
            <Group gap={6}>
              <SeverityBadge severity={i.severity} />
              {score !== null ? (
                <Text size="sm">
                  {t("incident.summary.score", { impact: i.impact, likelihood: i.likelihood, score })}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("incident.summary.notAssessed")}
                </Text>
              )}
            </Group>
            {i.severityOverride ? (
              <Text size="xs">
                {t("incident.summary.override")}: {i.severityReason ?? "—"}
              </Text>
            ) : null}
          </Field>
          <Field label={t("incident.summary.disposition")}>
            {i.disposition ? dispositionText(i.disposition) : "—"}
          </Field>
          <Field label={t("incident.summary.agency")}>{i.agency?.name ?? "—"}</Field>
          <Field label={t("incident.summary.developer")}>{i.developer?.name ?? "—"}</Field>
          <Field label={t("incident.summary.upstream")}>{i.upstream?.name ?? "—"}</Field>
          <Field label={t("incident.summary.application")}>{i.application?.name ?? "—"}</Field>
          <Field label={t("incident.summary.assignee")}>{i.assignee?.displayName ?? t("board.card.unassigned")}</Field>
          <Field label={t("incident.summary.opened")}>
            <DateTime value={i.openedAt} />
            {i.closedAt ? (
              <Text size="xs">
                {t("incident.summary.closed")} <DateTime value={i.closedAt} />
              </Text>
            ) : null}
          </Field>
        </SimpleGrid>
      </SectionCard>
    </Stack>
  );
}
