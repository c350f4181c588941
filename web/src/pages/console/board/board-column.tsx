import { Button, Stack, Text, Title } from "@mantine/core";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CalendarConfig } from "../../../../../src/core/calendar/config.ts";
import type { SopStep } from "../../../../../src/core/sop/schema.ts";
import { useIncidentColumn, type IncidentFilters } from "../../../api/incidents.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import classes from "./board.module.css";
import { IncidentCard, type CardContext } from "./incident-card.tsx";

/**
 * A column of the board: the incidents at one SOP step (or the closed ones), a page at a time
 * with the API's keyset cursor, so 1,000 open incidents cost one small page per column.
 */
export function BoardColumn({
  step,
  filters,
  now,
  calendar,
}: {
  /** The SOP step, or null for the column of closed incidents. */
  step: SopStep | null;
  filters: IncidentFilters;
  now: Date;
  calendar: CalendarConfig | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const column = useIncidentColumn(filters, step?.code ?? null);
  const items = column.data?.pages.flatMap((p) => p.items) ?? [];
  const context = useMemo<CardContext>(
    () => ({ now, calendar, unit: step?.timeStandard.unit ?? null, ownerRoles: step?.ownerRoles ?? [] }),
    [now, calendar, step],
  );
  const name = step ? `${step.number}. ${localized(step.name, currentLanguage())}` : t("board.closedColumn");
  const count = column.hasNextPage ? t("board.countMore", { count: items.length }) : String(items.length);
  return (
    <section
      className={classes.column}
      aria-labelledby={headingId}
      data-testid="board-column"
      data-step={step?.code ?? "closed"}
    >
      <Stack gap="xs">
        <Title order={2} size="h5" id={headingId}>
          {name}{" "}
          <Text span size="sm" c="dimmed" fw={400} data-testid="column-count">
            ({column.isPending ? "…" : count})
          </Text>
        </Title>
        {step ? (
          <Text size="xs" c="dimmed">
            {step.timeStandard.unit === "minutes"
              ? t("board.standardMinutes", { amount: step.timeStandard.amount })
              : t("board.standardDays", { amount: step.timeStandard.amount })}
          </Text>
        ) : null}
        {column.isPending ? <PageLoader /> : null}
        <ErrorAlert error={column.error} />
        {column.isSuccess && items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("board.emptyColumn")}
          </Text>
        ) : null}
        {items.map((item) => (
          <IncidentCard key={item.id} item={item} context={context} />
        ))}
        {column.hasNextPage ? (
          <Button
            variant="light"
            size="xs"
            loading={column.isFetchingNextPage}
            onClick={() => void column.fetchNextPage()}
            aria-label={t("board.loadMoreIn", { column: name })}
          >
            {t("board.loadMore")}
          </Button>
        ) : null}
      </Stack>
    </section>
  );
}
