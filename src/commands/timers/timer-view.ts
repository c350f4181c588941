import { slaState } from "../../core/calendar/index.ts";
import type { LocalizedText } from "../../core/i18n/localized-text.ts";
import type { Selectable } from "kysely";
import type { IncidentTimersTable } from "../../db/schema.ts";
import { LEGAL_TIMERS, isLegalTimerKind } from "./legal-timer-kinds.ts";

/** Where a legal timer stands. */
export type TimerState = "on_time" | "due_soon" | "late" | "satisfied";

/** A legal timer as people read it: its deadline, where it stands now, and when the duty was met. */
export interface TimerView {
  id: number;
  incidentId: number;
  kind: string;
  name: LocalizedText | null;
  legalBasis: string | null;
  startedAt: string;
  dueAt: string;
  /** When the watcher warns (the team's warning share of the window). */
  warnAt: string;
  state: TimerState;
  warnedAt: string | null;
  lateAt: string | null;
  satisfiedAt: string | null;
  satisfiedNote: string | null;
  /** Whether the duty was met after the deadline. */
  satisfiedLate: boolean | null;
}

/** The instant `share` of the way from start to due: when the watcher warns. */
export function timerWarnAt(startedAt: string, dueAt: string, share: number): Date {
  const start = new Date(startedAt).getTime();
  return new Date(start + Math.round((new Date(dueAt).getTime() - start) * share));
}

/** A timer row seen at `now`. */
export function timerView(row: Selectable<IncidentTimersTable>, now: Date, warnShare: number): TimerView {
  const def = isLegalTimerKind(row.kind) ? LEGAL_TIMERS[row.kind] : null;
  return {
    id: row.id,
    incidentId: row.incident_id,
    kind: row.kind,
    name: def?.name ?? null,
    legalBasis: def?.legalBasis ?? null,
    startedAt: row.started_at,
    dueAt: row.due_at,
    warnAt: timerWarnAt(row.started_at, row.due_at, warnShare).toISOString(),
    state:
      row.satisfied_at !== null
        ? "satisfied"
        : slaState(now, new Date(row.started_at), new Date(row.due_at), warnShare),
    warnedAt: row.warned_at,
    lateAt: row.late_at,
    satisfiedAt: row.satisfied_at,
    satisfiedNote: row.satisfied_note,
    satisfiedLate: row.satisfied_at === null ? null : row.satisfied_at > row.due_at,
  };
}
