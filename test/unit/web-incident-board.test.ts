import { describe, expect, it } from "vitest";
import { dueAt } from "../../src/core/calendar/due-at.ts";
import { warnAt } from "../../src/core/calendar/warn-at.ts";
import { DEFAULT_TEAM_SETTINGS } from "../../src/core/settings.ts";
import { DENPASAR_SOP } from "../../src/core/sop/denpasar.ts";
import { calendarOf } from "../../web/src/api/team.ts";
import {
  activeFilterCount,
  apiFilters,
  boardColumns,
  EMPTY_FILTERS,
  filtersFromSearch,
  MAX_SAVED_VIEWS,
  readSavedViews,
  SAVED_VIEWS_KEY,
  searchFromFilters,
  withoutView,
  withView,
  writeSavedViews,
} from "../../web/src/pages/console/board/board-filters.ts";
import { durationParts, slaBadge } from "../../web/src/pages/console/board/sla.ts";

const HOUR = 3_600_000;

describe("board filters in the address", () => {
  it("reads the filters back from the query it writes", () => {
    const values = {
      ...EMPTY_FILTERS,
      step: "verify",
      category: "DEF",
      severity: "tinggi",
      agency: "12",
      late: "true" as const,
      mine: true,
    };
    const search = searchFromFilters(values);
    expect(search.toString()).toBe("step=verify&category=DEF&severity=tinggi&agency=12&late=true&mine=true");
    expect(filtersFromSearch(search)).toEqual(values);
    expect(activeFilterCount(values)).toBe(6);
    expect(searchFromFilters(EMPTY_FILTERS).toString()).toBe("");
  });

  it("drops what the API would refuse instead of sending it", () => {
    const values = filtersFromSearch(
      new URLSearchParams("status=weird&step=nope&category=XXX&severity=huge&agency=-3&late=maybe&mine=1"),
    );
    expect(values).toEqual(EMPTY_FILTERS);
  });

  it("turns the filters into the list API's query", () => {
    expect(apiFilters({ ...EMPTY_FILTERS, agency: "7", late: "false", mine: true })).toEqual({
      status: "open",
      agency: 7,
      late: false,
      mine: true,
    });
    expect(apiFilters(EMPTY_FILTERS)).toEqual({ status: "open" });
  });

  it("shows a column per SOP step, the chosen step only, or the closed incidents", () => {
    expect((boardColumns(DENPASAR_SOP.steps, EMPTY_FILTERS) as { code: string }[]).map((s) => s.code)).toEqual(
      DENPASAR_SOP.steps.map((s) => s.code),
    );
    expect(boardColumns(DENPASAR_SOP.steps, { ...EMPTY_FILTERS, step: "handle" })).toEqual([
      DENPASAR_SOP.steps.find((s) => s.code === "handle"),
    ]);
    expect(boardColumns(DENPASAR_SOP.steps, { ...EMPTY_FILTERS, status: "closed", step: "handle" })).toBe("closed");
  });
});

describe("saved board views", () => {
  const memory = () => {
    const data = new Map<string, string>();
    return {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      data,
    };
  };

  it("keeps named views in storage and reads them back", () => {
    const storage = memory();
    let views = withView([], { name: "Kritis saya", query: "severity=kritis&mine=true" });
    views = withView(views, { name: "Terlambat", query: "late=true" });
    writeSavedViews(storage, views);
    expect(JSON.parse(storage.data.get(SAVED_VIEWS_KEY)!)).toHaveLength(2);
    expect(readSavedViews(storage)).toEqual(views);
  });

  it("replaces a view saved again under the same name, and deletes by name", () => {
    let views = withView([], { name: "Terlambat", query: "late=true" });
    views = withView(views, { name: "  terlambat ", query: "late=true&severity=tinggi" });
    expect(views).toEqual([{ name: "terlambat", query: "late=true&severity=tinggi" }]);
    expect(withoutView(views, "terlambat")).toEqual([]);
  });

  it("keeps at most the newest views", () => {
    let views: ReturnType<typeof withView> = [];
    for (let i = 0; i < MAX_SAVED_VIEWS + 5; i++) views = withView(views, { name: `v${i}`, query: `agency=${i + 1}` });
    expect(views).toHaveLength(MAX_SAVED_VIEWS);
    expect(views[0]!.name).toBe("v5");
  });

  it("ignores unreadable storage instead of failing the board", () => {
    expect(readSavedViews({ getItem: () => "{not json" })).toEqual([]);
    expect(
      readSavedViews({ getItem: () => JSON.stringify([{ name: 1 }, { name: "ok", query: "late=true" }]) }),
    ).toEqual([{ name: "ok", query: "late=true" }]);
    expect(readSavedViews(null)).toEqual([]);
    expect(() =>
      writeSavedViews(
        {
          setItem: () => {
            throw new Error("quota");
          },
        },
        [],
      ),
    ).not.toThrow();
  });
});

describe("the time-standard badge, counted like the server", () => {
  const calendar = calendarOf(DEFAULT_TEAM_SETTINGS, []);
  const verify = DENPASAR_SOP.steps.find((s) => s.code === "verify")!;
  // Friday 27 November 2026, 10:00 WITA: two working days run to Tuesday 16:00.
  const started = new Date("2026-11-27T02:00:00Z");
  const due = dueAt(started, verify.timeStandard, calendar);
  const warn = warnAt(started, due, verify.timeStandard, calendar, 0.8);
  const step = { stepStartedAt: started.toISOString(), dueAt: due.toISOString(), warnAt: warn.toISOString() };

  it("counts working time left, not the weekend", () => {
    expect(due.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    const friday = slaBadge(step, "workingDays", new Date("2026-11-27T03:00:00Z"), calendar)!;
    expect(friday).toEqual({ state: "on_time", leftMs: 21 * HOUR, workingTime: true });
    expect(durationParts(friday.leftMs, calendar, true)).toEqual({ days: 2, hours: 5, minutes: 0 });
    // Saturday noon: the same 16 working hours as at Friday's close.
    const saturday = slaBadge(step, "workingDays", new Date("2026-11-28T04:00:00Z"), calendar)!;
    expect(saturday.leftMs).toBe(16 * HOUR);
  });

  it("skips the team's holidays, from GET /holidays", () => {
    const withHoliday = calendarOf(DEFAULT_TEAM_SETTINGS, [{ date: "2026-11-30" }]);
    const saturday = slaBadge(step, "workingDays", new Date("2026-11-28T04:00:00Z"), withHoliday)!;
    expect(saturday.leftMs).toBe(8 * HOUR);
  });

  it("is due soon from the server's warning time, and late once past due", () => {
    expect(slaBadge(step, "workingDays", new Date(warn.getTime() - 1000), calendar)!.state).toBe("on_time");
    expect(slaBadge(step, "workingDays", warn, calendar)!.state).toBe("due_soon");
    expect(slaBadge(step, "workingDays", due, calendar)!.state).toBe("due_soon");
    const late = slaBadge(step, "workingDays", new Date(due.getTime() + 2 * HOUR), calendar)!;
    expect(late.state).toBe("late");
    // Tuesday 16:00 to 18:00 is after hours: late, by no working time yet.
    expect(late.leftMs).toBe(0);
    const nextDay = slaBadge(step, "workingDays", new Date("2026-12-02T02:30:00Z"), calendar)!;
    // Wednesday 10:30 WITA: 08:00–10:30 of working time overdue.
    expect(nextDay).toMatchObject({ state: "late", leftMs: -2.5 * HOUR });
  });

  it("counts minute standards on the wall clock, and wall-clock time without the calendar", () => {
    const forward = {
      stepStartedAt: "2026-11-28T02:00:00Z",
      dueAt: "2026-11-28T02:10:00Z",
      warnAt: "2026-11-28T02:08:00Z",
    };
    expect(slaBadge(forward, "minutes", new Date("2026-11-28T02:03:00Z"), calendar)).toEqual({
      state: "on_time",
      leftMs: 7 * 60_000,
      workingTime: false,
    });
    expect(slaBadge(step, "workingDays", new Date("2026-11-28T04:00:00Z"), null)).toMatchObject({
      leftMs: due.getTime() - Date.parse("2026-11-28T04:00:00Z"),
      workingTime: false,
    });
    expect(slaBadge({ dueAt: null, warnAt: null, stepStartedAt: null }, "minutes", new Date(), calendar)).toBeNull();
  });

  it("splits durations into days, hours and minutes (a working day is the team's hours)", () => {
    expect(durationParts(-(9 * HOUR + 5 * 60_000), calendar, true)).toEqual({ days: 1, hours: 1, minutes: 5 });
    expect(durationParts(25 * HOUR, null, false)).toEqual({ days: 1, hours: 1, minutes: 0 });
  });
});
