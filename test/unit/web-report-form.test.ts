import { describe, expect, it } from "vitest";
import { REPORT_LIMITS } from "../../src/core/reports/limits.ts";
import { publicReportSchema } from "../../src/core/reports/schema.ts";
import { DEFAULT_TEAM_SETTINGS } from "../../src/core/settings.ts";
import {
  initialReportValues,
  toPayload,
  validateReport,
  type ReportFormValues,
  type Translate,
} from "../../web/src/pages/public/report-form/form-values.ts";

/** Shows which message and values were asked for, instead of a translation. */
const t: Translate = (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key);
const limits = DEFAULT_TEAM_SETTINGS.intake;
/** 10:00 WITA on a Friday. */
const now = new Date("2026-11-27T02:00:00.000Z");
const check = (values: ReportFormValues) =>
  validateReport(values, { t, files: limits, timeZone: "Asia/Makassar", now });

function filled(overrides: (v: ReportFormValues) => void = () => {}): ReportFormValues {
  const values = initialReportValues();
  values.reporter.name = "Made Wirawan";
  values.reporter.kind = "public";
  values.reporter.email = "made@example.id";
  values.title = "Situs disusupi judi online";
  values.description = "Tautan judi di halaman berita.";
  values.truthful = true;
  values.consent = true;
  overrides(values);
  return values;
}

const file = (name: string, size: number, type: string) => new File([new Uint8Array(size)], name, { type });

describe("the Aduan Siber form's checks", () => {
  it("accepts a complete report, and the server's schema accepts what the form sends", () => {
    const values = filled((v) => {
      v.occurredAt = "2026-11-27T09:30";
      v.impact.affectedUsers = 1200;
      v.affected.url = "https://dinas.denpasarkota.go.id/berita";
      v.serverLocation = "city_dc";
    });
    expect(check(values)).toEqual({});
    const parsed = publicReportSchema.safeParse(toPayload(values, "id"));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.impact.affectedUsers).toBe(1200);
    expect(parsed.data?.reporter.phone).toBeNull();
  });

  it("names each missing required field, and both statements", () => {
    const errors = check(initialReportValues());
    expect(errors["reporter.name"]).toBe("validation.required");
    expect(errors["reporter.kind"]).toBe("validation.required");
    expect(errors.title).toBe("validation.required");
    expect(errors.description).toBe("validation.required");
    expect(errors["reporter.email"]).toBe("validation.contactRequired");
    expect(errors.truthful).toBe("validation.mustAgree");
    expect(errors.consent).toBe("validation.mustAgree");
  });

  it("counts characters as the server does (code points), at the server's limits", () => {
    const atLimit = "😀".repeat(REPORT_LIMITS.title);
    expect(check(filled((v) => (v.title = atLimit)))).toEqual({});
    expect(check(filled((v) => (v.title = `${atLimit}x`))).title).toBe(
      `validation.tooLong {"max":${REPORT_LIMITS.title}}`,
    );
    expect(check(filled((v) => (v.reporter.name = "n".repeat(REPORT_LIMITS.reporterName + 1))))["reporter.name"]).toBe(
      `validation.tooLong {"max":${REPORT_LIMITS.reporterName}}`,
    );
  });

  it("takes a phone number instead of an e-mail, and refuses a malformed e-mail", () => {
    expect(check(filled((v) => ((v.reporter.email = ""), (v.reporter.phone = "0812 3456 7890"))))).toEqual({});
    expect(check(filled((v) => (v.reporter.email = "bukan-email")))["reporter.email"]).toBe("validation.email");
  });

  it("takes the number of affected users as digits only", () => {
    expect(check(filled((v) => (v.impact.affectedUsers = " 1200 ")))).toEqual({});
    for (const typed of ["1.200", "12a", "-3", "1e3"]) {
      expect(check(filled((v) => (v.impact.affectedUsers = typed)))["impact.affectedUsers"]).toBe(
        'validation.wholeNumber {"max":100000000}',
      );
    }
    expect(check(filled((v) => (v.impact.affectedUsers = "100000001")))["impact.affectedUsers"]).toBe(
      'validation.wholeNumber {"max":100000000}',
    );
  });

  it("refuses text the databases cannot store unchanged", () => {
    expect(check(filled((v) => (v.description = "a\u0000b"))).description).toBe("validation.badCharacters");
  });

  it("refuses an occurrence time in the future of the team's zone, allowing five minutes of clock skew", () => {
    expect(check(filled((v) => (v.occurredAt = "2026-11-27T10:04"))).occurredAt).toBeUndefined();
    expect(check(filled((v) => (v.occurredAt = "2026-11-27T10:10"))).occurredAt).toBe("validation.future");
  });

  it("checks the files against the team's limits before the upload", () => {
    const png = file("layar.png", 100, "image/png");
    expect(check(filled((v) => (v.files = [png])))).toEqual({});
    expect(check(filled((v) => (v.files = Array.from({ length: limits.maxAttachments + 1 }, () => png)))).files).toBe(
      `validation.tooManyFiles {"max":${limits.maxAttachments}}`,
    );
    expect(
      check(filled((v) => (v.files = [file("besar.png", limits.maxAttachmentBytes + 1, "image/png")]))).files,
    ).toBe('validation.fileTooLarge {"name":"besar.png","max":"10 MB"}');
    expect(check(filled((v) => (v.files = [file("setup.exe", 10, "application/x-msdownload")]))).files).toBe(
      'validation.fileType {"name":"setup.exe"}',
    );
    expect(check(filled((v) => (v.files = [file("kosong.txt", 0, "text/plain")]))).files).toBe(
      'validation.emptyFile {"name":"kosong.txt"}',
    );
    // The identity scan counts towards the same limit.
    const full = Array.from({ length: limits.maxAttachments }, () => png);
    expect(check(filled((v) => ((v.files = full), (v.identityFile = png)))).files).toBe(
      `validation.tooManyFiles {"max":${limits.maxAttachments}}`,
    );
  });
});
