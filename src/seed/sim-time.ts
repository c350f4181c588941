import {
  addDays,
  isWorkingDay,
  localDateOf,
  localMinutesOf,
  zonedToInstant,
  type CalendarConfig,
} from "../core/calendar/index.ts";
import { parseClockTime } from "../core/calendar/config.ts";
import type { Rng } from "./prng.ts";

/*
 * Simulated time for the demo: people act in office hours, and events are replayed in time order.
 */

/**
 * `at` if it falls in the team's working hours; else a few minutes to an hour and a half after the
 * next opening time (the next working day's morning after hours, at weekends and on holidays).
 */
export function inOfficeHours(at: Date, calendar: CalendarConfig, rng: Rng): Date {
  const zone = calendar.timeZone;
  const open = parseClockTime(calendar.openingTime);
  const close = parseClockTime(calendar.closeOfBusiness);
  let date = localDateOf(at, zone);
  const minutes = localMinutesOf(at, zone);
  if (isWorkingDay(date, calendar) && minutes >= open && minutes < close) return at;
  if (!isWorkingDay(date, calendar) || minutes >= close) {
    do date = addDays(date, 1);
    while (!isWorkingDay(date, calendar));
  }
  return new Date(zonedToInstant(date, open, zone).getTime() + rng.int(5, 90) * 60_000);
}

/** A queue of timed events, earliest first; events at the same time keep the order they were added in. */
export class EventQueue<T> {
  #heap: { at: number; seq: number; value: T }[] = [];
  #seq = 0;

  get size(): number {
    return this.#heap.length;
  }

  push(at: Date, value: T): void {
    this.#heap.push({ at: at.getTime(), seq: this.#seq++, value });
    let i = this.#heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(i, parent)) break;
      this.#swap(i, parent);
      i = parent;
    }
  }

  /** The time of the earliest event, if any. */
  peekTime(): Date | null {
    return this.#heap[0] ? new Date(this.#heap[0].at) : null;
  }

  pop(): { at: Date; value: T } | undefined {
    const top = this.#heap[0];
    if (!top) return undefined;
    const last = this.#heap.pop()!;
    if (this.#heap.length > 0) {
      this.#heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.#heap.length && this.#before(l, m)) m = l;
        if (r < this.#heap.length && this.#before(r, m)) m = r;
        if (m === i) break;
        this.#swap(i, m);
        i = m;
      }
    }
    return { at: new Date(top.at), value: top.value };
  }

  #before(a: number, b: number): boolean {
    const x = this.#heap[a]!;
    const y = this.#heap[b]!;
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }

  #swap(a: number, b: number): void {
    [this.#heap[a], this.#heap[b]] = [this.#heap[b]!, this.#heap[a]!];
  }
}
