/*
 * Calendar dates (`2026-08-17`) are days of the team's calendar, not instants: they are shown as
 * written, never shifted by a time zone.
 */

const localeOf = (language: string) => (language === "en" ? "en-GB" : "id-ID");

/** `17 Agu 2026` / `17 Aug 2026` for `2026-08-17` (with the weekday when asked); the input as-is if unreadable. */
export function formatLocalDate(date: string, language: string, withWeekday = false): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(localeOf(language), {
    timeZone: "UTC",
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withWeekday ? { weekday: "long" } : {}),
  }).format(instant);
}
