import { BarChart } from "@mantine/charts";
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Figures } from "../../../api/figures.ts";
import { currentLanguage } from "../../../i18n/index.ts";
import { ChartCard, CountTable, summarise } from "./chart-card.tsx";
import { complianceRows, lateRows, openWorkRows } from "./figures-tables.ts";

const whole = (v: number) => String(Math.round(v));

/** Steps completed within their time standard, and late, per SOP step. */
export function ComplianceChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = complianceRows(figures, currentLanguage());
  const done = rows.reduce((sum, r) => sum + r.completed, 0);
  return (
    <ChartCard
      title={t("dashboard.compliance")}
      description={t("dashboard.complianceHint")}
      summary={rows
        .map((r) => `${r.label}: ${t("dashboard.onTimeOf", { onTime: r.onTime, completed: r.completed })}`)
        .join(", ")}
      empty={done === 0}
      testId="chart-compliance"
      chart={
        <BarChart
          h={280}
          data={rows}
          dataKey="short"
          type="stacked"
          series={[
            { name: "onTime", label: t("dashboard.onTime"), color: "teal.7" },
            { name: "late", label: t("dashboard.completedLate"), color: "red.7" },
          ]}
          withLegend
          valueFormatter={whole}
          xAxisLabel={t("dashboard.step")}
          yAxisProps={{ allowDecimals: false }}
        />
      }
      table={
        <Table.ScrollContainer minWidth={420}>
          <Table striped verticalSpacing={4}>
            <Table.Caption>{t("dashboard.compliance")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("dashboard.step")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.completed")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.onTime")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.onTimeShare")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.lateNow")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right">{r.completed}</Table.Td>
                  <Table.Td ta="right">{r.onTime}</Table.Td>
                  <Table.Td ta="right">{r.onTimePercent === null ? "—" : `${r.onTimePercent}%`}</Table.Td>
                  <Table.Td ta="right">{r.lateNow}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

/** Open work now at each step: on time, due soon, late. */
export function OpenWorkChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = openWorkRows(figures, currentLanguage());
  const open = rows.reduce((sum, r) => sum + r.open, 0);
  return (
    <ChartCard
      title={t("dashboard.openWork")}
      description={t("dashboard.openWorkHint")}
      summary={rows.map((r) => `${r.label}: ${r.open}`).join(", ")}
      empty={open === 0}
      testId="chart-open-work"
      chart={
        <BarChart
          h={280}
          data={rows}
          dataKey="short"
          type="stacked"
          series={[
            { name: "onTime", label: t("dashboard.onTime"), color: "blue.7" },
            { name: "dueSoon", label: t("dashboard.dueSoon"), color: "yellow.6" },
            { name: "late", label: t("dashboard.late"), color: "red.7" },
          ]}
          withLegend
          valueFormatter={whole}
          xAxisLabel={t("dashboard.step")}
          yAxisProps={{ allowDecimals: false }}
        />
      }
      table={
        <Table.ScrollContainer minWidth={400}>
          <Table striped verticalSpacing={4}>
            <Table.Caption>{t("dashboard.openWork")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("dashboard.step")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.open")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.dueSoon")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("dashboard.late")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td ta="right">{r.open}</Table.Td>
                  <Table.Td ta="right">{r.dueSoon}</Table.Td>
                  <Table.Td ta="right">{r.late}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}

/** The steps with work past its due time now. */
export function LateStepsChart({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const rows = lateRows(figures, currentLanguage());
  return (
    <ChartCard
      title={t("dashboard.lateSteps")}
      description={t("dashboard.lateStepsHint")}
      summary={summarise(rows)}
      empty={rows.length === 0}
      emptyText={t("dashboard.noLateSteps")}
      testId="chart-late-steps"
      chart={
        <BarChart
          h={Math.max(140, rows.length * 34 + 40)}
          data={rows}
          dataKey="label"
          orientation="vertical"
          series={[{ name: "count", label: t("dashboard.late"), color: "red.7" }]}
          yAxisProps={{ width: 200 }}
          xAxisProps={{ allowDecimals: false }}
          withBarValueLabel
          valueFormatter={whole}
        />
      }
      table={<CountTable rows={rows} labelHeader={t("dashboard.step")} caption={t("dashboard.lateSteps")} />}
    />
  );
}
