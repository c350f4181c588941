import { describe, expect, it } from "vitest";
import {
  isValidTimeZone,
  localDateOf,
  localMinutesOf,
  offsetAt,
  zonedToInstant,
} from "../../../src/core/calendar/zoned-time.ts";

const H = 3_600_000;
const iso = (d: Date) => d.toISOString();

describe("offsetAt (from Intl, never a fixed table)", () => {
  it("keeps WITA at UTC+8 all year", () => {
    for (let month = 0; month < 12; month++) {
      expect(offsetAt(new Date(Date.UTC(2026, month, 15, 12)), "Asia/Makassar")).toBe(8 * H);
    }
  });

  it("follows daylight saving in Berlin and New York", () => {
    expect(offsetAt(new Date("2026-01-15T12:00Z"), "Europe/Berlin")).toBe(1 * H);
    expect(offsetAt(new Date("2026-07-15T12:00Z"), "Europe/Berlin")).toBe(2 * H);
    expect(offsetAt(new Date("2026-01-15T12:00Z"), "America/New_York")).toBe(-5 * H);
    expect(offsetAt(new Date("2026-07-15T12:00Z"), "America/New_York")).toBe(-4 * H);
    // The exact switch: 2026-03-29 01:00 UTC in the EU.
    expect(offsetAt(new Date("2026-03-29T00:59:59Z"), "Europe/Berlin")).toBe(1 * H);
    expect(offsetAt(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe(2 * H);
  });

  it("handles offsets that are not whole hours", () => {
    expect(offsetAt(new Date("2026-06-01T00:00Z"), "Asia/Kathmandu")).toBe(5.75 * H);
  });
});

describe("localDateOf / localMinutesOf", () => {
  it("give the WITA date, which changes at 16:00 UTC", () => {
    expect(localDateOf(new Date("2026-03-05T15:59:59Z"), "Asia/Makassar")).toBe("2026-03-05");
    expect(localDateOf(new Date("2026-03-05T16:00:00Z"), "Asia/Makassar")).toBe("2026-03-06");
    expect(localMinutesOf(new Date("2026-03-05T16:30:00Z"), "Asia/Makassar")).toBe(30);
  });

  it("give New York's date, behind UTC", () => {
    expect(localDateOf(new Date("2027-01-01T03:00:00Z"), "America/New_York")).toBe("2026-12-31");
  });
});

describe("zonedToInstant", () => {
  it("converts an ordinary local time", () => {
    expect(iso(zonedToInstant("2026-03-06", 16 * 60, "Asia/Makassar"))).toBe("2026-03-06T08:00:00.000Z");
    expect(iso(zonedToInstant("2026-07-01", 16 * 60, "Europe/Berlin"))).toBe("2026-07-01T14:00:00.000Z");
    expect(iso(zonedToInstant("2026-12-01", 16 * 60, "Europe/Berlin"))).toBe("2026-12-01T15:00:00.000Z");
  });

  it("moves a time skipped by spring-forward ahead by the gap", () => {
    expect(iso(zonedToInstant("2026-03-29", 2 * 60 + 30, "Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(zonedToInstant("2026-03-08", 2 * 60 + 30, "America/New_York"))).toBe("2026-03-08T07:30:00.000Z");
  });

  it("takes the earlier of a time repeated by fall-back", () => {
    expect(iso(zonedToInstant("2026-10-25", 2 * 60 + 30, "Europe/Berlin"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(zonedToInstant("2026-11-01", 60 + 30, "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
  });

  it("works in the southern hemisphere, where DST runs the other way", () => {
    expect(iso(zonedToInstant("2026-01-15", 16 * 60, "Australia/Sydney"))).toBe("2026-01-15T05:00:00.000Z");
    expect(iso(zonedToInstant("2026-07-15", 16 * 60, "Australia/Sydney"))).toBe("2026-07-15T06:00:00.000Z");
  });

  it("round-trips every half hour of a DST day", () => {
    for (let m = 0; m < 24 * 60; m += 30) {
      const t = zonedToInstant("2026-10-25", m, "Europe/Berlin");
      expect(localDateOf(t, "Europe/Berlin")).toBe("2026-10-25");
      expect(localMinutesOf(t, "Europe/Berlin")).toBe(m);
    }
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA names and rejects others", () => {
    expect(isValidTimeZone("Asia/Makassar")).toBe(true);
    expect(isValidTimeZone("Asia/Jakarta")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
  });
});
