/*
 * Times are stored in UTC and shown in the team's zone, always with the zone's name, because a
 * reporter in Jakarta and an analyst in Denpasar read the same page an hour apart.
 */

/** Indonesia's zones by their common names; other zones get the short name Intl gives. */
const INDONESIAN_ZONE_LABELS: Readonly<Record<string, string>> = {
  "Asia/Jakarta": "WIB",
  "Asia/Pontianak": "WIB",
  "Asia/Makassar": "WITA",
  "Asia/Ujung_Pandang": "WITA",
  "Asia/Jayapura": "WIT",
};

/** The team's default zone (Denpasar) until the server says otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Makassar";

/** The zone's everyday name: WIB, WITA, WIT, or what Intl calls it (e.g. `GMT+2`, `CET`). */
export function zoneLabel(timeZone: string, locale = "en"): string {
  const known = INDONESIAN_ZONE_LABELS[timeZone];
  if (known) return known;
  try {
    const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(new Date())
      .find((p) => p.type === "timeZoneName");
    return part?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

const localeOf = (language: string) => (language === "en" ? "en-GB" : "id-ID");

export interface FormatOptions {
  language: string;
  timeZone: string;
  /** Leave out the time of day. */
  dateOnly?: boolean;
}

/** `27 Nov 2026 10.15 WITA` (id) or `27 Nov 2026, 10:15 WITA` (en); empty for no value; the input as-is if unreadable. */
export function formatDateTime(iso: string | null | undefined, options: FormatOptions): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let timeZone = options.timeZone;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    timeZone = DEFAULT_TIME_ZONE;
  }
  const text = new Intl.DateTimeFormat(localeOf(options.language), {
    timeZone,
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(options.dateOnly ? {} : { hour: "2-digit", minute: "2-digit", hour12: false }),
  }).format(date);
  return options.dateOnly ? text : `${text} ${zoneLabel(timeZone)}`;
}

/** `2026-11-27T10:15`: a value for `<input type="datetime-local">` showing `date` in the zone. */
export function toZonedInputValue(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const hour = parts.hour === "24" ? "00" : parts.hour;
  return `${parts.year}-${parts.month}-${parts.day}T${hour}:${parts.minute}`;
}

/** A size as people read it: `1.5 MB`, `300 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** ISO weekdays as names: `Senin–Jumat` for a run of days, otherwise `Senin, Rabu, Jumat`. */
export function formatWorkingDays(days: readonly number[], language: string): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  // 2024-01-01 was a Monday: ISO weekday d falls on January d.
  const name = (d: number) =>
    new Intl.DateTimeFormat(localeOf(language), { weekday: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2024, 0, d)),
    );
  if (sorted.length === 0) return "";
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1]! + 1);
  if (consecutive && sorted.length > 2) return `${name(sorted[0]!)}–${name(sorted[sorted.length - 1]!)}`;
  return sorted.map(name).join(", ");
}
