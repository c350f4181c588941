import { describe, expect, it } from "vitest";
import {
  INDONESIAN_HOLIDAYS,
  INDONESIAN_HOLIDAYS_2026,
  INDONESIAN_HOLIDAYS_2027,
  holidayDates,
} from "../../../src/core/calendar/holidays-id.ts";
import { isLocalDate, isoWeekday } from "../../../src/core/calendar/local-date.ts";

const count = (list: typeof INDONESIAN_HOLIDAYS, kind: string) => list.filter((h) => h.kind === kind).length;

describe("Indonesian holidays", () => {
  it("2026 has the 17 libur nasional and 8 cuti bersama of the SKB", () => {
    expect(count(INDONESIAN_HOLIDAYS_2026, "libur_nasional")).toBe(17);
    expect(count(INDONESIAN_HOLIDAYS_2026, "cuti_bersama")).toBe(8);
    expect(INDONESIAN_HOLIDAYS_2026.some((h) => h.provisional)).toBe(false);
  });

  it("2027 is marked provisional throughout", () => {
    expect(INDONESIAN_HOLIDAYS_2027.length).toBeGreaterThan(15);
    expect(INDONESIAN_HOLIDAYS_2027.every((h) => h.provisional === true)).toBe(true);
  });

  it("has real, ordered, unique dates inside their year, each with a name", () => {
    for (const [year, list] of [
      ["2026", INDONESIAN_HOLIDAYS_2026],
      ["2027", INDONESIAN_HOLIDAYS_2027],
    ] as const) {
      const dates = list.map((h) => h.date);
      expect(dates.every((d) => isLocalDate(d) && d.startsWith(`${year}-`))).toBe(true);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(list.every((h) => h.name.trim().length > 3)).toBe(true);
    }
  });

  it("puts fixed-date holidays on their dates", () => {
    const on = (date: string) => INDONESIAN_HOLIDAYS.find((h) => h.date === date)?.name;
    for (const y of ["2026", "2027"]) {
      expect(on(`${y}-01-01`)).toMatch(/Tahun Baru/);
      expect(on(`${y}-05-01`)).toBe("Hari Buruh Internasional");
      expect(on(`${y}-06-01`)).toBe("Hari Lahir Pancasila");
      expect(on(`${y}-08-17`)).toBe("Proklamasi Kemerdekaan");
      expect(on(`${y}-12-25`)).toBe("Kelahiran Yesus Kristus");
    }
  });

  it("gives 2026 cuti bersama on working days (they exist to bridge to a long weekend)", () => {
    for (const h of INDONESIAN_HOLIDAYS_2026.filter((x) => x.kind === "cuti_bersama")) {
      expect(isoWeekday(h.date)).toBeLessThanOrEqual(5);
    }
  });

  it("lists dates for a calendar, optionally without provisional ones", () => {
    expect(holidayDates()).toHaveLength(INDONESIAN_HOLIDAYS.length);
    expect(holidayDates(INDONESIAN_HOLIDAYS, { includeProvisional: false })).toEqual(
      INDONESIAN_HOLIDAYS_2026.map((h) => h.date),
    );
  });
});
