import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import type { Figures } from "../../../api/figures.ts";
import { currentLanguage } from "../../../i18n/index.ts";
import { ChartCard, CountTable, FiguresTable, summarise } from "./chart-card.tsx";
import { complianceRows, lateRows, openWorkRows } from "./figures-tables.ts";

const whole = (v: number) => String(Math.round(v));

/** Stacked bars per SOP step, one series per state of the work. */
function StepBars<R extends { short: string }>({
  rows,
  series,
}: {
  rows: R[];
  series: { name: keyof R & string; label: string; color: string }[];
}) {
  const { t } = useTranslation();
  return (
    <BarChart
      h={280}
      data={rows}
      dataKey="short"
      type="stacked"
      series={series}
      withLegend
      valueFormatter={whole}
      xAxisLabel={t("dashboard.step")}
      yAxisProps={{ allowDecimals: false }}
    />
  );
}

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
        <StepBars
          rows={rows}
          series={[
            { name: "onTime", label: t("dashboard.onTime"), color: "teal.7" },
            { name: "late", label: t("dashboard.completedLate"), color: "red.7" },
          ]}
        />
      }
      table={
        <FiguresTable
          rows={rows}
          labelHeader={t("dashboard.step")}
          caption={t("dashboard.compliance")}
          minWidth={420}
          columns={[
            { header: t("dashboard.completed"), value: (r) => r.completed },
            { header: t("dashboard.onTime"), value: (r) => r.onTime },
            {
              header: t("dashboard.onTimeShare"),
              value: (r) => (r.onTimePercent === null ? "—" : `${r.onTimePercent}%`),
            },
            { header: t("dashboard.lateNow"), value: (r) => r.lateNow },
          ]}
        />
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
        <StepBars
          rows={rows}
          series={[
            { name: "onTime", label: t("dashboard.onTime"), color: "blue.7" },
            { name: "dueSoon", label: t("dashboard.dueSoon"), color: "yellow.6" },
            { name: "late", label: t("dashboard.late"), color: "red.7" },
          ]}
        />
      }
      table={
        <FiguresTable
          rows={rows}
          labelHeader={t("dashboard.step")}
          caption={t("dashboard.openWork")}
          minWidth={400}
          columns={[
            { header: t("dashboard.open"), value: (r) => r.open },
            { header: t("dashboard.dueSoon"), value: (r) => r.dueSoon },
            { header: t("dashboard.late"), value: (r) => r.late },
          ]}
        />
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
