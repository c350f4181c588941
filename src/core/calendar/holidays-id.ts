import type { LocalDate } from "./local-date.ts";

/**
 * Indonesian national holidays (*hari libur nasional*) and collective leave (*cuti bersama*),
 * shipped as the default holiday calendar. Teams edit their own copy (API/CLI); regional days
 * such as Bali's Galungan and Kuningan are not national and must be added locally.
 *
 * - **2026 is official**: SKB Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB
 *   No. 1497/2025, 2/2025, 5/2025 (signed 19 September 2025): 17 libur nasional, 8 cuti bersama.
 * - **2027 is provisional** (`provisional: true` on every entry): no SKB for 2027 was found when
 *   this was written. Fixed dates are certain; Islamic dates are computed (Umm al-Qura, shifted a
 *   day where Indonesian crescent criteria usually differ), Nyepi and Waisak are estimates, and the
 *   cuti bersama are guesses following recent SKB patterns. Isra Mikraj 1449 H (about 25–26
 *   December 2027) falls on a weekend and is left out. Replace them when the SKB appears.
 */
export type HolidayKind = "libur_nasional" | "cuti_bersama";

/** One day off, with its official Indonesian name. */
export interface Holiday {
  readonly date: LocalDate;
  readonly name: string;
  readonly kind: HolidayKind;
  /** True when the date is an estimate, not taken from an official decree. */
  readonly provisional?: boolean;
}

const L = "libur_nasional" as const;
const C = "cuti_bersama" as const;

/** 2026, from the SKB 3 Menteri of 19 September 2025. */
export const INDONESIAN_HOLIDAYS_2026: readonly Holiday[] = [
  { date: "2026-01-01", kind: L, name: "Tahun Baru 2026 Masehi" },
  { date: "2026-01-16", kind: L, name: "Isra Mikraj Nabi Muhammad S.A.W." },
  { date: "2026-02-16", kind: C, name: "Cuti Bersama Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-02-17", kind: L, name: "Tahun Baru Imlek 2577 Kongzili" },
  { date: "2026-03-18", kind: C, name: "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)" },
  { date: "2026-03-19", kind: L, name: "Hari Suci Nyepi (Tahun Baru Saka 1948)" },
  { date: "2026-03-20", kind: C, name: "Cuti Bersama Idul Fitri 1447 Hijriah" },
  { date: "2026-03-21", kind: L, name: "Idul Fitri 1447 Hijriah" },
  { date: "2026-03-22", kind: L, name: "Idul Fitri 1447 Hijriah" },
  { date: "2026-03-23", kind: C, name: "Cuti Bersama Idul Fitri 1447 Hijriah" },
  { date: "2026-03-24", kind: C, name: "Cuti Bersama Idul Fitri 1447 Hijriah" },
  { date: "2026-04-03", kind: L, name: "Wafat Yesus Kristus" },
  { date: "2026-04-05", kind: L, name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2026-05-01", kind: L, name: "Hari Buruh Internasional" },
  { date: "2026-05-14", kind: L, name: "Kenaikan Yesus Kristus" },
  { date: "2026-05-15", kind: C, name: "Cuti Bersama Kenaikan Yesus Kristus" },
  { date: "2026-05-27", kind: L, name: "Idul Adha 1447 Hijriah" },
  { date: "2026-05-28", kind: C, name: "Cuti Bersama Idul Adha 1447 Hijriah" },
  { date: "2026-05-31", kind: L, name: "Hari Raya Waisak 2570 BE" },
  { date: "2026-06-01", kind: L, name: "Hari Lahir Pancasila" },
  { date: "2026-06-16", kind: L, name: "1 Muharam Tahun Baru Islam 1448 Hijriah" },
  { date: "2026-08-17", kind: L, name: "Proklamasi Kemerdekaan" },
  { date: "2026-08-25", kind: L, name: "Maulid Nabi Muhammad S.A.W." },
  { date: "2026-12-24", kind: C, name: "Cuti Bersama Kelahiran Yesus Kristus" },
  { date: "2026-12-25", kind: L, name: "Kelahiran Yesus Kristus" },
];

const provisional = (list: readonly Omit<Holiday, "provisional">[]): readonly Holiday[] =>
  list.map((h) => ({ ...h, provisional: true }));

/** 2027, provisional: best-known dates until the SKB for 2027 is published. */
export const INDONESIAN_HOLIDAYS_2027: readonly Holiday[] = provisional([
  { date: "2027-01-01", kind: L, name: "Tahun Baru 2027 Masehi" },
  { date: "2027-01-05", kind: L, name: "Isra Mikraj Nabi Muhammad S.A.W." },
  { date: "2027-02-06", kind: L, name: "Tahun Baru Imlek 2578 Kongzili" },
  { date: "2027-03-08", kind: L, name: "Hari Suci Nyepi (Tahun Baru Saka 1949)" },
  { date: "2027-03-09", kind: C, name: "Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1949)" },
  { date: "2027-03-10", kind: L, name: "Idul Fitri 1448 Hijriah" },
  { date: "2027-03-11", kind: L, name: "Idul Fitri 1448 Hijriah" },
  { date: "2027-03-12", kind: C, name: "Cuti Bersama Idul Fitri 1448 Hijriah" },
  { date: "2027-03-15", kind: C, name: "Cuti Bersama Idul Fitri 1448 Hijriah" },
  { date: "2027-03-26", kind: L, name: "Wafat Yesus Kristus" },
  { date: "2027-03-28", kind: L, name: "Kebangkitan Yesus Kristus (Paskah)" },
  { date: "2027-05-01", kind: L, name: "Hari Buruh Internasional" },
  { date: "2027-05-06", kind: L, name: "Kenaikan Yesus Kristus" },
  { date: "2027-05-07", kind: C, name: "Cuti Bersama Kenaikan Yesus Kristus" },
  { date: "2027-05-17", kind: L, name: "Idul Adha 1448 Hijriah" },
  { date: "2027-05-20", kind: L, name: "Hari Raya Waisak 2571 BE" },
  { date: "2027-05-21", kind: C, name: "Cuti Bersama Hari Raya Waisak 2571 BE" },
  { date: "2027-06-01", kind: L, name: "Hari Lahir Pancasila" },
  { date: "2027-06-06", kind: L, name: "1 Muharam Tahun Baru Islam 1449 Hijriah" },
  { date: "2027-08-15", kind: L, name: "Maulid Nabi Muhammad S.A.W." },
  { date: "2027-08-17", kind: L, name: "Proklamasi Kemerdekaan" },
  { date: "2027-12-24", kind: C, name: "Cuti Bersama Kelahiran Yesus Kristus" },
  { date: "2027-12-25", kind: L, name: "Kelahiran Yesus Kristus" },
]);

/** All shipped holidays, in date order. */
export const INDONESIAN_HOLIDAYS: readonly Holiday[] = [...INDONESIAN_HOLIDAYS_2026, ...INDONESIAN_HOLIDAYS_2027];

/** The dates of `holidays` (default: all shipped), without repeats, for a `CalendarConfig`. */
export function holidayDates(
  holidays: readonly Holiday[] = INDONESIAN_HOLIDAYS,
  options: { includeProvisional?: boolean } = {},
): LocalDate[] {
  const keep = holidays.filter((h) => options.includeProvisional !== false || !h.provisional);
  return [...new Set(keep.map((h) => h.date))].sort();
}
