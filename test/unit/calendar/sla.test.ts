import { describe, expect, it } from "vitest";
import { slaState } from "../../../src/core/calendar/sla.ts";

const start = new Date("2026-03-02T00:00:00Z");
const due = new Date("2026-03-02T01:40:00Z"); // 100 minutes later
const after = (min: number) => new Date(start.getTime() + min * 60_000);

describe("slaState", () => {
  it("is on time before 80 % of the window", () => {
    expect(slaState(after(0), start, due)).toBe("on_time");
    expect(slaState(after(79), start, due)).toBe("on_time");
    expect(slaState(after(-5), start, due)).toBe("on_time");
  });

  it("is due soon from 80 % up to and including the due instant", () => {
    expect(slaState(after(80), start, due)).toBe("due_soon");
    expect(slaState(after(100), start, due)).toBe("due_soon");
  });

  it("is late after the due instant", () => {
    expect(slaState(new Date(due.getTime() + 1), start, due)).toBe("late");
    expect(slaState(after(1000), start, due)).toBe("late");
  });

  it("takes another warning share", () => {
    expect(slaState(after(50), start, due, 0.5)).toBe("due_soon");
    expect(slaState(after(49), start, due, 0.5)).toBe("on_time");
    expect(slaState(after(99), start, due, 1)).toBe("on_time");
  });

  it("treats an empty window as due soon until it passes", () => {
    expect(slaState(start, start, start)).toBe("due_soon");
    expect(slaState(after(1), start, start)).toBe("late");
  });

  it("rejects a warning share outside (0, 1]", () => {
    for (const share of [0, -0.1, 1.5, Number.NaN])
      expect(() => slaState(start, start, due, share)).toThrow(RangeError);
  });
});
