import type { CalendarConfig } from "../../../../../src/core/calendar/config.ts";
import { slaState, type SlaState } from "../../../../../src/core/calendar/sla.ts";
import type { TimeUnit } from "../../../../../src/core/calendar/time-standard.ts";
import { timeLeft } from "../../../../../src/core/calendar/working-time.ts";
import { parseClockTime } from "../../../../../src/core/calendar/config.ts";

/*
 * Where a running step stands against its time standard, counted with the server's own calendar
 * functions (src/core/calendar): minute standards on the wall clock, working-day standards in
 * working time from the team's calendar and holidays.
 */

/** The badge of a running step: its state and the time left (negative: overdue by). */
export interface SlaBadge {
  state: SlaState;
  /** Milliseconds left (negative once late), in working time when `workingTime`. */
  leftMs: number;
  /** True when `leftMs` counts working time only (a working-day standard with the team calendar known). */
  workingTime: boolean;
}

export interface RunningStep {
  dueAt: string | null;
  /** The server's warning instant (the share of the standard's time, in working time for day standards). */
  warnAt: string | null;
  stepStartedAt: string | null;
}

/**
 * The badge for a step that is running now: late once past due (as the server marks it), due
 * soon from the server's warning time, else on time. Null when nothing is running.
 */
export function slaBadge(
  step: RunningStep,
  unit: TimeUnit | null,
  now: Date,
  calendar: CalendarConfig | null,
  warnShare = 0.8,
): SlaBadge | null {
  if (!step.dueAt) return null;
  const due = new Date(step.dueAt);
  if (Number.isNaN(due.getTime())) return null;
  let state: SlaState;
  if (now.getTime() > due.getTime()) state = "late";
  else if (step.warnAt) state = now.getTime() >= new Date(step.warnAt).getTime() ? "due_soon" : "on_time";
  else if (step.stepStartedAt) state = slaState(now, new Date(step.stepStartedAt), due, warnShare);
  else state = "on_time";
  const workingTime = unit === "workingDays" && calendar !== null;
  const leftMs = workingTime ? timeLeft(now, due, { unit: "workingDays" }, calendar) : due.getTime() - now.getTime();
  return { state, leftMs, workingTime };
}

/** A duration split for display: whole working days (or days), hours and minutes. */
export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/**
 * Splits `ms` (its absolute value) into days, hours and minutes. For working time a day is the
 * team's working day (opening to close of business, e.g. 8 hours), so "1 day" means one working day.
 */
export function durationParts(ms: number, calendar: CalendarConfig | null, workingTime: boolean): DurationParts {
  const total = Math.floor(Math.abs(ms) / 60_000);
  const dayMinutes =
    workingTime && calendar
      ? Math.max(1, parseClockTime(calendar.closeOfBusiness) - parseClockTime(calendar.openingTime))
      : 24 * 60;
  const days = Math.floor(total / dayMinutes);
  const rest = total - days * dayMinutes;
  return { days, hours: Math.floor(rest / 60), minutes: rest % 60 };
}
