import { describe, expect, it } from "vitest";
import { makeCalendarConfig } from "../../src/core/calendar/config.ts";
import { dueAt } from "../../src/core/calendar/due-at.ts";
import { warnAt } from "../../src/core/calendar/warn-at.ts";

const cal = makeCalendarConfig({ holidays: [] });

describe("warnAt", () => {
  it("warns after 80 % of a minute standard on the wall clock", () => {
    const start = new Date("2026-11-27T01:00:00Z");
    const due = dueAt(start, { amount: 10, unit: "minutes" }, cal);
    expect(warnAt(start, due, { unit: "minutes" }, cal, 0.8).toISOString()).toBe("2026-11-27T01:08:00.000Z");
  });

  it("warns within working hours for a day standard across a weekend", () => {
    // Friday 27 Nov 2026 10:00 WITA = 02:00Z; 1 working day → Monday 30 Nov 16:00 WITA.
    const start = new Date("2026-11-27T02:00:00Z");
    const due = dueAt(start, { amount: 1, unit: "workingDays" }, cal);
    expect(due.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    // Friday 10:00–16:00 = 360 min, Monday 08:00–16:00 = 480 min; 80 % of 840 = 672 → Monday 13:12 WITA.
    expect(warnAt(start, due, { unit: "workingDays" }, cal, 0.8).toISOString()).toBe("2026-11-30T05:12:00.000Z");
  });
});
