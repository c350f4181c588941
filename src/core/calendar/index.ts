export {
  DEFAULT_CALENDAR,
  calendarConfigSchema,
  makeCalendarConfig,
  parseClockTime,
  type CalendarConfig,
} from "./config.ts";
export { dueAt } from "./due-at.ts";
export { INDONESIAN_HOLIDAYS, holidayDates, type Holiday, type HolidayKind } from "./holidays-id.ts";
export { addDays, isLocalDate, isoWeekday, type IsoWeekday, type LocalDate } from "./local-date.ts";
export { DEFAULT_WARN_SHARE, slaState, type SlaState } from "./sla.ts";
export { TIME_UNITS, type TimeStandard, type TimeUnit } from "./time-standard.ts";
export { isWorkingDay, nthWorkingDayAfter } from "./working-days.ts";
export { timeLeft, workingTimeBetween } from "./working-time.ts";
export { isValidTimeZone, localDateOf, localMinutesOf, offsetAt, zonedToInstant } from "./zoned-time.ts";
