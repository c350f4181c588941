import { describe, expect, it } from "vitest";
import {
  DENPASAR_SOP,
  SOP_STEP_CODES,
  firstStep,
  isLastStep,
  loadSopDefinition,
  loadSopDefinitionOrThrow,
  nextStep,
  stepByCode,
  stepByNumber,
  type SopDefinition,
} from "../../../src/core/sop/definition.ts";

const copy = (): { steps: Record<string, unknown>[] } & Record<string, unknown> =>
  JSON.parse(JSON.stringify(DENPASAR_SOP));

function problems(json: unknown) {
  const result = loadSopDefinition(json);
  if (result.ok) throw new Error("expected the definition to be rejected");
  return result.errors;
}

describe("the Denpasar SOP", () => {
  it("passes the same validation as an uploaded definition", () => {
    const result = loadSopDefinition(JSON.parse(JSON.stringify(DENPASAR_SOP)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition).toEqual(DENPASAR_SOP);
  });

  it("has the ten steps of the SOP with their time standards", () => {
    expect(DENPASAR_SOP.steps.map((s) => s.code)).toEqual([...SOP_STEP_CODES]);
    expect(DENPASAR_SOP.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(
      DENPASAR_SOP.steps.map((s) => `${s.timeStandard.amount}${s.timeStandard.unit === "minutes" ? "m" : "d"}`),
    ).toEqual(["5m", "10m", "2d", "1d", "3d", "1d", "1d", "30m", "1d", "3d"]);
  });

  it("gives each step owners, a bilingual name and an output", () => {
    for (const step of DENPASAR_SOP.steps) {
      expect(step.ownerRoles.length).toBeGreaterThan(0);
      expect(step.name.id && step.name.en && step.output.id && step.output.en).toBeTruthy();
    }
    expect(stepByCode(DENPASAR_SOP, "receive")?.ownerRoles).toEqual(["intake"]);
    expect(stepByCode(DENPASAR_SOP, "upstream_followup")?.ownerRoles).toEqual(["upstream"]);
    expect(stepByCode(DENPASAR_SOP, "agency_coordination")?.ownerRoles).toEqual(["agency"]);
    expect(stepByCode(DENPASAR_SOP, "developer_reply")?.ownerRoles).toEqual(["developer"]);
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(DENPASAR_SOP)).toBe(true);
    expect(Object.isFrozen(DENPASAR_SOP.steps[2]?.timeStandard)).toBe(true);
  });
});

describe("step helpers", () => {
  it("walk the steps in order", () => {
    const first = firstStep(DENPASAR_SOP);
    expect(first.code).toBe("receive");
    expect(nextStep(DENPASAR_SOP, first)?.code).toBe("forward");
    const last = stepByCode(DENPASAR_SOP, "final_report");
    expect(last && isLastStep(DENPASAR_SOP, last)).toBe(true);
    expect(last && nextStep(DENPASAR_SOP, last)).toBeUndefined();
    expect(isLastStep(DENPASAR_SOP, first)).toBe(false);
  });

  it("find steps by number and by code", () => {
    expect(stepByNumber(DENPASAR_SOP, 3)?.code).toBe("verify");
    expect(stepByNumber(DENPASAR_SOP, 11)).toBeUndefined();
    expect(stepByCode(DENPASAR_SOP, "verify")?.number).toBe(3);
  });

  it("work on a shorter SOP without the partner steps", () => {
    const short = copy();
    short.steps = short.steps.slice(0, 3);
    const def: SopDefinition = loadSopDefinitionOrThrow(short);
    expect(stepByCode(def, "developer_reply")).toBeUndefined();
    expect(isLastStep(def, stepByNumber(def, 3)!)).toBe(true);
  });
});

describe("loadSopDefinition rejects", () => {
  it("duplicate step numbers", () => {
    const def = copy();
    def.steps[1]!.number = 1;
    const found = problems(def);
    expect(found.map((p) => p.code)).toContain("duplicate_step_number");
    const dup = found.find((p) => p.code === "duplicate_step_number")!;
    expect(dup.message.id).toBe("Nomor langkah 1 dipakai lebih dari sekali.");
    expect(dup.message.en).toBe("Step number 1 is used more than once.");
  });

  it("numbers that are not 1..N in array order", () => {
    const swapped = copy();
    swapped.steps = [swapped.steps[1]!, swapped.steps[0]!, ...swapped.steps.slice(2)];
    expect(problems(swapped).map((p) => p.code)).toEqual(["non_consecutive_order"]);

    const gap = copy();
    gap.steps[9]!.number = 11;
    const [p] = problems(gap);
    expect(p?.code).toBe("non_consecutive_order");
    expect(p?.message.en).toBe("Steps must be numbered 1 to 10 in order; found 1, 2, 3, 4, 5, 6, 7, 8, 9, 11.");
    expect(p?.message.id).toContain("Langkah harus bernomor 1 sampai 10 berurutan");
  });

  it("an unknown role, naming it and the known ones", () => {
    const def = copy();
    def.steps[2]!.ownerRoles = ["csirt", "hacker"];
    const [p] = problems(def);
    expect(p).toMatchObject({ code: "unknown_role", path: "steps[2].ownerRoles[1]" });
    expect(p?.message.en).toContain('"hacker"');
    expect(p?.message.en).toContain("csirt_lead");
    expect(p?.message.id).toMatch(/^Peran tidak dikenal/);
  });

  it("zero, negative, fractional and non-numeric durations", () => {
    for (const amount of [0, -1, 1.5, "2"]) {
      const def = copy();
      (def.steps[3]!.timeStandard as Record<string, unknown>).amount = amount;
      const [p] = problems(def);
      expect(p).toMatchObject({ code: "non_positive_duration", path: "steps[3].timeStandard.amount" });
      expect(p?.message.id).toContain("harus bilangan bulat positif");
    }
  });

  it("an unknown time unit, step code, missing and unknown fields, blank names", () => {
    const def = copy();
    (def.steps[0]!.timeStandard as Record<string, unknown>).unit = "hours";
    def.steps[1]!.code = "triage";
    delete def.steps[4]!.output;
    def.steps[5]!.ownerRole = "csirt";
    (def.steps[6]!.name as Record<string, unknown>).id = "   ";
    def.steps[7]!.ownerRoles = [];
    const codes = problems(def).map((p) => `${p.code}@${p.path}`);
    expect(codes).toEqual([
      "unknown_time_unit@steps[0].timeStandard.unit",
      "unknown_step_code@steps[1].code",
      "missing_field@steps[4].output",
      "unknown_field@steps[5]",
      "blank_text@steps[6].name.id",
      "no_owner@steps[7].ownerRoles",
    ]);
  });

  it("a step code used twice", () => {
    const def = copy();
    def.steps[4]!.code = "verify";
    expect(problems(def).map((p) => p.code)).toEqual(["duplicate_step_code"]);
  });

  it("documents that are not objects or have no steps", () => {
    expect(problems(null).map((p) => p.code)).toEqual(["not_an_object"]);
    expect(problems([]).map((p) => p.code)).toEqual(["not_an_object"]);
    expect(problems({ ...copy(), steps: [] }).map((p) => p.code)).toEqual(["no_steps"]);
    expect(problems({}).map((p) => p.code)).toEqual([
      "missing_field",
      "missing_field",
      "missing_field",
      "missing_field",
    ]);
  });

  it("and reports every problem at once, each in both languages", () => {
    const def = copy();
    def.steps[1]!.number = 1;
    def.steps[2]!.ownerRoles = ["nobody"];
    (def.steps[3]!.timeStandard as Record<string, unknown>).amount = 0;
    const found = problems(def);
    expect(found.map((p) => p.code).sort()).toEqual([
      "duplicate_step_number",
      "non_consecutive_order",
      "non_positive_duration",
      "unknown_role",
    ]);
    for (const p of found) {
      expect(p.message.id.length).toBeGreaterThan(10);
      expect(p.message.en.length).toBeGreaterThan(10);
      expect(p.message.id).not.toEqual(p.message.en);
    }
  });

  it("loadSopDefinitionOrThrow throws with the English messages", () => {
    const def = copy();
    def.steps[1]!.number = 1;
    expect(() => loadSopDefinitionOrThrow(def)).toThrow(/Step number 1 is used more than once/);
  });
});
