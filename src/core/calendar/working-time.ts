import { parseClockTime, type CalendarConfig } from "./config.ts";
import { addDays } from "./local-date.ts";
import type { TimeStandard } from "./time-standard.ts";
import { isWorkingDay } from "./working-days.ts";
import { localDateOf, zonedToInstant } from "./zoned-time.ts";

/**
 * Working time between two instants, in ms: the parts of [a, b] that fall within working hours
 * (opening time to close of business, local) on working days. Negative when b is before a.
 */
export function workingTimeBetween(a: Date, b: Date, cal: CalendarConfig): number {
  if (b.getTime() < a.getTime()) return -workingTimeBetween(b, a, cal);
  const open = parseClockTime(cal.openingTime);
  const close = parseClockTime(cal.closeOfBusiness);
  const last = localDateOf(b, cal.timeZone);
  let total = 0;
  for (let day = localDateOf(a, cal.timeZone); day <= last; day = addDays(day, 1)) {
    if (!isWorkingDay(day, cal)) continue;
    const from = Math.max(zonedToInstant(day, open, cal.timeZone).getTime(), a.getTime());
    const to = Math.min(zonedToInstant(day, close, cal.timeZone).getTime(), b.getTime());
    if (to > from) total += to - from;
  }
  return total;
}

/**
 * Time left until `due`, in ms, the way the standard counts it: wall-clock time for minute
 * standards, working time (see `workingTimeBetween`) for working-day standards. Negative once
 * overdue; for day standards that overdue figure only grows during working hours, so decide
 * lateness with `slaState`, not with the sign of this value.
 */
export function timeLeft(now: Date, due: Date, standard: Pick<TimeStandard, "unit">, cal: CalendarConfig): number {
  const left = standard.unit === "minutes" ? due.getTime() - now.getTime() : workingTimeBetween(now, due, cal);
  return left === 0 ? 0 : left;
}
