import type { SopDefinition, SopStep } from "./schema.ts";
import type { SopStepCode } from "./step-codes.ts";

export type { SopDefinition, SopStep } from "./schema.ts";
export type { SopStepCode } from "./step-codes.ts";
export { SOP_STEP_CODES, isSopStepCode } from "./step-codes.ts";
export { DENPASAR_SOP } from "./denpasar.ts";
export { loadSopDefinition, loadSopDefinitionOrThrow, type SopLoadResult } from "./load.ts";
export type { SopProblem, SopProblemCode } from "./problems.ts";

/** The step with this number, if the definition has one. */
export function stepByNumber(def: SopDefinition, number: number): SopStep | undefined {
  return def.steps.find((s) => s.number === number);
}

/** The step of this kind, if the definition has one (not every team's SOP has every step). */
export function stepByCode(def: SopDefinition, code: SopStepCode): SopStep | undefined {
  return def.steps.find((s) => s.code === code);
}

/** The first step: where every report starts. A loaded definition always has one. */
export function firstStep(def: SopDefinition): SopStep {
  const first = def.steps[0];
  if (first === undefined) throw new Error("SOP definition has no steps");
  return first;
}

/** The step after `step`, or undefined after the last one. */
export function nextStep(def: SopDefinition, step: Pick<SopStep, "number">): SopStep | undefined {
  return stepByNumber(def, step.number + 1);
}

/** Whether `step` is the definition's last step. */
export function isLastStep(def: SopDefinition, step: Pick<SopStep, "number">): boolean {
  return step.number === def.steps.length;
}
