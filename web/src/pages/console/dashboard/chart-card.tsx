import { Card, Group, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CountRow } from "./figures-tables.ts";

/**
 * A chart with the same figures as a table one click away: the chart for a glance, the table for
 * reading exact numbers, for screen readers and for copying into a report.
 */
export function ChartCard({
  title,
  description,
  summary,
  chart,
  table,
  empty,
  emptyText,
  testId,
}: {
  title: string;
  description?: string;
  /** What the chart shows, in one sentence, for those who cannot see it. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** Nothing to draw: the table alone says so. */
  empty?: boolean;
  /** What to say when there is nothing to draw (default: no data for the period). */
  emptyText?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<"chart" | "table">("chart");
  const headingId = useId();
  const showTable = view === "table" || empty;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} h="100%" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {!empty && (
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v as "chart" | "table")}
              aria-label={t("dashboard.viewOf", { title })}
              data={[
                { value: "chart", label: t("dashboard.chart") },
                { value: "table", label: t("dashboard.table") },
              ]}
            />
          )}
        </Group>
        {empty ? (
          <Text c="dimmed">{emptyText ?? t("dashboard.noData")}</Text>
        ) : showTable ? (
          table
        ) : (
          <div role="img" aria-label={summary}>
            {chart}
          </div>
        )}
      </Stack>
    </Card>
  );
}

/** A column of a FiguresTable after the label column: its header and each row's value. */
export interface FiguresColumn<R> {
  header: string;
  value: (row: R) => ReactNode;
}

/** A table of labelled rows (each a row header) and right-aligned figures. */
export function FiguresTable<R extends { key: string; label: string }>({
  rows,
  labelHeader,
  caption,
  columns,
  minWidth,
}: {
  rows: readonly R[];
  labelHeader: string;
  caption: string;
  columns: readonly FiguresColumn<R>[];
  minWidth: number;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{labelHeader}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.header} scope="col" ta="right">
                {c.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={400}>
                {row.label}
              </Table.Th>
              {columns.map((c) => (
                <Table.Td key={c.header} ta="right">
                  {c.value(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A two-column table of labels and counts. */
export function CountTable({ rows, labelHeader, caption }: { rows: CountRow[]; labelHeader: string; caption: string }) {
  const { t } = useTranslation();
  return (
    <FiguresTable
      rows={rows}
      labelHeader={labelHeader}
      caption={caption}
      minWidth={280}
      columns={[{ header: t("dashboard.count"), value: (row) => row.count }]}
    />
  );
}

/** "Label: n, label: n, …" for a chart's text alternative. */
export const summarise = (rows: CountRow[]): string => rows.map((r) => `${r.label}: ${r.count}`).join(", ");
