import { describe, expect, it } from "vitest";
import { REPORT_LIMITS } from "../../src/core/reports/limits.ts";
import { charCount, isStorableText, publicReportSchema, staffReportSchema } from "../../src/core/reports/schema.ts";

const valid = {
  reporter: { name: "Ni Made", kind: "public", email: "made@example.org" },
  title: "Judul",
  description: "Isi laporan",
  consent: true,
  truthful: true,
};

const issuesOf = (input: unknown) => {
  const r = publicReportSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
};

describe("publicReportSchema", () => {
  it("fills defaults and turns blank optional fields into null", () => {
    const r = publicReportSchema.parse({
      ...valid,
      chronology: "   ",
      reporter: { ...valid.reporter, phone: "", email: "" },
    });
    expect(r.typeCode).toBe("unknown");
    expect(r.chronology).toBeNull();
    expect(r.reporter.email).toBeNull();
    expect(r.reporter.phone).toBeNull();
    expect(r.reporter.confidential).toBe(false);
    expect(r.impact).toEqual({
      description: null,
      serviceDisrupted: false,
      dataExposed: false,
      personalData: false,
      affectedUsers: null,
      ongoing: false,
    });
    expect(r.tlp).toBeNull();
  });

  it("trims only surrounding whitespace and keeps markup", () => {
    const r = publicReportSchema.parse({ ...valid, description: "\n  <script>x</script>\n\tbaris  \n" });
    expect(r.description).toBe("<script>x</script>\n\tbaris");
  });

  it("requires the statements and the core fields", () => {
    expect(issuesOf({ ...valid, consent: false })).toEqual(["consent"]);
    expect(issuesOf({ ...valid, truthful: undefined })).toEqual(["truthful"]);
    expect(issuesOf({ ...valid, title: "   " })).toEqual(["title"]);
    expect(issuesOf({ ...valid, reporter: { name: "x", kind: "alien" } })).toEqual(["reporter.kind"]);
    expect(issuesOf({ ...valid, reporter: { ...valid.reporter, email: "nope" } })).toEqual(["reporter.email"]);
    expect(issuesOf({ ...valid, channel: "letter" })).toEqual([""]);
  });

  it("counts limits in characters and refuses, never cuts", () => {
    expect(issuesOf({ ...valid, title: "x".repeat(REPORT_LIMITS.title) })).toEqual([]);
    expect(issuesOf({ ...valid, title: "x".repeat(REPORT_LIMITS.title + 1) })).toEqual(["title"]);
    expect(issuesOf({ ...valid, title: "ᬩ".repeat(REPORT_LIMITS.title) })).toEqual([]);
    expect(issuesOf({ ...valid, title: "😀".repeat(REPORT_LIMITS.title) })).toEqual([]);
    expect(issuesOf({ ...valid, description: "x".repeat(REPORT_LIMITS.description + 1) })).toEqual(["description"]);
  });

  it("accepts occurrence times with an offset or local to the team", () => {
    expect(issuesOf({ ...valid, occurredAt: "2026-11-27T09:30:00+08:00" })).toEqual([]);
    expect(issuesOf({ ...valid, occurredAt: "2026-11-27T09:30" })).toEqual([]);
    expect(issuesOf({ ...valid, occurredAt: "kemarin" })).toEqual(["occurredAt"]);
  });
});

describe("staffReportSchema", () => {
  it("takes a staff channel, a letter and a receipt time", () => {
    const r = staffReportSchema.parse({
      ...valid,
      channel: "letter",
      letter: { number: "000.8.3.3/15/DINKES", date: "2026-11-26", sender: "Dinas Kesehatan" },
      receivedAt: "2026-11-27T01:00:00Z",
    });
    expect(r.letter?.number).toBe("000.8.3.3/15/DINKES");
    expect(staffReportSchema.safeParse({ ...valid, channel: "web" }).success).toBe(false);
    expect(
      staffReportSchema.safeParse({
        ...valid,
        channel: "letter",
        letter: { number: "1", date: "26/11/2026", sender: "x" },
      }).success,
    ).toBe(false);
  });
});

describe("text helpers", () => {
  it("counts code points", () => {
    expect(charCount("abc")).toBe(3);
    expect(charCount("😀😀")).toBe(2);
    expect(charCount("ᬅᬓ᭄ᬱᬭ")).toBe(5);
  });

  it("refuses what a database would change or refuse", () => {
    expect(isStorableText("ok ✓ 😀")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("a\ud800b")).toBe(false);
    expect(isStorableText("a\udc00")).toBe(false);
  });
});
