/**
 * A calendar date in the team's time zone, written `YYYY-MM-DD`. Such strings sort in date order,
 * and day arithmetic on them never touches time zones.
 */
export type LocalDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Whether `value` is a real date written `YYYY-MM-DD` (so `2027-02-29` is not). */
export function isLocalDate(value: string): value is LocalDate {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.toISOString().slice(0, 10) === value;
}

/** Milliseconds of midnight UTC on that date; a neutral anchor for date arithmetic. */
export function localDateToUtcMidnight(date: LocalDate): number {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(localDateToUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weekday of a date. */
export function isoWeekday(date: LocalDate): IsoWeekday {
  const d = new Date(localDateToUtcMidnight(date)).getUTCDay();
  return (d === 0 ? 7 : d) as IsoWeekday;
}
