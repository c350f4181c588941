import { Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useSop, useTeamCalendar } from "../../../api/team.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { BoardColumn } from "./board-column.tsx";
import { BoardFilterBar } from "./board-filter-bar.tsx";
import {
  apiFilters,
  boardColumns,
  filtersFromSearch,
  searchFromFilters,
  type BoardFilterValues,
} from "./board-filters.ts";
import classes from "./board.module.css";
import { SavedViews } from "./saved-views.tsx";
import { useNow } from "./use-now.ts";

/**
 * The board: open incidents in columns by SOP step (the columns are the team's SOP definition),
 * each card with its time-standard badge; filters in the address, saved views in this browser.
 */
export default function BoardPage() {
  const { t } = useTranslation();
  usePageTitle(t("board.title"));
  const [search, setSearch] = useSearchParams();
  const sop = useSop();
  const calendar = useTeamCalendar();
  const now = useNow();
  const values = filtersFromSearch(search);
  const query = searchFromFilters(values).toString();
  const change = (next: BoardFilterValues) => setSearch(searchFromFilters(next), { replace: true });
  if (sop.error) return <ErrorAlert error={sop.error} />;
  if (!sop.data) return <PageLoader />;
  const columns = boardColumns(sop.data.steps, values);
  const filters = apiFilters(values);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t("board.title")}</Title>
        {query !== "" ? (
          <Anchor component={Link} to="/console/board" size="sm">
            {t("board.filters.reset")}
          </Anchor>
        ) : null}
      </Group>
      <BoardFilterBar values={values} steps={sop.data.steps} onChange={change} />
      <SavedViews query={query} onApply={(q) => setSearch(new URLSearchParams(q), { replace: true })} />
      {calendar === null ? (
        <Text size="xs" c="dimmed">
          {t("board.calendarPending")}
        </Text>
      ) : null}
      <div className={classes.columns} data-testid="board">
        {columns === "closed" ? (
          <BoardColumn step={null} filters={filters} now={now} calendar={calendar} />
        ) : (
          columns.map((step) => (
            <BoardColumn key={step.code} step={step} filters={filters} now={now} calendar={calendar} />
          ))
        )}
      </div>
    </Stack>
  );
}
