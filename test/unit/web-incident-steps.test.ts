import { describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/messages.ts";
import { STEP_OUTPUT_SCHEMAS } from "../../src/core/workflow/step-outputs.ts";
import { auditLines, auditValue } from "../../web/src/pages/console/incident/audit-changes.ts";
import {
  instantFromLocal,
  issuesToErrors,
  optional,
  optionalNumber,
  serverErrors,
} from "../../web/src/pages/console/incident/steps/step-issues.ts";

/** A stand-in for i18next's t: the key with its values, so the test sees which message was chosen. */
const t = (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key);

const check = (note: string) => ({ checked: true, note });

describe("step form problems, from the step's own schema", () => {
  it("puts each problem on its field, with the server's words for the workflow rules", () => {
    const parsed = STEP_OUTPUT_SCHEMAS.verify.safeParse({
      checklist: {
        reporterIdentity: check("ok"),
        incidentType: check(""),
        serverLocation: check("Pusat Data"),
        systemLogs: check("log"),
      },
      verdict: "invalid",
    });
    expect(parsed.success).toBe(false);
    const errors = issuesToErrors(parsed.error!.issues, t as never, "id");
    expect(errors).toEqual({
      "checklist.incidentType.note": "incident.validation.required",
      reason: translate("id", "workflow.reason_required"),
      disposition: translate("id", "workflow.disposition_required"),
    });
    expect(issuesToErrors(parsed.error!.issues, t as never, "en").reason).toBe(
      translate("en", "workflow.reason_required"),
    );
  });

  it("asks for an escalation when the incident could not be handled", () => {
    const parsed = STEP_OUTPUT_SCHEMAS.handle.safeParse({
      entries: [{ at: "2026-11-27T02:15:00.000Z", body: "Webshell dihapus" }],
      outcome: "not_handled",
    });
    expect(issuesToErrors(parsed.error!.issues, t as never, "id")).toEqual({
      escalations: translate("id", "workflow.escalation_required"),
    });
  });

  it("names limits: too long, too few items, a bad date, a choice", () => {
    const parsed = STEP_OUTPUT_SCHEMAS.analyse.safeParse({
      rootCause: "x".repeat(8001),
      impact: "Situs tidak dapat diakses",
      recommendations: [{ body: "Perbarui CMS", owner: "nobody", deadline: "2026-02-30" }],
      recipients: [],
    });
    expect(issuesToErrors(parsed.error!.issues, t as never, "id")).toEqual({
      rootCause: 'incident.validation.tooLong {"max":8000}',
      "recommendations.0.owner": "incident.validation.choose",
      "recommendations.0.deadline": "incident.validation.dateTime",
      recipients: 'incident.validation.atLeast {"min":1}',
    });
  });

  it("accepts what the forms build for a valid step", () => {
    expect(
      STEP_OUTPUT_SCHEMAS.mitigate.safeParse({
        strategy: optional("  "),
        actions: [
          {
            kind: "maintenance_page",
            description: optional(""),
            status: "planned",
            assigneeUserId: optionalNumber(""),
          },
        ],
      }).success,
    ).toBe(true);
  });

  it("maps the server's problems (under output.) back to the form's fields", () => {
    expect(
      serverErrors([
        { path: "output.recommendations.0.body", message: "Wajib" },
        { path: "output", message: "Tidak valid" },
        { path: "onBehalfOf", message: "ignored" },
        "junk",
      ]),
    ).toEqual({ "recommendations.0.body": "Wajib", form: "Tidak valid" });
    expect(serverErrors(undefined)).toEqual({});
  });
});

describe("times typed in the team's zone", () => {
  it("turns the wall clock in WITA into the instant the API takes", () => {
    expect(instantFromLocal("2026-11-27T10:15", "Asia/Makassar")).toBe("2026-11-27T02:15:00.000Z");
    expect(instantFromLocal("2026-11-27T10:15", "Asia/Jakarta")).toBe("2026-11-27T03:15:00.000Z");
  });

  it("leaves a value that is no time as it is, for the schema to refuse", () => {
    expect(instantFromLocal(" 2026-02-30T10:15 ", "Asia/Makassar")).toBe("2026-02-30T10:15");
    expect(instantFromLocal("", "Asia/Makassar")).toBe("");
    expect(
      STEP_OUTPUT_SCHEMAS.agency_coordination.safeParse({ outcome: "x", coordinatedAt: "", channel: "email" }).success,
    ).toBe(false);
  });

  it("reads optional numbers and text", () => {
    expect(optionalNumber("3")).toBe(3);
    expect(optionalNumber("")).toBeUndefined();
    expect(optionalNumber("abc")).toBeUndefined();
    expect(optional("  Tim web  ")).toBe("Tim web");
  });
});

describe("the audit history as people read it", () => {
  it("shows changed fields as before → after and detail as key: value", () => {
    expect(
      auditLines({
        assignee_user_id: { before: null, after: 3 },
        title: { before: "Lama", after: "Baru" },
        step: "forward",
      }),
    ).toEqual(["assignee_user_id: — → 3", "title: Lama → Baru", "step: forward"]);
    expect(auditLines({ attachments: [{ id: 1 }] })).toEqual(['attachments: [{"id":1}]']);
    expect(auditLines(null)).toEqual([]);
    expect(auditLines("catatan")).toEqual(["catatan"]);
  });

  it("cuts long values", () => {
    const [line] = auditLines({ body: "x".repeat(500) });
    expect(line!.length).toBeLessThan(200);
    expect(line!.endsWith("…")).toBe(true);
    expect(auditValue(undefined)).toBe("—");
  });
});
