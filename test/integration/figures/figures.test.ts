import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandDeps } from "../../../src/commands/context.ts";
import { queryContext } from "../../../src/commands/query-context.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { AppError } from "../../../src/core/errors.ts";
import type { User } from "../../../src/db/schema.ts";
import { dashboardFigures, type FiguresInput } from "../../../src/figures/dashboard-figures.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { addUser } from "../../helpers/open-case.ts";
import { buildFigureCases, NOW, type FigureCases } from "./figures-data.ts";
import { actorForUser } from "../../../src/commands/users/user-actor.ts";

const actorOf = (u: User) => actorForUser(u, "session");

describe.each(DIALECTS)("dashboard figures on %s", (dialect) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let deps: CommandDeps & { clock: FakeClock };
  let cases: FigureCases;
  let viewer: User;

  const figures = (input: FiguresInput, user: User = viewer) =>
    dashboardFigures(queryContext(deps, actorOf(user)), input);

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock(NOW);
    deps = { database, clock };
    viewer = await addUser(deps, "viewer");
    cases = await buildFigureCases(deps);
  });
  afterEach(async () => database.drop());

  it("count the cases of a period by month of the team's zone, type, agency and severity", async () => {
    const f = await figures({ from: "2026-10-01", to: "2026-11-30" });
    expect(f.period).toEqual({
      from: "2026-09-30T16:00:00.000Z",
      to: "2026-11-30T16:00:00.000Z",
      timeZone: "Asia/Makassar",
    });
    expect(f.generatedAt).toBe(NOW);
    expect(f.totals).toEqual({ cases: 4, open: 2, closed: 2, resolved: 1, invalid: 1, transferred: 0 });
    expect(f.byMonth).toEqual([
      { month: "2026-10", count: 1 },
      { month: "2026-11", count: 3 },
    ]);
    expect(f.byCategory.map((c) => [c.code, c.count])).toEqual([
      ["DEF", 2],
      ["JUD", 1],
      ["PHI", 1],
    ]);
    expect(f.byCategory[0]!.label?.en).toBeTruthy();
    expect(f.byAgency).toEqual([
      { agencyId: cases.dinkes, name: "Dinas Kesehatan", count: 2 },
      { agencyId: null, name: null, count: 2 },
    ]);
    expect(f.bySeverity).toEqual([
      { severity: "kritis", count: 1 },
      { severity: "tinggi", count: 2 },
      { severity: "sedang", count: 0 },
      { severity: "rendah", count: 1 },
    ]);
  });

  it("measure each step against its time standard, and the time to verify and to close", async () => {
    const f = await figures({ from: "2026-10-01", to: "2026-11-30" });
    const step = (code: string) => f.compliance.find((s) => s.stepCode === code)!;
    expect(f.compliance.map((s) => s.stepNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Receiving: A, B, C, E and F in the period (D in September, G in December), all recorded at once.
    expect(step("receive")).toMatchObject({ completed: 5, onTime: 5, onTimeShare: 1, lateNow: 0 });
    // Forwarding: A 5 min, B 30 min (late), C 8 min, E 5 min; D and F are past their 10 minutes now.
    expect(step("forward")).toMatchObject({ completed: 4, onTime: 3, onTimeShare: 0.75, lateNow: 2 });
    expect(step("verify")).toMatchObject({ completed: 3, onTime: 2, lateNow: 0 });
    expect(step("verify").onTimeShare).toBeCloseTo(2 / 3, 10);
    expect(step("mitigate")).toMatchObject({ completed: 1, onTime: 0, onTimeShare: 0, lateNow: 1 });
    expect(step("handle")).toMatchObject({ completed: 0, onTime: 0, onTimeShare: null, lateNow: 0 });
    expect(step("verify").name?.id).toMatch(/^Verifikasi/);
    // Receipt to verification: A 2 h, B 1 day, C 3 days. To closing: A 5 days, C 4 days.
    expect(f.timeToVerify).toEqual({ count: 3, medianSeconds: 86_400, p90Seconds: 224_640 });
    expect(f.timeToClose).toEqual({ count: 2, medianSeconds: 388_800, p90Seconds: 423_360 });
  });

  it("show the open work at each step now, whatever the period", async () => {
    const f = await figures({ from: "2026-10-01", to: "2026-10-31" });
    const open = f.openByStep.filter((s) => s.open > 0).map((s) => [s.stepCode, s.open, s.dueSoon, s.late]);
    // Forwarding: D and F late, G due soon; mitigation: B late.
    expect(open).toEqual([
      ["forward", 3, 1, 2],
      ["mitigate", 1, 0, 1],
    ]);
    expect(f.totals.cases).toBe(1);
  });

  it("cover the last twelve months of the team's zone by default", async () => {
    const f = await figures({});
    expect(f.period).toEqual({
      from: "2025-12-31T16:00:00.000Z",
      to: "2026-12-31T16:00:00.000Z",
      timeZone: "Asia/Makassar",
    });
    expect(f.byMonth.map((m) => m.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
    ]);
    expect(f.byMonth.filter((m) => m.count > 0)).toEqual([
      { month: "2026-09", count: 1 },
      { month: "2026-10", count: 1 },
      { month: "2026-11", count: 3 },
      { month: "2026-12", count: 1 },
    ]);
    expect(f.totals.cases).toBe(6);
  });

  it("are for staff and leadership, over a valid period of at most ten years", async () => {
    const officer = await addUser(deps, "agency", { organisationId: cases.dinkes });
    const code = async (input: FiguresInput, user: User = viewer) => {
      const error = await figures(input, user).catch((e: unknown) => e);
      return error instanceof AppError ? error.code : "ok";
    };
    expect(await code({}, officer)).toBe("forbidden");
    expect(await code({ from: "2026-11-01", to: "2026-10-01" })).toBe("validation_failed");
    expect(await code({ from: "2010-01-01", to: "2026-11-30" })).toBe("validation_failed");
    expect(await code({ from: "kemarin" })).toBe("validation_failed");
    expect(await code({ from: "2016-12-01", to: "2026-11-30" })).toBe("ok");
    expect(await code({ from: "2026-11-01" }, await addUser(deps, "intake"))).toBe("ok");
  });
});
