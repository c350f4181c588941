import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, createTestOrganisation, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { buildFigureCases } from "./figures-data.ts";

describe.each(DIALECTS)("GET /figures on %s", (dialect) => {
  let t: TestApp;
  let viewer: LoggedIn;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    // The cases move the clock through the autumn and leave it at NOW; sessions start after that.
    await buildFigureCases({ database: t.database, clock: t.clock });
    viewer = await loginAs(t, "viewer");
  });
  afterAll(async () => t?.close());

  const get = (query: string, who?: LoggedIn, lang = "id") =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/figures${query}`,
      headers: { ...(who?.headers ?? {}), "accept-language": lang },
    });

  it("answers 401, 400 for a bad period, 403 to partners", async () => {
    expect((await get("")).statusCode).toBe(401);
    for (const bad of [
      "?from=2026-11-30&to=2026-11-01",
      "?from=2000-01-01&to=2026-01-01",
      "?from=besok",
      "?month=11",
    ]) {
      expect((await get(bad, viewer)).statusCode, bad).toBe(400);
    }
    const long = await get("?from=2000-01-01&to=2026-01-01", viewer, "en");
    expect(long.json().error.message).toBe("The period may be at most 10 years long.");
    const agency = await createTestOrganisation(t, "agency");
    expect((await get("", await loginAs(t, "agency", { organisationId: agency.id }))).statusCode).toBe(403);
  });

  it("gives leadership the figures of the period", async () => {
    const response = await get("?from=2026-10-01&to=2026-11-30", viewer);
    expect(response.statusCode).toBe(200);
    const f = response.json();
    expect(f.totals).toEqual({ cases: 4, open: 2, closed: 2, resolved: 1, invalid: 1, transferred: 0 });
    expect(f.byMonth).toEqual([
      { month: "2026-10", count: 1 },
      { month: "2026-11", count: 3 },
    ]);
    expect(f.timeToVerify).toEqual({ count: 3, medianSeconds: 86_400, p90Seconds: 224_640 });
    expect(f.timeToClose).toEqual({ count: 2, medianSeconds: 388_800, p90Seconds: 423_360 });
    expect(f.compliance.find((s: { stepCode: string }) => s.stepCode === "forward")).toMatchObject({
      completed: 4,
      onTime: 3,
      onTimeShare: 0.75,
      lateNow: 2,
    });
    expect(f.openByStep.find((s: { stepCode: string }) => s.stepCode === "forward")).toMatchObject({
      open: 3,
      dueSoon: 1,
      late: 2,
    });
    for (const role of ["admin", "intake", "csirt", "csirt_lead"] as const) {
      expect((await get("?from=2026-10-01", await loginAs(t, role))).statusCode, role).toBe(200);
    }
  });
});
