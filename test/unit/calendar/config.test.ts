import { describe, expect, it } from "vitest";
import {
  DEFAULT_CALENDAR,
  calendarConfigSchema,
  makeCalendarConfig,
  parseClockTime,
} from "../../../src/core/calendar/config.ts";
import { isLocalDate } from "../../../src/core/calendar/local-date.ts";
import { isWorkingDay, nthWorkingDayAfter } from "../../../src/core/calendar/working-days.ts";

describe("calendar configuration", () => {
  it("defaults to Denpasar: WITA, Monday–Friday, 08:00–16:00, Indonesian holidays", () => {
    const cal = makeCalendarConfig();
    expect(cal.timeZone).toBe("Asia/Makassar");
    expect(cal.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(cal.openingTime).toBe("08:00");
    expect(cal.closeOfBusiness).toBe("16:00");
    expect(cal.holidays).toContain("2026-03-19");
    expect(DEFAULT_CALENDAR.holidays).toEqual(cal.holidays);
  });

  it("keeps given settings", () => {
    const cal = makeCalendarConfig({ timeZone: "Asia/Jakarta", holidays: ["2026-08-17"], closeOfBusiness: "15:30" });
    expect(cal).toMatchObject({ timeZone: "Asia/Jakarta", holidays: ["2026-08-17"], closeOfBusiness: "15:30" });
  });

  it.each([
    [{ timeZone: "WITA" }, "timeZone"],
    [{ timeZone: "Mars/Base" }, "timeZone"],
    [{ workingDays: [] }, "workingDays"],
    [{ workingDays: [1, 1] }, "workingDays"],
    [{ workingDays: [0] }, "workingDays"],
    [{ closeOfBusiness: "24:00" }, "closeOfBusiness"],
    [{ openingTime: "8:00" }, "openingTime"],
    [{ openingTime: "16:00", closeOfBusiness: "16:00" }, "closeOfBusiness"],
    [{ holidays: ["2027-02-29"] }, "holidays"],
    [{ holidays: ["17/08/2026"] }, "holidays"],
  ])("rejects %j", (settings, field) => {
    const result = calendarConfigSchema.safeParse(settings);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("parses HH:MM", () => {
    expect(parseClockTime("16:00")).toBe(960);
    expect(parseClockTime("00:00")).toBe(0);
    expect(() => parseClockTime("4pm")).toThrow(RangeError);
  });

  it("knows real dates", () => {
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(isLocalDate("2027-02-29")).toBe(false);
    expect(isLocalDate("2027-1-5")).toBe(false);
  });
});

describe("working days", () => {
  const cal = { ...DEFAULT_CALENDAR, holidays: ["2026-08-17"] };

  it("are working weekdays that are not holidays", () => {
    expect(isWorkingDay("2026-08-14", cal)).toBe(true);
    expect(isWorkingDay("2026-08-15", cal)).toBe(false);
    expect(isWorkingDay("2026-08-17", cal)).toBe(false);
  });

  it("are counted after a date", () => {
    expect(nthWorkingDayAfter("2026-08-14", 1, cal)).toBe("2026-08-18");
    expect(nthWorkingDayAfter("2026-08-14", 5, cal)).toBe("2026-08-24");
    expect(() => nthWorkingDayAfter("2026-08-14", 0, cal)).toThrow(RangeError);
  });
});
