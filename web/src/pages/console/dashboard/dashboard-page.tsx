import "@mantine/charts/styles.css";
import { Button, Card, Grid, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFigures, type Period } from "../../../api/figures.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { AgencyChart, CategoryChart, MonthChart, SeverityChart } from "./case-charts.tsx";
import { DurationsCard } from "./durations-card.tsx";
import { ComplianceChart, LateStepsChart, OpenWorkChart } from "./step-charts.tsx";

/**
 * `/console/dashboard`: the team's figures for a period — cases by month, type, agency and
 * severity, time-standard compliance per SOP step, open and late work now, and how long
 * verification and closing take. Every chart can be read as a table.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t("dashboard.title"));
  const [period, setPeriod] = useState<Period>({ from: "", to: "" });
  const [draft, setDraft] = useState<Period>(period);
  const figures = useFigures(period);
  const f = figures.data;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ ...draft });
  };

  return (
    <Stack>
      <div>
        <Title order={1}>{t("dashboard.title")}</Title>
        <Text c="dimmed">{t("dashboard.intro")}</Text>
      </div>
      <form onSubmit={apply} aria-label={t("dashboard.period")}>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t("dashboard.from")}
            value={draft.from}
            max={draft.to || undefined}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setDraft((d) => ({ ...d, from: next }));
            }}
          />
          <TextInput
            type="date"
            label={t("dashboard.to")}
            value={draft.to}
            min={draft.from || undefined}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setDraft((d) => ({ ...d, to: next }));
            }}
          />
          <Button type="submit" loading={figures.isFetching}>
            {t("dashboard.show")}
          </Button>
          <Button
            variant="subtle"
            onClick={() => {
              setDraft({ from: "", to: "" });
              setPeriod({ from: "", to: "" });
            }}
          >
            {t("dashboard.lastYear")}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={figures.error} />
      {!f ? (
        !figures.error && <PageLoader />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t("dashboard.periodShown")} <DateTime value={f.period.from} dateOnly /> –{" "}
            <DateTime value={new Date(new Date(f.period.to).getTime() - 1).toISOString()} dateOnly />
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            {(
              [
                ["cases", f.totals.cases],
                ["open", f.totals.open],
                ["closed", f.totals.closed],
                ["resolved", f.totals.resolved],
                ["invalid", f.totals.invalid],
                ["transferred", f.totals.transferred],
              ] as const
            ).map(([key, value]) => (
              <Card key={key} withBorder padding="sm">
                <Text size="sm" c="dimmed">
                  {t(`dashboard.totals.${key}`)}
                </Text>
                <Text fw={700} size="xl" data-testid={`total-${key}`}>
                  {value}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Grid>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <MonthChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <SeverityChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <CategoryChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <AgencyChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <ComplianceChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <OpenWorkChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <LateStepsChart figures={f} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <DurationsCard figures={f} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
