import { Badge, Group, Text } from "@mantine/core";
import type { ParseKeys } from "i18next";
import { useTranslation } from "react-i18next";
import type { CalendarConfig } from "../../../../../src/core/calendar/config.ts";
import { DateTime } from "../../../components/date-time.tsx";
import { tk } from "../../../i18n/index.ts";
import { durationParts, type SlaBadge } from "./sla.ts";

const STATE: Record<SlaBadge["state"], { color: string; label: ParseKeys }> = {
  on_time: { color: "green.8", label: tk("board.sla.onTime") },
  due_soon: { color: "yellow.4", label: tk("board.sla.dueSoon") },
  late: { color: "red.9", label: tk("board.sla.late") },
};

/** `1 hari 2 jam`, `3 jam 5 mnt`, `12 mnt`: the largest two units that are not zero. */
export function useDurationText(): (ms: number, calendar: CalendarConfig | null, workingTime: boolean) => string {
  const { t } = useTranslation();
  return (ms, calendar, workingTime) => {
    const { days, hours, minutes } = durationParts(ms, calendar, workingTime);
    if (days > 0) return t("board.duration.daysHours", { days, hours });
    if (hours > 0) return t("board.duration.hoursMinutes", { hours, minutes });
    return t("board.duration.minutes", { minutes });
  };
}

/** The time-standard badge: on time / due soon / late, with the time left (or overdue) and the due time. */
export function SlaBadgeView({
  badge,
  dueAt,
  calendar,
  compact = false,
}: {
  badge: SlaBadge;
  dueAt: string;
  calendar: CalendarConfig | null;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const duration = useDurationText();
  const time = duration(badge.leftMs, calendar, badge.workingTime);
  const left =
    badge.state === "late"
      ? t("board.sla.overdue", { time })
      : badge.workingTime
        ? t("board.sla.leftWorking", { time })
        : t("board.sla.left", { time });
  return (
    <Group gap={6} wrap="wrap" data-testid="sla-badge" data-state={badge.state}>
      <Badge color={STATE[badge.state].color} variant="filled" size="sm">
        {t(STATE[badge.state].label)}
      </Badge>
      <Text size="xs">{left}</Text>
      {compact ? null : (
        <Text size="xs" c="dimmed">
          {t("board.sla.due")} <DateTime value={dueAt} />
        </Text>
      )}
    </Group>
  );
}
