import { Card, Stack, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Durations, Figures } from "../../../api/figures.ts";
import { currentLanguage } from "../../../i18n/index.ts";
import { formatDuration } from "./figures-tables.ts";

/** How long it takes from report to verdict and from report to closing: median and 90th percentile. */
export function DurationsCard({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const headingId = useId();
  const language = currentLanguage();
  const rows: Array<[string, Durations]> = [
    [t("dashboard.timeToVerify"), figures.timeToVerify],
    [t("dashboard.timeToClose"), figures.timeToClose],
  ];
  return (
    <Card withBorder component="section" aria-labelledby={headingId} h="100%" data-testid="durations">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {t("dashboard.durations")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("dashboard.durationsHint")}
          </Text>
        </div>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("dashboard.measure")}</Table.Th>
              <Table.Th scope="col">{t("dashboard.median")}</Table.Th>
              <Table.Th scope="col">{t("dashboard.p90")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("dashboard.casesMeasured")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([label, d]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>{formatDuration(d.medianSeconds, language) ?? "—"}</Table.Td>
                <Table.Td>{formatDuration(d.p90Seconds, language) ?? "—"}</Table.Td>
                <Table.Td ta="right">{d.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
