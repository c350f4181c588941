import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, type CalendarConfig } from "../../../src/core/calendar/config.ts";
import { dueAt } from "../../../src/core/calendar/due-at.ts";
import { isoWeekday } from "../../../src/core/calendar/local-date.ts";
import type { TimeStandard } from "../../../src/core/calendar/time-standard.ts";

/** WITA, Monday–Friday, close of business 16:00, no holidays unless a test adds some. */
const wita: CalendarConfig = { ...DEFAULT_CALENDAR, holidays: [] };
const berlin: CalendarConfig = { ...wita, timeZone: "Europe/Berlin" };
const newYork: CalendarConfig = { ...wita, timeZone: "America/New_York" };

const days = (amount: number): TimeStandard => ({ amount, unit: "workingDays" });
const minutes = (amount: number): TimeStandard => ({ amount, unit: "minutes" });
const due = (start: string, standard: TimeStandard, cal: CalendarConfig = wita) =>
  dueAt(new Date(start), standard, cal).toISOString();
/** 16:00 WITA on a date, as UTC. */
const cobWita = (date: string) => new Date(`${date}T16:00:00+08:00`).toISOString();

describe("dueAt with minute standards", () => {
  it("adds wall-clock minutes, ignoring hours, weekends and holidays", () => {
    expect(due("2026-03-06T15:58:00+08:00", minutes(5))).toBe(new Date("2026-03-06T16:03:00+08:00").toISOString());
    expect(due("2026-03-07T03:00:00+08:00", minutes(10))).toBe(new Date("2026-03-07T03:10:00+08:00").toISOString());
    const holiday = { ...wita, holidays: ["2026-03-19"] };
    expect(due("2026-03-19T23:50:00+08:00", minutes(30), holiday)).toBe(
      new Date("2026-03-20T00:20:00+08:00").toISOString(),
    );
  });

  it("counts real minutes across a DST switch", () => {
    // 01:50 EST + 30 min = 03:20 EDT: the wall clock jumps, elapsed time does not.
    expect(due("2026-03-08T06:50:00Z", minutes(30), newYork)).toBe("2026-03-08T07:20:00.000Z");
    expect(due("2026-11-01T05:50:00Z", minutes(30), newYork)).toBe("2026-11-01T06:20:00.000Z");
  });
});

describe("dueAt with working-day standards (WITA)", () => {
  it("is close of business on the next working day for 1 day", () => {
    expect(isoWeekday("2026-03-02")).toBe(1);
    expect(due("2026-03-02T09:00:00+08:00", days(1))).toBe(cobWita("2026-03-03"));
  });

  it("never counts the start day, however early the step starts", () => {
    expect(due("2026-03-02T06:00:00+08:00", days(1))).toBe(cobWita("2026-03-03"));
    expect(due("2026-03-02T00:00:00+08:00", days(1))).toBe(cobWita("2026-03-03"));
  });

  it("moves a Friday start to Monday", () => {
    expect(isoWeekday("2026-03-06")).toBe(5);
    expect(due("2026-03-06T10:00:00+08:00", days(1))).toBe(cobWita("2026-03-09"));
    expect(due("2026-03-05T10:00:00+08:00", days(2))).toBe(cobWita("2026-03-09"));
    expect(due("2026-03-04T10:00:00+08:00", days(3))).toBe(cobWita("2026-03-09"));
  });

  it("counts from the local date of a step started after hours", () => {
    expect(due("2026-03-06T20:00:00+08:00", days(1))).toBe(cobWita("2026-03-09"));
    expect(due("2026-03-02T17:00:00+08:00", days(1))).toBe(cobWita("2026-03-03"));
    expect(due("2026-03-02T23:59:59+08:00", days(2))).toBe(cobWita("2026-03-04"));
  });

  it("counts from the local date of a step started on a weekend", () => {
    expect(due("2026-03-07T10:00:00+08:00", days(1))).toBe(cobWita("2026-03-09"));
    expect(due("2026-03-08T10:00:00+08:00", days(1))).toBe(cobWita("2026-03-09"));
    expect(due("2026-03-08T10:00:00+08:00", days(2))).toBe(cobWita("2026-03-10"));
  });

  it("uses the WITA date, not the UTC date", () => {
    // Thursday 23:30 UTC is Friday 07:30 in Denpasar: due Monday, not Friday.
    expect(due("2026-03-05T23:30:00Z", days(1))).toBe(cobWita("2026-03-09"));
    // Friday 15:59 UTC is Friday 23:59 WITA: still Friday.
    expect(due("2026-03-06T15:59:00Z", days(1))).toBe(cobWita("2026-03-09"));
  });

  it("handles the 3-day standard of a whole week", () => {
    expect(due("2026-03-09T08:00:00+08:00", days(3))).toBe(cobWita("2026-03-12"));
    expect(due("2026-03-12T08:00:00+08:00", days(3))).toBe(cobWita("2026-03-17"));
  });
});

describe("dueAt with holidays and cuti bersama", () => {
  it("skips a single holiday", () => {
    const cal = { ...wita, holidays: ["2026-03-03"] };
    expect(due("2026-03-02T09:00:00+08:00", days(1), cal)).toBe(cobWita("2026-03-04"));
  });

  it("accepts holidays as a Set", () => {
    const cal = { ...wita, holidays: new Set(["2026-03-03"]) };
    expect(due("2026-03-02T09:00:00+08:00", days(1), cal)).toBe(cobWita("2026-03-04"));
  });

  it("skips Nyepi and the Idul Fitri 2026 cuti bersama (shipped calendar)", () => {
    // 18 Mar cuti bersama, 19 Nyepi, 20 cuti bersama, 21–22 Idul Fitri (weekend), 23–24 cuti bersama.
    expect(due("2026-03-17T10:00:00+08:00", days(1), DEFAULT_CALENDAR)).toBe(cobWita("2026-03-25"));
    expect(due("2026-03-17T10:00:00+08:00", days(2), DEFAULT_CALENDAR)).toBe(cobWita("2026-03-26"));
  });

  it("counts from a step started on a holiday", () => {
    expect(due("2026-03-19T09:00:00+08:00", days(2), DEFAULT_CALENDAR)).toBe(cobWita("2026-03-26"));
  });

  it("skips Ascension Day and its cuti bersama into the weekend", () => {
    expect(due("2026-05-13T10:00:00+08:00", days(1), DEFAULT_CALENDAR)).toBe(cobWita("2026-05-18"));
  });

  it("crosses the year end over Christmas and New Year", () => {
    const cal = { ...wita, holidays: ["2026-12-24", "2026-12-25", "2027-01-01"] };
    expect(due("2026-12-23T10:00:00+08:00", days(3), cal)).toBe(cobWita("2026-12-30"));
    expect(due("2026-12-31T10:00:00+08:00", days(1), cal)).toBe(cobWita("2027-01-04"));
    expect(due("2026-12-31T23:59:00+08:00", days(1), cal)).toBe(cobWita("2027-01-04"));
    expect(due("2026-12-30T10:00:00+08:00", days(3), cal)).toBe(cobWita("2027-01-05"));
    // 31 Dec 23:30 UTC is already 1 January in Denpasar.
    expect(due("2026-12-31T16:30:00Z", days(1), cal)).toBe(cobWita("2027-01-04"));
  });

  it("uses the shipped 2027 dates too (provisional Isra Mikraj on 5 January)", () => {
    expect(due("2026-12-30T10:00:00+08:00", days(3), DEFAULT_CALENDAR)).toBe(cobWita("2027-01-06"));
  });

  it("honours a custom working week (Sunday–Thursday)", () => {
    const cal: CalendarConfig = { ...wita, workingDays: [7, 1, 2, 3, 4] };
    expect(due("2026-03-05T10:00:00+08:00", days(1), cal)).toBe(cobWita("2026-03-08"));
  });
});

describe("dueAt across daylight-saving changes", () => {
  it("Berlin, spring: Friday before the switch → Monday 16:00 CEST", () => {
    expect(due("2026-03-20T10:00:00+01:00", days(1), berlin)).toBe("2026-03-23T15:00:00.000Z");
    expect(due("2026-03-27T10:00:00+01:00", days(1), berlin)).toBe("2026-03-30T14:00:00.000Z");
  });

  it("Berlin, autumn: Friday before the switch → Monday 16:00 CET", () => {
    expect(due("2026-10-23T10:00:00+02:00", days(1), berlin)).toBe("2026-10-26T15:00:00.000Z");
  });

  it("New York, March and November switches", () => {
    expect(due("2026-03-06T10:00:00-05:00", days(1), newYork)).toBe("2026-03-09T20:00:00.000Z");
    expect(due("2026-10-30T10:00:00-04:00", days(1), newYork)).toBe("2026-11-02T21:00:00.000Z");
    // Started on the switch night itself, 03:30 EDT on Sunday.
    expect(due("2026-03-08T07:30:00Z", days(1), newYork)).toBe("2026-03-09T20:00:00.000Z");
  });

  it("uses the local date in zones behind UTC", () => {
    // Friday 23:00 EST is Saturday 04:00 UTC; the step still started on Friday.
    expect(due("2026-03-07T04:00:00Z", days(1), newYork)).toBe("2026-03-09T20:00:00.000Z");
  });

  it("works with a half-hour-offset zone", () => {
    const cal = { ...wita, timeZone: "Asia/Kathmandu" };
    expect(due("2026-03-06T10:00:00+05:45", days(1), cal)).toBe("2026-03-09T10:15:00.000Z");
  });
});

describe("dueAt rejects", () => {
  it("non-positive or fractional amounts", () => {
    expect(() => due("2026-03-02T09:00:00Z", days(0))).toThrow(RangeError);
    expect(() => due("2026-03-02T09:00:00Z", minutes(-5))).toThrow(RangeError);
    expect(() => due("2026-03-02T09:00:00Z", days(1.5))).toThrow(RangeError);
  });

  it("a calendar without working days", () => {
    expect(() => due("2026-03-02T09:00:00Z", days(1), { ...wita, workingDays: [] })).toThrow(/no working day/);
  });
});
