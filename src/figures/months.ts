import { localDateOf, zonedToInstant } from "../core/calendar/index.ts";

/** One calendar month of the team's zone, clipped to a period: `[start, end)`. */
export interface MonthBucket {
  /** `YYYY-MM`. */
  month: string;
  start: Date;
  end: Date;
}

const nextMonth = (ym: string): string => {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
};

/** The first instant of a local month in `timeZone`. */
export const monthStart = (ym: string, timeZone: string): Date => zonedToInstant(`${ym}-01`, 0, timeZone);

/** The local month (`YYYY-MM`) in `timeZone` at `instant`. */
export const monthOf = (instant: Date, timeZone: string): string => localDateOf(instant, timeZone).slice(0, 7);

/** The months of the team's zone that a period `[from, to)` touches, each clipped to the period. */
export function monthBuckets(from: Date, to: Date, timeZone: string): MonthBucket[] {
  const buckets: MonthBucket[] = [];
  const last = monthOf(new Date(to.getTime() - 1), timeZone);
  for (let ym = monthOf(from, timeZone); ; ym = nextMonth(ym)) {
    const start = new Date(Math.max(monthStart(ym, timeZone).getTime(), from.getTime()));
    const end = new Date(Math.min(monthStart(nextMonth(ym), timeZone).getTime(), to.getTime()));
    buckets.push({ month: ym, start, end });
    if (ym >= last) break;
  }
  return buckets;
}

/** The month `n` months before `ym` (`YYYY-MM`). */
export function monthsBefore(ym: string, n: number): string {
  const [y, m] = ym.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

export { nextMonth };
