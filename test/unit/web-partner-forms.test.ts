import { describe, expect, it } from "vitest";
import { parseStepOutput } from "../../src/core/workflow/step-outputs.ts";
import { awaitsPartner, analysisOf, type PartnerStepRun, type Recommendation } from "../../web/src/api/partner.ts";
import {
  agencyOutput,
  developerOutput,
  emptyRecommendation,
  initialAgencyValues,
  initialDeveloperValues,
  initialUpstreamValues,
  upstreamOutput,
  validateAgency,
  validateDeveloper,
  validateUpstream,
  zonedInputToIso,
  type Translate,
} from "../../web/src/pages/partner/forms/form-values.ts";

/** Shows which message and values were asked for, instead of a translation. */
const t: Translate = (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key);
const ZONE = "Asia/Makassar";
/** 10:00 WITA on Friday 27 November 2026. */
const now = new Date("2026-11-27T02:00:00.000Z");

const recommendation = (number: number, owner: string): Recommendation => ({
  number,
  body: `Rekomendasi ${number}`,
  owner,
  deadline: "2026-12-11",
  source: "csirt",
  status: "open",
  replySteps: null,
  replyEvidence: null,
  replyReason: null,
  repliedAt: null,
});

describe("datetime-local values in the team's zone", () => {
  it("reads the typed time in the zone and gives the UTC instant", () => {
    expect(zonedInputToIso("2026-11-27T10:15", "Asia/Makassar")).toBe("2026-11-27T02:15:00.000Z");
    expect(zonedInputToIso("2026-11-27T10:15", "Asia/Jakarta")).toBe("2026-11-27T03:15:00.000Z");
    expect(zonedInputToIso("2026-11-27T00:30", "Asia/Jayapura")).toBe("2026-11-26T15:30:00.000Z");
  });

  it("refuses what is not a complete date and time", () => {
    for (const bad of ["", "2026-11-27", "2026-11-27T25:00", "2026-13-40T10:00", "kemarin"]) {
      expect(zonedInputToIso(bad, ZONE), bad).toBeNull();
    }
  });

  it("defaults the 'when' fields to now, shown in the zone", () => {
    expect(initialAgencyValues(now, ZONE).coordinatedAt).toBe("2026-11-27T10:00");
    expect(initialUpstreamValues(now, ZONE).escalateToBssn.handedOffAt).toBe("2026-11-27T10:00");
  });
});

describe("the upstream follow-up form (step 7)", () => {
  it("asks for the confirmation, and sends nothing to BSSN unless asked", () => {
    const values = initialUpstreamValues(now, ZONE);
    expect(validateUpstream(values, ZONE, t)).toEqual({ confirmation: "validation.required" });
    values.confirmation = "Dikonfirmasi.";
    expect(validateUpstream(values, ZONE, t)).toEqual({});
    const output = upstreamOutput(values, ZONE);
    expect(output).toEqual({ confirmation: "Dikonfirmasi.", recommendations: [] });
    expect(parseStepOutput("upstream_followup", output).ok).toBe(true);
  });

  it("checks each added recommendation field by field", () => {
    const values = initialUpstreamValues(now, ZONE);
    values.confirmation = "Dikonfirmasi.";
    values.recommendations = [
      emptyRecommendation(),
      { body: "Pasang WAF", owner: "developer", deadline: "2026-12-01" },
    ];
    expect(validateUpstream(values, ZONE, t)).toEqual({
      "recommendations.0.body": "validation.required",
      "recommendations.0.owner": "validation.required",
      "recommendations.0.deadline": "validation.required",
    });
    values.recommendations[0] = { body: "Perbarui CMS", owner: "agency", deadline: "31-12-2026" };
    expect(validateUpstream(values, ZONE, t)).toEqual({ "recommendations.0.deadline": "partner.validation.date" });
  });

  it("sends the escalation to BSSN with its hand-off time in UTC", () => {
    const values = initialUpstreamValues(now, ZONE);
    values.confirmation = "Dikonfirmasi, butuh forensik.";
    values.escalate = true;
    expect(validateUpstream(values, ZONE, t)).toEqual({
      "escalateToBssn.reason": "validation.required",
      "escalateToBssn.channel": "validation.required",
    });
    values.escalateToBssn = { reason: "Forensik", handedOffAt: "2026-11-27T09:30", channel: "email", reference: " " };
    expect(validateUpstream(values, ZONE, t)).toEqual({});
    const output = upstreamOutput(values, ZONE);
    expect(output.escalateToBssn).toEqual({
      reason: "Forensik",
      handedOffAt: "2026-11-27T01:30:00.000Z",
      channel: "email",
      reference: undefined,
    });
    expect(parseStepOutput("upstream_followup", output).ok).toBe(true);
    values.escalateToBssn.handedOffAt = "";
    expect(validateUpstream(values, ZONE, t)).toEqual({ "escalateToBssn.handedOffAt": "validation.required" });
  });

  it("says how long a text may be, as the server counts it", () => {
    const values = initialUpstreamValues(now, ZONE);
    values.confirmation = "x".repeat(8001);
    expect(validateUpstream(values, ZONE, t)).toEqual({ confirmation: 'validation.tooLong {"max":8000}' });
  });
});

describe("the agency coordination form (step 8)", () => {
  it("needs the outcome and the channel; the time starts at now", () => {
    const values = initialAgencyValues(now, ZONE);
    expect(validateAgency(values, ZONE, t)).toEqual({
      outcome: "validation.required",
      channel: "validation.required",
    });
    values.outcome = "Rapat dengan pengembang.";
    values.channel = "meeting";
    expect(validateAgency(values, ZONE, t)).toEqual({});
    const output = agencyOutput(values, ZONE);
    expect(output).toEqual({
      outcome: "Rapat dengan pengembang.",
      coordinatedAt: "2026-11-27T02:00:00.000Z",
      channel: "meeting",
    });
    expect(parseStepOutput("agency_coordination", output).ok).toBe(true);
  });

  it("refuses an unreadable time", () => {
    const values = { ...initialAgencyValues(now, ZONE), outcome: "ok", channel: "phone" as const };
    values.coordinatedAt = "2026-11-27T";
    expect(validateAgency(values, ZONE, t)).toEqual({ coordinatedAt: "validation.dateTime" });
  });
});

describe("the developer reply form (step 9)", () => {
  const recommendations = [recommendation(1, "developer"), recommendation(2, "agency"), recommendation(3, "developer")];

  it("answers the developer's recommendations by default, the others when chosen", () => {
    const values = initialDeveloperValues(recommendations);
    expect(values.replies.map((r) => [r.recommendationNumber, r.include])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
  });

  it("names the field at fault on the right recommendation, even with one left out", () => {
    const values = initialDeveloperValues(recommendations);
    values.replies[0] = { ...values.replies[0]!, steps: "CMS diperbarui", status: "done" };
    values.replies[2] = { ...values.replies[2]!, steps: "WAF belum ada", status: "cannot" };
    // The second reply sent is the form's third card.
    expect(validateDeveloper(values, t)).toEqual({ "replies.2.reason": "partner.validation.reasonRequired" });
    values.replies[2]!.reason = "Anggaran 2027";
    expect(validateDeveloper(values, t)).toEqual({});
    const output = developerOutput(values);
    expect(output.replies).toEqual([
      { recommendationNumber: 1, steps: "CMS diperbarui", evidence: undefined, status: "done", reason: undefined },
      {
        recommendationNumber: 3,
        steps: "WAF belum ada",
        evidence: undefined,
        status: "cannot",
        reason: "Anggaran 2027",
      },
    ]);
    expect(parseStepOutput("developer_reply", output).ok).toBe(true);
  });

  it("asks for steps and status of every reply it sends", () => {
    const values = initialDeveloperValues(recommendations);
    values.replies[0]!.include = false;
    expect(validateDeveloper(values, t)).toEqual({
      "replies.2.steps": "validation.required",
      "replies.2.status": "validation.required",
    });
  });

  it("needs at least one reply", () => {
    const values = initialDeveloperValues(recommendations);
    for (const r of values.replies) r.include = false;
    expect(validateDeveloper(values, t)).toEqual({ replies: "partner.validation.replyNeeded" });
  });

  it("drops a reason typed before the status became something other than 'cannot'", () => {
    const values = initialDeveloperValues([recommendation(1, "developer")]);
    values.replies[0] = { ...values.replies[0]!, steps: "Sedang dikerjakan", status: "in_progress", reason: "lama" };
    expect(developerOutput(values).replies[0]?.reason).toBeUndefined();
  });
});

describe("what the partner portal reads from an incident", () => {
  const run = (over: Partial<PartnerStepRun>): PartnerStepRun => ({
    id: 1,
    stepNumber: 6,
    stepCode: "analyse",
    name: null,
    iteration: 1,
    status: "done",
    ownerRole: "csirt_lead",
    ownerOrganisationId: null,
    startedAt: "2026-11-27T02:00:00.000Z",
    dueAt: "2026-11-30T02:00:00.000Z",
    completedAt: "2026-11-27T03:00:00.000Z",
    late: false,
    output: null,
    ...over,
  });

  it("takes the analysis from the latest completed analysis step", () => {
    expect(analysisOf({ stepRuns: [] })).toBeNull();
    const runs = [
      run({ id: 1, status: "reopened", output: { rootCause: "lama", impact: "lama" } }),
      run({ id: 2, output: { rootCause: "Plugin usang", impact: "Reputasi", findings: "" } }),
    ];
    expect(analysisOf({ stepRuns: runs })).toEqual({ rootCause: "Plugin usang", impact: "Reputasi", findings: null });
  });

  it("marks an incident as waiting for the partner only at their role's step (an agency: its own incident)", () => {
    const item = (code: string, agencyId: number | null = 7) => ({
      status: "open" as const,
      currentStep: { number: 8, code, name: { id: "x", en: "x" } },
      agency: agencyId === null ? null : { id: agencyId, name: "Diskes" },
    });
    expect(awaitsPartner(item("agency_coordination"), { role: "agency", organisationId: 7 })).toBe(true);
    expect(awaitsPartner(item("agency_coordination", 8), { role: "agency", organisationId: 7 })).toBe(false);
    expect(awaitsPartner(item("developer_reply"), { role: "agency", organisationId: 7 })).toBe(false);
    expect(awaitsPartner(item("developer_reply"), { role: "developer", organisationId: 3 })).toBe(true);
    expect(awaitsPartner(item("upstream_followup"), { role: "upstream", organisationId: 5 })).toBe(true);
    expect(
      awaitsPartner({ ...item("upstream_followup"), status: "closed" }, { role: "upstream", organisationId: 5 }),
    ).toBe(false);
    expect(awaitsPartner(item("upstream_followup"), { role: "csirt", organisationId: null })).toBe(false);
  });
});
