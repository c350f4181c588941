import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { makeCalendarConfig, type CalendarConfig } from "../../../src/core/calendar/config.ts";
import type { TeamSettings } from "../../../src/core/settings.ts";
import { api } from "./client.ts";
import { HOLIDAY_KEYS, type Holiday } from "./holidays.ts";
import { useSettings } from "./settings.ts";

export { useSop } from "./settings.ts";

/*
 * The team's business calendar as the server counts it: the calendar settings with every holiday,
 * so that time left on a working-day standard is computed in the browser with the same functions
 * (src/core/calendar) and the same data as the server's.
 */

/** The calendar from the team's settings and holidays, as the server's calendar functions take it. */
export function calendarOf(
  settings: Pick<TeamSettings, "calendar">,
  holidays: readonly Pick<Holiday, "date">[],
): CalendarConfig {
  return makeCalendarConfig({ ...settings.calendar, holidays: holidays.map((h) => h.date) });
}

/** Every holiday of the team (all years: a step may run across a new year). */
function useAllHolidays() {
  return useQuery({
    queryKey: [...HOLIDAY_KEYS.all, "all"],
    queryFn: ({ signal }) => api.get<{ items: Holiday[] }>("/api/v1/holidays", signal),
    staleTime: 10 * 60_000,
  });
}

/** The team's business calendar; null until both answers are in (or when one failed or is unreadable). */
export function useTeamCalendar(): CalendarConfig | null {
  const settings = useSettings().data;
  const holidays = useAllHolidays().data;
  return useMemo(() => {
    if (!settings || !holidays) return null;
    try {
      return calendarOf(settings, holidays.items);
    } catch {
      // A calendar the server would refuse: show due times only, never a wrong time left.
      return null;
    }
  }, [settings, holidays]);
}
