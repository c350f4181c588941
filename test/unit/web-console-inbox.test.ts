import { describe, expect, it } from "vitest";
import { DENPASAR_SOP } from "../../src/core/sop/denpasar.ts";
import { staffReportSchema } from "../../src/core/reports/schema.ts";
import type { Role } from "../../src/core/roles.ts";
import type { Session } from "../../web/src/api/session.ts";
import { inboxAbilities } from "../../web/src/pages/console/inbox/inbox-abilities.ts";
import {
  initialRecordValues,
  toStaffPayload,
  validateRecord,
  zonedInputToIso,
  type RecordReportValues,
} from "../../web/src/pages/console/inbox/record-report-values.ts";

const session = (role: Role, abilities: string[]): Session => ({
  user: {
    id: 7,
    username: "u",
    displayName: "U",
    email: null,
    role,
    specialty: null,
    organisationId: null,
    mustChangePassword: false,
    totpEnabled: false,
    language: "id",
  },
  abilities,
  csrfToken: "x",
});
const STAFF = ["report.read", "incident.read", "incident.step"];

describe("what the inbox offers each role", () => {
  it("lets the intake desk record, forward, merge and write to the reporter", () => {
    expect(inboxAbilities(session("intake", STAFF), DENPASAR_SOP)).toEqual({
      record: true,
      forward: true,
      merge: true,
      message: true,
    });
  });

  it("lets the CSIRT lead forward too, but an analyst only merge and write", () => {
    expect(inboxAbilities(session("csirt_lead", STAFF), DENPASAR_SOP).forward).toBe(true);
    expect(inboxAbilities(session("csirt", STAFF), DENPASAR_SOP)).toEqual({
      record: true,
      forward: false,
      merge: true,
      message: true,
    });
  });

  it("gives the administrator the recording of letters but not the desk's step or merging", () => {
    expect(inboxAbilities(session("admin", ["report.read", "incident.read"]), DENPASAR_SOP)).toEqual({
      record: true,
      forward: false,
      merge: false,
      message: true,
    });
  });

  it("leaves leadership reading only, and offers no forwarding before the SOP is known", () => {
    expect(inboxAbilities(session("viewer", ["report.read", "incident.read"]), DENPASAR_SOP)).toEqual({
      record: false,
      forward: false,
      merge: false,
      message: false,
    });
    expect(inboxAbilities(session("intake", STAFF), undefined).forward).toBe(false);
  });
});

const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;
const limits = { maxAttachmentBytes: 1000, maxAttachments: 2, allowedMediaTypes: ["application/pdf", "image/png"] };
const now = new Date("2026-11-27T02:00:00Z"); // 10.00 WITA
const scan = new File(["%PDF-1.4"], "surat.pdf", { type: "application/pdf" });

function letter(over: Partial<RecordReportValues> = {}): RecordReportValues {
  const base = initialRecordValues();
  return {
    ...base,
    letter: { number: "005/12/DKIS", date: "2026-11-25", sender: "Dinas Pendidikan" },
    reporter: { ...base.reporter, name: "Kadis", kind: "asn" },
    title: "Situs diretas",
    description: "Menurut surat, halaman depan berubah.",
    letterScan: scan,
    ...over,
  };
}
const check = (values: RecordReportValues) =>
  validateRecord(values, { t: t as never, files: limits, timeZone: "Asia/Makassar", now });

describe("recording a letter or a phone report", () => {
  it("sends what the server's own schema accepts, with the arrival time read on the team's clock", () => {
    const values = letter({ receivedAt: "2026-11-27T08:30" });
    expect(check(values)).toEqual({});
    const payload = toStaffPayload(values, "Asia/Makassar");
    expect(payload.receivedAt).toBe("2026-11-27T00:30:00.000Z");
    expect(payload.letter).toEqual({ number: "005/12/DKIS", date: "2026-11-25", sender: "Dinas Pendidikan" });
    expect(staffReportSchema.safeParse(payload).success).toBe(true);
  });

  it("asks for the letter's number, date, sender and scan, and no more for a phone call", () => {
    const empty = letter({ letter: { number: " ", date: "", sender: "" }, letterScan: null });
    expect(Object.keys(check(empty)).sort()).toEqual(["letter.date", "letter.number", "letter.sender", "letterScan"]);
    const phone = { ...empty, channel: "phone" as const };
    expect(check(phone)).toEqual({});
    expect(toStaffPayload({ ...phone, language: "en" }, "Asia/Makassar")).toMatchObject({
      letter: null,
      language: "en",
    });
  });

  it("names each missing or wrong field of the reporter and the report", () => {
    const base = initialRecordValues();
    const errors = check({
      ...letter(),
      reporter: { ...base.reporter, email: "not-an-address" },
      title: "x".repeat(301),
      description: "",
    });
    expect(errors["reporter.name"]).toBe("validation.required");
    expect(errors["reporter.kind"]).toBeDefined();
    expect(errors["reporter.email"]).toBe("validation.email");
    expect(errors.title).toBe('validation.tooLong {"max":300}');
    expect(errors.description).toBe("validation.required");
  });

  it("refuses an arrival time still to come and files over the team's limits", () => {
    expect(check(letter({ receivedAt: "2026-11-27T10:30" })).receivedAt).toBe("inbox.form.receivedInFuture");
    const big = new File(["x".repeat(2000)], "big.png", { type: "image/png" });
    expect(check(letter({ letterScan: big })).letterScan).toContain("validation.fileTooLarge");
    const three = [scan, scan].map((f) => new File([f], "e.pdf", { type: "application/pdf" }));
    expect(check(letter({ files: three })).files).toContain("validation.tooManyFiles");
  });

  it("converts wall-clock input across the date line of the zone", () => {
    expect(zonedInputToIso("2026-11-28T00:30", "Asia/Makassar")).toBe("2026-11-27T16:30:00.000Z");
    expect(zonedInputToIso("2026-11-28T00:30", "Asia/Jakarta")).toBe("2026-11-27T17:30:00.000Z");
    expect(zonedInputToIso("yesterday", "Asia/Makassar")).toBeNull();
  });
});
