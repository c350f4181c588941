import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SEVERITY_LABELS, type Severity } from "../../../../../src/core/severity.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { labelOf, OUTCOME_LABELS, SEVERITY_COLOURS, TLP_COLOURS } from "./labels.ts";

/** What the partner needs to know of an incident at a glance (the portal's and the link's views alike). */
export interface SummaryData {
  code: string;
  title: string;
  typeLabel: { id: string; en: string } | null;
  severity: string;
  tlp: string;
  status: "open" | "closed";
  outcome?: string | null;
  agency: { name: string } | null;
  developer: { name: string } | null;
  application: string | null;
  /** The step the incident is at, when open. */
  stepName?: { id: string; en: string } | null;
  dueAt?: string | null;
}

const isSeverity = (s: string): s is Severity => Object.prototype.hasOwnProperty.call(SEVERITY_LABELS, s);

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" className="break-anywhere" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** Severity and TLP badges of an incident. */
export function IncidentBadges({ severity, tlp }: { severity: string; tlp: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={SEVERITY_COLOURS[severity] ?? "gray"} data-testid="incident-severity">
        {t("partner.severity", {
          level: isSeverity(severity) ? localized(SEVERITY_LABELS[severity], language) : severity,
        })}
      </Badge>
      <Badge color={TLP_COLOURS[tlp] ?? "gray"} variant="outline" title={t("partner.tlpHint")}>
        TLP:{tlp}
      </Badge>
    </Group>
  );
}

/** The incident's code, title, type, parties and where it stands. */
export function IncidentSummary({ data }: { data: SummaryData }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const outcome = labelOf(OUTCOME_LABELS, data.outcome);
  return (
    <Card withBorder data-testid="incident-summary">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Text fw={800} className="mono break-anywhere" data-testid="incident-code">
            {data.code}
          </Text>
          <IncidentBadges severity={data.severity} tlp={data.tlp} />
        </Group>
        <Text fw={600} size="lg" className="user-text" data-testid="incident-title">
          {data.title}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Field label={t("partner.fields.type")}>{localized(data.typeLabel, language) || "—"}</Field>
          <Field label={t("partner.fields.application")}>{data.application ?? "—"}</Field>
          <Field label={t("partner.fields.agency")}>{data.agency?.name ?? "—"}</Field>
          <Field label={t("partner.fields.developer")}>{data.developer?.name ?? "—"}</Field>
          <Field label={t("partner.fields.status")}>
            <span data-testid="incident-status">
              {data.status === "closed"
                ? outcome
                  ? t("partner.closedWith", { outcome: t(outcome) })
                  : t("partner.closed")
                : data.stepName
                  ? localized(data.stepName, language)
                  : t("partner.open")}
            </span>
          </Field>
          {data.status === "open" && data.dueAt ? (
            <Field label={t("partner.fields.due")}>
              <DateTime value={data.dueAt} />
            </Field>
          ) : null}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
