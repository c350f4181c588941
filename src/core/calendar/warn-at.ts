import { parseClockTime, type CalendarConfig } from "./config.ts";
import { addDays } from "./local-date.ts";
import type { TimeStandard } from "./time-standard.ts";
import { isWorkingDay } from "./working-days.ts";
import { workingTimeBetween } from "./working-time.ts";
import { localDateOf, zonedToInstant } from "./zoned-time.ts";

/**
 * When a step's owner should be warned: after `share` of the time the standard allows. Minute
 * standards share wall-clock time; working-day standards share working time, so a warning falls in
 * working hours (a 1-day step started Friday 10:00 and due Monday 16:00 warns Monday 13:12, not
 * at night).
 */
export function warnAt(
  start: Date,
  due: Date,
  standard: Pick<TimeStandard, "unit">,
  cal: CalendarConfig,
  share: number,
): Date {
  if (!(share > 0 && share < 1)) throw new RangeError(`share must be in (0, 1): ${share}`);
  if (due.getTime() <= start.getTime()) return new Date(due);
  if (standard.unit === "minutes")
    return new Date(start.getTime() + Math.round((due.getTime() - start.getTime()) * share));
  let remaining = Math.round(workingTimeBetween(start, due, cal) * share);
  if (remaining <= 0) return new Date(due);
  const open = parseClockTime(cal.openingTime);
  const close = parseClockTime(cal.closeOfBusiness);
  for (let day = localDateOf(start, cal.timeZone); ; day = addDays(day, 1)) {
    if (!isWorkingDay(day, cal)) continue;
    const from = Math.max(zonedToInstant(day, open, cal.timeZone).getTime(), start.getTime());
    const to = Math.min(zonedToInstant(day, close, cal.timeZone).getTime(), due.getTime());
    if (to <= from) continue;
    if (to - from >= remaining) return new Date(from + remaining);
    remaining -= to - from;
  }
}
