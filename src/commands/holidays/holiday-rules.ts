import { INDONESIAN_HOLIDAYS } from "../../core/calendar/holidays-id.ts";

/** National holidays, collective leave (cuti bersama), and days off of the team's own region or office. */
export const HOLIDAY_KINDS = ["libur_nasional", "cuti_bersama", "local"] as const;
export type TeamHolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A day off as the team's calendar holds it. */
export interface TeamHoliday {
  date: string;
  name: string;
  kind: TeamHolidayKind;
  /** True when the day came with Sigap and is an estimate, not yet from an official decree. */
  provisional: boolean;
}

const provisionalDates = new Set(INDONESIAN_HOLIDAYS.filter((h) => h.provisional).map((h) => h.date));

/** A holidays row as the API shows it. Shipped estimates stay flagged until a person edits the day. */
export function toTeamHoliday(row: { date: string; name: string; kind: string }): TeamHoliday {
  const shipped = INDONESIAN_HOLIDAYS.find((h) => h.date === row.date && h.name === row.name);
  return {
    date: row.date,
    name: row.name,
    kind: (HOLIDAY_KINDS as readonly string[]).includes(row.kind) ? (row.kind as TeamHolidayKind) : "local",
    provisional: shipped !== undefined && provisionalDates.has(row.date),
  };
}
