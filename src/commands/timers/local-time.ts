import { offsetAt } from "../../core/calendar/index.ts";

/** `YYYY-MM-DD HH:mm` as the wall clock in `timeZone` shows `instant`: how a message states a due time. */
export function localTimeText(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetAt(instant, timeZone)).toISOString().slice(0, 16).replace("T", " ");
}
