import { localDateToUtcMidnight, type LocalDate } from "./local-date.ts";

const DAY_MS = 86_400_000;

/*
 * Time-zone arithmetic through Intl only: no fixed offsets, so daylight-saving zones and
 * historical offset changes come from the ICU data Node ships.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows this IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading in `timeZone` at `instant`, as if that reading were UTC (ms). */
function wallMs(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  const hour = p.hour === 24 ? 0 : (p.hour ?? 0);
  return Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, hour, p.minute ?? 0, p.second ?? 0);
}

/** The zone's offset from UTC at `instant`, in ms (e.g. +8 h for Asia/Makassar). */
export function offsetAt(instant: Date, timeZone: string): number {
  const t = Math.floor(instant.getTime() / 1000) * 1000;
  return wallMs(t, timeZone) - t;
}

/** The local date in `timeZone` at `instant`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return new Date(wallMs(instant.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** Minutes since local midnight in `timeZone` at `instant` (fractions for seconds). */
export function localMinutesOf(instant: Date, timeZone: string): number {
  const wall = wallMs(instant.getTime(), timeZone);
  return (wall - localDateToUtcMidnight(new Date(wall).toISOString().slice(0, 10))) / 60_000;
}

/**
 * The instant when the wall clock in `timeZone` shows `minutes` after midnight on `date`.
 * Like Temporal's "compatible" rule: a time repeated when clocks go back gives the earlier
 * instant; a time skipped when clocks go forward is moved forward by the gap.
 */
export function zonedToInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const wanted = localDateToUtcMidnight(date) + minutes * 60_000;
  const before = offsetAt(new Date(wanted - DAY_MS), timeZone);
  const offsets = new Set([
    before,
    offsetAt(new Date(wanted), timeZone),
    offsetAt(new Date(wanted + DAY_MS), timeZone),
  ]);
  const fits = [...offsets].map((o) => wanted - o).filter((t) => wallMs(t, timeZone) === wanted);
  if (fits.length > 0) return new Date(Math.min(...fits));
  // In a gap: read the time with the offset in force before the change.
  return new Date(wanted - before);
}
