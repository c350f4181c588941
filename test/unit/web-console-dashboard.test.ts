import { describe, expect, it } from "vitest";
import type { Figures } from "../../web/src/api/figures.ts";
import {
  agencyRows,
  categoryRows,
  complianceRows,
  formatDuration,
  lateRows,
  monthLabel,
  monthRows,
  openWorkRows,
  severityRows,
} from "../../web/src/pages/console/dashboard/figures-tables.ts";

const step = (n: number, code: string) => ({
  stepNumber: n,
  stepCode: code,
  name: { id: `Langkah ${code}`, en: `Step ${code}` },
});

const figures: Figures = {
  period: { from: "2025-11-30T16:00:00.000Z", to: "2026-11-30T16:00:00.000Z", timeZone: "Asia/Makassar" },
  generatedAt: "2026-11-27T00:00:00.000Z",
  totals: { cases: 9, open: 5, closed: 4, resolved: 2, invalid: 1, transferred: 1 },
  byMonth: [
    { month: "2026-10", count: 4 },
    { month: "2026-11", count: 5 },
  ],
  byCategory: [
    { code: "PHI", label: { id: "Phishing", en: "Phishing" }, count: 2 },
    { code: "DEF", label: { id: "Deface situs web", en: "Website defacement" }, count: 7 },
  ],
  byAgency: [
    { agencyId: null, name: null, count: 3 },
    { agencyId: 4, name: "Disdukcapil", count: 6 },
  ],
  bySeverity: [
    { severity: "tinggi", count: 3 },
    { severity: "kritis", count: 1 },
  ],
  compliance: [
    { ...step(1, "receive"), completed: 9, onTime: 9, onTimeShare: 1, lateNow: 0 },
    { ...step(3, "verify"), completed: 4, onTime: 3, onTimeShare: 0.75, lateNow: 2 },
    { ...step(4, "mitigate"), completed: 0, onTime: 0, onTimeShare: null, lateNow: 0 },
  ],
  timeToVerify: { count: 4, medianSeconds: 26 * 3600 + 600, p90Seconds: 3 * 86400 },
  timeToClose: { count: 0, medianSeconds: null, p90Seconds: null },
  openByStep: [
    { ...step(2, "forward"), open: 1, dueSoon: 0, late: 1 },
    { ...step(3, "verify"), open: 4, dueSoon: 1, late: 2 },
    { ...step(5, "handle"), open: 0, dueSoon: 0, late: 0 },
  ],
};

describe("the dashboard's figures as chart data and tables", () => {
  it("names months in the reader's language", () => {
    expect(monthRows(figures, "en").map((r) => [r.label, r.count])).toEqual([
      ["Oct 2026", 4],
      ["Nov 2026", 5],
    ]);
    expect(monthLabel("2026-08", "id")).toBe("Agu 2026");
    expect(monthLabel("bad", "id")).toBe("bad");
  });

  it("lists types and agencies most first, with the server's labels and a name for 'no agency'", () => {
    expect(categoryRows(figures, "en").map((r) => r.label)).toEqual(["Website defacement", "Phishing"]);
    expect(agencyRows(figures, "(unknown)").map((r) => [r.label, r.count])).toEqual([
      ["Disdukcapil", 6],
      ["(unknown)", 3],
    ]);
  });

  it("shows every severity, most severe first, zero included", () => {
    expect(severityRows(figures, "id").map((r) => [r.key, r.label, r.count])).toEqual([
      ["kritis", "Kritis", 1],
      ["tinggi", "Tinggi", 3],
      ["sedang", "Sedang", 0],
      ["rendah", "Rendah", 0],
    ]);
  });

  it("splits completed steps into on time and late, with the share in whole per cent", () => {
    const rows = complianceRows(figures, "en");
    expect(rows[1]).toMatchObject({ label: "3. Step verify", onTime: 3, late: 1, onTimePercent: 75, lateNow: 2 });
    expect(rows[2]?.onTimePercent).toBeNull();
  });

  it("splits open work into on time, due soon and late, and lists the late steps", () => {
    expect(openWorkRows(figures, "id")[1]).toMatchObject({ open: 4, onTime: 1, dueSoon: 1, late: 2 });
    expect(lateRows(figures, "id").map((r) => [r.label, r.count])).toEqual([
      ["3. Langkah verify", 2],
      ["2. Langkah forward", 1],
    ]);
  });

  it("says durations in the two largest units", () => {
    expect(formatDuration(26 * 3600 + 600, "en")).toBe("1 day 2 hours");
    expect(formatDuration(3 * 86400, "id")).toBe("3 hari");
    expect(formatDuration(45 * 60, "en")).toBe("45 minutes");
    expect(formatDuration(90 * 60, "id")).toBe("1 jam 30 menit");
    expect(formatDuration(null, "id")).toBeNull();
  });
});
