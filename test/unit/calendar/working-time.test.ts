import { describe, expect, it } from "vitest";
import { DEFAULT_CALENDAR, type CalendarConfig } from "../../../src/core/calendar/config.ts";
import { dueAt } from "../../../src/core/calendar/due-at.ts";
import { timeLeft, workingTimeBetween } from "../../../src/core/calendar/working-time.ts";

const H = 3_600_000;
const wita: CalendarConfig = { ...DEFAULT_CALENDAR, holidays: [] };
const w = (local: string) => new Date(`${local}+08:00`);
const between = (a: string, b: string, cal: CalendarConfig = wita) => workingTimeBetween(w(a), w(b), cal);

describe("workingTimeBetween (08:00–16:00 WITA, Monday–Friday)", () => {
  it("counts time inside working hours on one day", () => {
    expect(between("2026-03-02T09:00:00", "2026-03-02T11:30:00")).toBe(2.5 * H);
    expect(between("2026-03-02T07:00:00", "2026-03-02T17:00:00")).toBe(8 * H);
    expect(between("2026-03-02T16:30:00", "2026-03-02T22:00:00")).toBe(0);
  });

  it("skips nights and weekends", () => {
    expect(between("2026-03-06T15:00:00", "2026-03-09T09:00:00")).toBe(2 * H);
    expect(between("2026-03-07T09:00:00", "2026-03-08T15:00:00")).toBe(0);
    expect(between("2026-03-02T08:00:00", "2026-03-09T08:00:00")).toBe(40 * H);
  });

  it("skips holidays", () => {
    const cal = { ...wita, holidays: ["2026-03-04"] };
    expect(between("2026-03-03T15:00:00", "2026-03-05T09:00:00", cal)).toBe(2 * H);
  });

  it("is zero for an empty span and negative when reversed", () => {
    expect(between("2026-03-02T09:00:00", "2026-03-02T09:00:00")).toBe(0);
    expect(between("2026-03-02T11:00:00", "2026-03-02T09:00:00")).toBe(-2 * H);
  });

  it("follows the configured opening time", () => {
    const cal = { ...wita, openingTime: "07:30", closeOfBusiness: "15:30" };
    expect(between("2026-03-02T00:00:00", "2026-03-03T00:00:00", cal)).toBe(8 * H);
    expect(between("2026-03-02T15:00:00", "2026-03-02T16:00:00", cal)).toBe(0.5 * H);
  });

  it("measures real time when working hours contain a DST switch", () => {
    // Hours 01:00–04:00 every day in New York: 3 h, but 2 h on spring-forward and 4 h on fall-back.
    const ny: CalendarConfig = {
      ...wita,
      timeZone: "America/New_York",
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      openingTime: "01:00",
      closeOfBusiness: "04:00",
    };
    expect(workingTimeBetween(new Date("2026-03-07T05:00:00Z"), new Date("2026-03-07T10:00:00Z"), ny)).toBe(3 * H);
    expect(workingTimeBetween(new Date("2026-03-08T05:00:00Z"), new Date("2026-03-08T10:00:00Z"), ny)).toBe(2 * H);
    expect(workingTimeBetween(new Date("2026-11-01T04:00:00Z"), new Date("2026-11-01T10:00:00Z"), ny)).toBe(4 * H);
    expect(workingTimeBetween(new Date("2026-06-10T04:00:00Z"), new Date("2026-06-10T10:00:00Z"), ny)).toBe(3 * H);
  });

  it("keeps 8-hour days in Berlin on either side of the switch", () => {
    const berlin = { ...wita, timeZone: "Europe/Berlin" };
    const a = new Date("2026-03-27T00:00:00Z");
    const b = new Date("2026-03-31T00:00:00Z");
    expect(workingTimeBetween(a, b, berlin)).toBe(16 * H);
  });
});

describe("timeLeft", () => {
  it("is wall-clock time for minute standards", () => {
    const now = w("2026-03-07T10:00:00");
    const due = dueAt(now, { amount: 10, unit: "minutes" }, wita);
    expect(timeLeft(now, due, { unit: "minutes" }, wita)).toBe(10 * 60_000);
    expect(timeLeft(w("2026-03-07T10:15:00"), due, { unit: "minutes" }, wita)).toBe(-5 * 60_000);
  });

  it("is working time for working-day standards", () => {
    const due = dueAt(w("2026-03-06T10:00:00"), { amount: 1, unit: "workingDays" }, wita);
    expect(due.toISOString()).toBe(w("2026-03-09T16:00:00").toISOString());
    expect(timeLeft(w("2026-03-06T15:00:00"), due, { unit: "workingDays" }, wita)).toBe(9 * H);
    expect(timeLeft(w("2026-03-07T12:00:00"), due, { unit: "workingDays" }, wita)).toBe(8 * H);
  });

  it("is negative working time once overdue, and 0 (not -0) after hours on the due day", () => {
    const due = w("2026-03-09T16:00:00");
    expect(timeLeft(w("2026-03-10T10:00:00"), due, { unit: "workingDays" }, wita)).toBe(-2 * H);
    expect(Object.is(timeLeft(w("2026-03-09T17:00:00"), due, { unit: "workingDays" }, wita), 0)).toBe(true);
  });
});
