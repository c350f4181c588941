import type { IncidentOutcome } from "../../db/schema.ts";
import { isLastStep, nextStep, stepByCode, type SopDefinition, type SopStep } from "../sop/definition.ts";
import type { SopStepCode } from "../sop/step-codes.ts";
import { PARTY_ROLES, type PartyRole } from "./catalogue.ts";
import type { StepOutput } from "./step-outputs.ts";

/*
 * What follows a step, read from the SOP definition and the step's output. No step numbers here:
 * steps are found by code, and order comes from the definition.
 */

/** The outside party that owns a step (agency, developer, upstream), or null for CSIRT/intake steps. */
export function partyRoleOf(step: Pick<SopStep, "ownerRoles">): PartyRole | null {
  return step.ownerRoles.find((r): r is PartyRole => (PARTY_ROLES as readonly string[]).includes(r)) ?? null;
}

/** The organisations an incident involves, as the workflow needs them. */
export interface IncidentParties {
  agencyOrgId: number | null;
  developerOrgId: number | null;
  upstreamOrgId: number | null;
}

/** The organisation whose people own a partner step: the incident's agency, developer or upstream CSIRT. */
export function ownerOrgForStep(step: Pick<SopStep, "ownerRoles">, parties: IncidentParties): number | null {
  switch (partyRoleOf(step)) {
    case "agency":
      return parties.agencyOrgId;
    case "developer":
      return parties.developerOrgId;
    case "upstream":
      return parties.upstreamOrgId;
    case null:
      return null;
  }
}

/** What completing a step does to the incident. */
export type StepResult =
  { kind: "advance"; next: SopStep } | { kind: "close"; outcome: IncidentOutcome; reason: string | null };

/**
 * The consequence of a completed step: an invalid verdict closes the case as invalid and a
 * transferred one as transferred (both with the verdict's reason); the last step closes it as
 * resolved; otherwise the next step of the SOP starts.
 */
export function resultOfStep(sop: SopDefinition, step: SopStep, output: unknown): StepResult {
  if (step.code === "verify") {
    const verdict = output as Pick<StepOutput<"verify">, "verdict" | "reason">;
    if (verdict.verdict === "invalid") return { kind: "close", outcome: "invalid", reason: verdict.reason ?? null };
    if (verdict.verdict === "transferred")
      return { kind: "close", outcome: "transferred", reason: verdict.reason ?? null };
  }
  const next = nextStep(sop, step);
  if (isLastStep(sop, step) || next === undefined) return { kind: "close", outcome: "resolved", reason: null };
  return { kind: "advance", next };
}

/**
 * Whether an incident may be taken back to `target`: a step the incident has reached (or, when
 * closed, any step up to where it stopped), never the first one — receiving a report is a fact,
 * not work to redo.
 */
export function canReopenTo(sop: SopDefinition, target: SopStepCode, reachedStepNumber: number | null): boolean {
  const step = stepByCode(sop, target);
  if (!step || reachedStepNumber === null) return false;
  return step.number > 1 && step.number <= reachedStepNumber;
}
