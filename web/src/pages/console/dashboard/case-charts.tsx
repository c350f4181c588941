import { BarChart, DonutChart, LineChart } from "@mantine/charts";
import { Group, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Figures } from "../../../api/figures.ts";
import { currentLanguage } from "../../../i18n/index.ts";
import { ChartCard, CountTable, summarise } from "./chart-card.tsx";
import { agencyRows, categoryRows, monthRows, severityRows, type CountRow } from "./figures-tables.ts";

/** Room for a horizontal bar chart of `n` labelled bars. */
const barsHeight = (n: number) => Math.max(160, n * 34 + 40);
const whole = (v: number) => String(Math.round(v));

/** Horizontal bars, one per row (types and agencies have long names). */
function Bars({ rows, label, color }: { rows: CountRow[]; label: string; color: string }) {
  return (
    <BarChart
      h={barsHeight(rows.length)}
      data={rows}
      dataKey="label"
      orientation="vertical"
      series={[{ name: "count", label, color }]}
      yAxisProps={{ width: 170 }}
      xAxisProps={{ allowDecimals: false }}
      gridAxis="x"
      withBarValueLabel
      valueFormatter={whole}
    />
  );
}

/** Cases opened per month of the period. */
export function MonthChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = monthRows(figures, currentLanguage());
  const label = t("dashboard.cases");
  return (
    <ChartCard
      title={t("dashboard.byMonth")}
      summary={summarise(rows)}
      empty={rows.length === 0}
      testId="chart-by-month"
      chart={
        <LineChart
          h={260}
          data={rows}
          dataKey="label"
          series={[{ name: "count", label, color: "blue.7" }]}
          curveType="linear"
          valueFormatter={whole}
          yAxisProps={{ allowDecimals: false }}
        />
      }
      table={<CountTable rows={rows} labelHeader={t("dashboard.month")} caption={t("dashboard.byMonth")} />}
    />
  );
}

/** Cases per incident type. */
export function CategoryChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = categoryRows(figures, currentLanguage());
  return (
    <ChartCard
      title={t("dashboard.byType")}
      summary={summarise(rows)}
      empty={rows.length === 0}
      testId="chart-by-type"
      chart={<Bars rows={rows} label={t("dashboard.cases")} color="grape.7" />}
      table={<CountTable rows={rows} labelHeader={t("dashboard.type")} caption={t("dashboard.byType")} />}
    />
  );
}

/** Cases per owning agency. */
export function AgencyChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = agencyRows(figures, t("dashboard.noAgency"));
  return (
    <ChartCard
      title={t("dashboard.byAgency")}
      summary={summarise(rows)}
      empty={rows.length === 0}
      testId="chart-by-agency"
      chart={<Bars rows={rows} label={t("dashboard.cases")} color="teal.7" />}
      table={<CountTable rows={rows} labelHeader={t("dashboard.agency")} caption={t("dashboard.byAgency")} />}
    />
  );
}

/** Cases per severity, as a ring with a legend of exact numbers. */
export function SeverityChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = severityRows(figures, currentLanguage());
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <ChartCard
      title={t("dashboard.bySeverity")}
      summary={summarise(rows)}
      empty={total === 0}
      testId="chart-by-severity"
      chart={
        <Group justify="center" gap="xl">
          <DonutChart
            data={rows.filter((r) => r.count > 0).map((r) => ({ name: r.label, value: r.count, color: r.color }))}
            withLabelsLine
            withLabels
            chartLabel={String(total)}
            size={180}
            thickness={28}
          />
          <Table w="auto" verticalSpacing={2} aria-hidden>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <span
                      style={{
                        display: "inline-block",
                        width: 12,
                        height: 12,
                        borderRadius: 2,
                        background: `var(--mantine-color-${r.color.replace(".", "-")})`,
                      }}
                    />
                  </Table.Td>
                  <Table.Td>{r.label}</Table.Td>
                  <Table.Td ta="right">{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Group>
      }
      table={<CountTable rows={rows} labelHeader={t("dashboard.severity")} caption={t("dashboard.bySeverity")} />}
    />
  );
}
