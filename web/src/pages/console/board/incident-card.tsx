import { Card, Group, Stack, Text } from "@mantine/core";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CalendarConfig } from "../../../../../src/core/calendar/config.ts";
import type { TimeUnit } from "../../../../../src/core/calendar/time-standard.ts";
import { isRole, ROLE_LABELS } from "../../../../../src/core/roles.ts";
import type { IncidentListItem } from "../../../api/incidents.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { OutcomeText } from "../incident/outcome-text.tsx";
import classes from "./board.module.css";
import { SeverityBadge } from "./severity-badge.tsx";
import { SlaBadgeView } from "./sla-badge.tsx";
import { slaBadge } from "./sla.ts";

export interface CardContext {
  now: Date;
  calendar: CalendarConfig | null;
  /** The step's time unit and the roles owning it, from the SOP. */
  unit: TimeUnit | null;
  ownerRoles: readonly string[];
}

/** One incident on the board: a link to its page with code, title, severity, agency, owner and time badge. */
export const IncidentCard = memo(function IncidentCard({
  item,
  context,
}: {
  item: IncidentListItem;
  context: CardContext;
}) {
  const { t } = useTranslation();
  const badge = item.status === "open" ? slaBadge(item, context.unit, context.now, context.calendar) : null;
  const partyRole = context.ownerRoles.find((r) => r === "agency" || r === "developer" || r === "upstream");
  const owner =
    item.assignee?.displayName ??
    (partyRole && isRole(partyRole)
      ? localized(ROLE_LABELS[partyRole], currentLanguage())
      : t("board.card.unassigned"));
  return (
    <Card
      component={Link}
      to={`/console/incidents/${item.id}`}
      withBorder
      padding="sm"
      radius="sm"
      className={classes.card}
      data-testid="incident-card"
      data-incident-id={item.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text size="xs" ff="monospace" className="break-anywhere">
            {item.code}
          </Text>
          <SeverityBadge severity={item.severity} />
        </Group>
        <Text size="sm" fw={600} lineClamp={3} className="break-anywhere">
          {item.title}
        </Text>
        <Text size="xs">
          <Text span c="dimmed" size="xs">
            {t("board.card.agency")}:{" "}
          </Text>
          {item.agency?.name ?? t("board.card.noAgency")}
        </Text>
        <Text size="xs">
          <Text span c="dimmed" size="xs">
            {t("board.card.owner")}:{" "}
          </Text>
          {owner}
        </Text>
        {badge && item.dueAt ? (
          <SlaBadgeView badge={badge} dueAt={item.dueAt} calendar={context.calendar} />
        ) : item.status === "closed" ? (
          <OutcomeText outcome={item.outcome} />
        ) : null}
      </Stack>
    </Card>
  );
});
