import { z } from "zod";
import { holidayDates } from "./holidays-id.ts";
import { isLocalDate, type IsoWeekday, type LocalDate } from "./local-date.ts";
import { isValidTimeZone } from "./zoned-time.ts";

/** A team's business calendar: where it is, which days it works, its hours and its holidays. */
export interface CalendarConfig {
  /** IANA zone, e.g. `Asia/Makassar` (WITA) for Denpasar. */
  readonly timeZone: string;
  /** ISO weekdays that are working days (1 = Monday). */
  readonly workingDays: readonly IsoWeekday[];
  /** Start of working hours, local `HH:MM`; used for remaining working time. */
  readonly openingTime: string;
  /** End of working hours, local `HH:MM`; working-day standards fall due at this time. */
  readonly closeOfBusiness: string;
  /** Local dates that are not working days (holidays, cuti bersama). */
  readonly holidays: ReadonlySet<LocalDate> | readonly LocalDate[];
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a `HH:MM` time. */
export function parseClockTime(value: string): number {
  const m = HH_MM.exec(value);
  if (!m) throw new RangeError(`Not a HH:MM time: ${value}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * Denpasar's calendar: WITA, Monday to Friday, 08:00–16:00, with the shipped Indonesian
 * holidays and cuti bersama (2026 official, 2027 provisional).
 */
export const DEFAULT_CALENDAR: CalendarConfig = Object.freeze({
  timeZone: "Asia/Makassar",
  workingDays: Object.freeze([1, 2, 3, 4, 5] as IsoWeekday[]),
  openingTime: "08:00",
  closeOfBusiness: "16:00",
  holidays: Object.freeze(holidayDates()),
});

const clockTime = z.string().regex(HH_MM, { error: "Use HH:MM (00:00–23:59)" });

/**
 * Zod schema of calendar settings as stored or sent by the API: every field optional, defaults
 * from `DEFAULT_CALENDAR`, the zone checked against Intl, opening before close of business.
 */
export const calendarConfigSchema = z
  .object({
    timeZone: z
      .string()
      .refine(isValidTimeZone, { error: "Unknown IANA time zone" })
      .default(DEFAULT_CALENDAR.timeZone),
    workingDays: z
      .array(z.literal([1, 2, 3, 4, 5, 6, 7]))
      .min(1)
      .refine((days) => new Set(days).size === days.length, { error: "Weekdays must not repeat" })
      .default([...DEFAULT_CALENDAR.workingDays]),
    openingTime: clockTime.default(DEFAULT_CALENDAR.openingTime),
    closeOfBusiness: clockTime.default(DEFAULT_CALENDAR.closeOfBusiness),
    holidays: z
      .array(z.string().refine(isLocalDate, { error: "Use a real date as YYYY-MM-DD" }))
      .default([...DEFAULT_CALENDAR.holidays]),
  })
  .refine((c) => !HH_MM.test(c.openingTime) || !HH_MM.test(c.closeOfBusiness) || c.openingTime < c.closeOfBusiness, {
    error: "openingTime must be before closeOfBusiness",
    path: ["closeOfBusiness"],
  });

/** A complete calendar from partial settings; throws a zod error on invalid values. */
export function makeCalendarConfig(settings: unknown = {}): CalendarConfig {
  return calendarConfigSchema.parse(settings);
}
