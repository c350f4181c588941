import type { CalendarConfig } from "./config.ts";
import { addDays, isoWeekday, type LocalDate } from "./local-date.ts";

const setCache = new WeakMap<readonly LocalDate[], ReadonlySet<LocalDate>>();

function holidaySet(cal: CalendarConfig): ReadonlySet<LocalDate> {
  const h = cal.holidays;
  if (!Array.isArray(h)) return h as ReadonlySet<LocalDate>;
  let set = setCache.get(h);
  if (!set) {
    set = new Set(h);
    setCache.set(h, set);
  }
  return set;
}

/** Whether a local date is a working day: a working weekday that is not a holiday. */
export function isWorkingDay(date: LocalDate, cal: CalendarConfig): boolean {
  return cal.workingDays.includes(isoWeekday(date)) && !holidaySet(cal).has(date);
}

/** Longest run of days off we accept before calling the calendar broken (all days off). */
const MAX_DAYS_OFF = 400;

/**
 * The `n`th working day after `date` (n ≥ 1); `date` itself never counts, whether or not it is a
 * working day. Throws if the calendar has no working day within a year.
 */
export function nthWorkingDayAfter(date: LocalDate, n: number, cal: CalendarConfig): LocalDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  let day = date;
  for (let found = 0, off = 0; found < n;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) {
      found++;
      off = 0;
    } else if (++off > MAX_DAYS_OFF) {
      throw new RangeError("The calendar has no working day within a year");
    }
  }
  return day;
}
