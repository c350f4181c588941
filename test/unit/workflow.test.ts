import { describe, expect, it } from "vitest";
import { DENPASAR_SOP, stepByCode, SOP_STEP_CODES, type SopDefinition } from "../../src/core/sop/definition.ts";
import { INVALID_DISPOSITIONS } from "../../src/core/taxonomy/disposition.ts";
import {
  canReopenTo,
  ownerOrgForStep,
  parseStepOutput,
  partyRoleOf,
  reporterStatusOf,
  resultOfStep,
  STEP_OUTPUT_SCHEMAS,
  withRegionalSecretary,
} from "../../src/core/workflow/index.ts";

const check = { checked: true, note: "ok" };
const checklist = { reporterIdentity: check, incidentType: check, serverLocation: check, systemLogs: check };
const step = (code: (typeof SOP_STEP_CODES)[number]) => stepByCode(DENPASAR_SOP, code)!;
const messages = (code: Parameters<typeof parseStepOutput>[0], value: unknown) => {
  const parsed = parseStepOutput(code, value);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
};

describe("step output schemas", () => {
  it("exist for every step code", () => {
    expect(Object.keys(STEP_OUTPUT_SCHEMAS).sort()).toEqual([...SOP_STEP_CODES].sort());
  });

  it("derive the MISP disposition of a valid or transferred verdict", () => {
    const valid = parseStepOutput("verify", { checklist, verdict: "valid", typeCode: "DEF", impact: 3, likelihood: 2 });
    expect(valid.ok && valid.value.disposition).toBe('incident-disposition:incident="confirmed"');
    const transferred = parseStepOutput("verify", { checklist, verdict: "transferred", reason: "Penipuan: Polri" });
    expect(transferred.ok && transferred.value.disposition).toBe('incident-disposition:incident="transferred"');
  });

  it("require a reason and a not-an-incident disposition for an invalid verdict", () => {
    expect(messages("verify", { checklist, verdict: "invalid" })).toEqual([
      "reason: workflow.reason_required",
      "disposition: workflow.disposition_required",
    ]);
    expect(messages("verify", { checklist, verdict: "transferred" })).toEqual(["reason: workflow.reason_required"]);
    for (const disposition of INVALID_DISPOSITIONS) {
      expect(messages("verify", { checklist, verdict: "invalid", disposition, reason: "r" })).toEqual([]);
    }
    expect(
      messages("verify", {
        checklist,
        verdict: "invalid",
        disposition: 'incident-disposition:incident="confirmed"',
        reason: "r",
      }),
    ).toEqual(["disposition: workflow.disposition_mismatch"]);
  });

  it("require type, impact and likelihood (1–5) for a valid verdict, and every checklist note", () => {
    expect(messages("verify", { checklist, verdict: "valid" })).toEqual([
      "typeCode: workflow.assessment_required",
      "impact: workflow.assessment_required",
      "likelihood: workflow.assessment_required",
    ]);
    expect(messages("verify", { checklist, verdict: "valid", typeCode: "DEF", impact: 6, likelihood: 1 })[0]).toMatch(
      /^impact:/,
    );
    expect(
      messages("verify", {
        checklist: { ...checklist, systemLogs: { checked: true, note: " " } },
        verdict: "valid",
        typeCode: "DEF",
        impact: 1,
        likelihood: 1,
      })[0],
    ).toMatch(/^checklist\.systemLogs\.note:/);
  });

  it("take mitigation actions only from the catalogue, 'other' with a description", () => {
    expect(messages("mitigate", { actions: [] })[0]).toMatch(/^actions:/);
    expect(messages("mitigate", { actions: [{ kind: "format_disk" }] })[0]).toMatch(/^actions\.0\.kind:/);
    expect(messages("mitigate", { actions: [{ kind: "other" }] })).toEqual([
      "actions.0.description: workflow.other_needs_description",
    ]);
    const parsed = parseStepOutput("mitigate", { actions: [{ kind: "take_offline" }] });
    expect(parsed.ok && parsed.value.actions[0]!.status).toBe("planned");
  });

  it("require an escalation when handling fails, and store hand-off times as UTC", () => {
    const entry = { at: "2026-12-01T09:00:00+08:00", body: "Log diperiksa" };
    expect(messages("handle", { entries: [entry], outcome: "not_handled" })).toEqual([
      "escalations: workflow.escalation_required",
    ]);
    expect(
      messages("handle", {
        entries: [entry],
        outcome: "not_handled",
        escalations: [{ target: "polri", reason: "x", handedOffAt: entry.at, channel: "email" }],
      })[0],
    ).toMatch(/^escalations\.0\.target:/);
    const parsed = parseStepOutput("handle", {
      entries: [entry],
      outcome: "not_handled",
      escalations: [
        { target: "prov_csirt", reason: "Forensik", handedOffAt: "2026-12-01T10:00:00+08:00", channel: "phone" },
      ],
    });
    expect(parsed.ok && parsed.value.entries[0]!.at).toBe("2026-12-01T01:00:00.000Z");
    expect(parsed.ok && parsed.value.escalations[0]!.handedOffAt).toBe("2026-12-01T02:00:00.000Z");
    expect(messages("handle", { entries: [{ ...entry, at: "yesterday" }], outcome: "handled" })[0]).toMatch(
      /^entries\.0\.at:/,
    );
  });

  it("need an owner and a deadline on each recommendation, a reason for 'cannot', one reply each", () => {
    const base = { rootCause: "r", impact: "i", recipients: [1] };
    expect(
      messages("analyse", { ...base, recommendations: [{ body: "b", owner: "vendor", deadline: "2026-12-01" }] })[0],
    ).toMatch(/owner/);
    expect(
      messages("analyse", { ...base, recommendations: [{ body: "b", owner: "agency", deadline: "besok" }] })[0],
    ).toMatch(/deadline/);
    expect(
      messages("developer_reply", { replies: [{ recommendationNumber: 1, steps: "s", status: "cannot" }] }),
    ).toEqual(["replies.0.reason: workflow.cannot_reason_required"]);
    const twice = { recommendationNumber: 2, steps: "s", status: "done" };
    expect(messages("developer_reply", { replies: [twice, twice] })).toEqual([
      "replies.1.recommendationNumber: workflow.duplicate_reply",
    ]);
  });

  it("refuse unknown fields instead of dropping them silently", () => {
    expect(messages("final_report", { summary: "s", lessonsLearned: "l", extra: 1 })[0]).toMatch(/^: /);
    expect(messages("final_report", { summary: "s" })[0]).toMatch(/^lessonsLearned:/);
  });
});

describe("transitions", () => {
  it("advance in SOP order, close invalid/transferred verdicts, resolve after the last step", () => {
    expect(resultOfStep(DENPASAR_SOP, step("forward"), {})).toEqual({ kind: "advance", next: step("verify") });
    expect(resultOfStep(DENPASAR_SOP, step("verify"), { verdict: "valid" })).toEqual({
      kind: "advance",
      next: step("mitigate"),
    });
    expect(resultOfStep(DENPASAR_SOP, step("verify"), { verdict: "invalid", reason: "r" })).toEqual({
      kind: "close",
      outcome: "invalid",
      reason: "r",
    });
    expect(resultOfStep(DENPASAR_SOP, step("verify"), { verdict: "transferred", reason: "t" })).toEqual({
      kind: "close",
      outcome: "transferred",
      reason: "t",
    });
    expect(resultOfStep(DENPASAR_SOP, step("final_report"), {})).toEqual({
      kind: "close",
      outcome: "resolved",
      reason: null,
    });
  });

  it("follow another team's numbering: steps are found by code", () => {
    // A team without the upstream step: agency coordination follows the analysis directly.
    const steps = DENPASAR_SOP.steps
      .filter((s) => s.code !== "upstream_followup")
      .map((s, i) => ({ ...s, number: i + 1 }));
    const sop: SopDefinition = { ...DENPASAR_SOP, code: "other", steps };
    const analyse = stepByCode(sop, "analyse")!;
    expect(resultOfStep(sop, analyse, {})).toMatchObject({
      kind: "advance",
      next: { code: "agency_coordination", number: 7 },
    });
    expect(canReopenTo(sop, "upstream_followup", 9)).toBe(false);
  });

  it("give partner steps to the incident's agency, developer or upstream CSIRT", () => {
    const parties = { agencyOrgId: 1, developerOrgId: 2, upstreamOrgId: 3 };
    expect(partyRoleOf(step("verify"))).toBeNull();
    expect(ownerOrgForStep(step("verify"), parties)).toBeNull();
    expect(ownerOrgForStep(step("upstream_followup"), parties)).toBe(3);
    expect(ownerOrgForStep(step("agency_coordination"), parties)).toBe(1);
    expect(ownerOrgForStep(step("developer_reply"), parties)).toBe(2);
  });

  it("reopen only to a reached step after the first", () => {
    expect(canReopenTo(DENPASAR_SOP, "verify", 5)).toBe(true);
    expect(canReopenTo(DENPASAR_SOP, "handle", 5)).toBe(true);
    expect(canReopenTo(DENPASAR_SOP, "analyse", 5)).toBe(false);
    expect(canReopenTo(DENPASAR_SOP, "receive", 5)).toBe(false);
    expect(canReopenTo(DENPASAR_SOP, "verify", null)).toBe(false);
  });
});

describe("what the reporter is told", () => {
  it("maps steps to coarse public statuses and closed cases to their outcome", () => {
    const open = (code: (typeof SOP_STEP_CODES)[number]) =>
      reporterStatusOf({ status: "open", outcome: null, activeStepCode: code });
    expect(SOP_STEP_CODES.map(open)).toEqual([
      "received",
      "received",
      "verifying",
      "handling",
      "handling",
      "follow_up",
      "follow_up",
      "follow_up",
      "follow_up",
      "reporting",
    ]);
    expect(reporterStatusOf({ status: "closed", outcome: "invalid", activeStepCode: null })).toBe("invalid");
    expect(reporterStatusOf({ status: "closed", outcome: null, activeStepCode: null })).toBe("resolved");
  });
});

describe("copies of the analysis report", () => {
  it("always put the Regional Secretary first, once", () => {
    expect(withRegionalSecretary([], "Pemerintah Kota Denpasar")).toEqual(["Sekretaris Daerah Kota Denpasar"]);
    expect(
      withRegionalSecretary(
        ["Kepala DKIS", "sekda", " Sekretaris Daerah Kota Denpasar ", "kepala dkis", ""],
        "Pemerintah Kota Denpasar",
      ),
    ).toEqual(["Sekretaris Daerah Kota Denpasar", "Kepala DKIS"]);
    expect(withRegionalSecretary(["Inspektorat"], "Pemerintah Kabupaten Badung")).toEqual([
      "Sekretaris Daerah Kabupaten Badung",
      "Inspektorat",
    ]);
  });
});
