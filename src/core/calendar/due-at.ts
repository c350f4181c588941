import { parseClockTime, type CalendarConfig } from "./config.ts";
import type { TimeStandard } from "./time-standard.ts";
import { nthWorkingDayAfter } from "./working-days.ts";
import { localDateOf, zonedToInstant } from "./zoned-time.ts";

/**
 * When a step started at `start` falls due under `standard`.
 * - Minutes run on the wall clock: `start + amount` minutes, day or night, holiday or not.
 * - N working days: close of business on the Nth working day after the local date the step
 *   started. The start day never counts, even when the step starts early on a working day, and a
 *   step started on a weekend, a holiday or after hours counts from that same local date (Friday
 *   + 1 day → Monday 16:00; Saturday + 1 day → Monday 16:00).
 * Inputs and output are UTC instants; the zone only decides which local date and time they are.
 */
export function dueAt(start: Date, standard: TimeStandard, cal: CalendarConfig): Date {
  const { amount, unit } = standard;
  if (!Number.isInteger(amount) || amount < 1)
    throw new RangeError(`Time standard must be a positive integer: ${amount}`);
  if (unit === "minutes") return new Date(start.getTime() + amount * 60_000);
  const day = nthWorkingDayAfter(localDateOf(start, cal.timeZone), amount, cal);
  return zonedToInstant(day, parseClockTime(cal.closeOfBusiness), cal.timeZone);
}
