import { addDays, isLocalDate, zonedToInstant } from "../core/calendar/index.ts";
import { invalid } from "../core/errors.ts";

/*
 * `from` / `to` of searches and figures. A date (`2026-11-01`) means that day in the team's zone:
 * `from` its start, `to` its end (the whole day is included). A full ISO 8601 time with a zone is
 * taken as it is, `to` exclusive.
 */

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant a `from` or `to` value stands for; a clear validation error for anything else. */
export function parseTimeBound(value: string, side: "from" | "to", timeZone: string): Date {
  if (isLocalDate(value)) return zonedToInstant(side === "from" ? value : addDays(value, 1), 0, timeZone);
  if (ISO_WITH_ZONE.test(value)) {
    const t = new Date(value);
    if (!Number.isNaN(t.getTime())) return t;
  }
  throw invalid("search.bad_date", { value });
}

/** A half-open period `[from, to)`; either end may be open. */
export interface TimeRange {
  from: Date | null;
  to: Date | null;
}

/** Parses both ends and checks that the period is not empty. */
export function parseTimeRange(input: { from?: string; to?: string }, timeZone: string): TimeRange {
  const from = input.from === undefined ? null : parseTimeBound(input.from, "from", timeZone);
  const to = input.to === undefined ? null : parseTimeBound(input.to, "to", timeZone);
  if (from && to && from.getTime() >= to.getTime()) throw invalid("search.bad_range");
  return { from, to };
}
