import type { SopStepCode } from "../../../core/sop/step-codes.ts";
import { agencyCoordinationEffect, analyseEffect, developerReplyEffect, upstreamFollowupEffect } from "./follow-up.ts";
import { handleEffect, mitigateEffect } from "./response.ts";
import { forwardEffect, verifyEffect } from "./triage.ts";
import type { StepEffectInput, StepEffectResult } from "./types.ts";

export type { StepEffectInput, StepEffectResult } from "./types.ts";

type Effects = { [C in SopStepCode]: (input: StepEffectInput<C>) => Promise<StepEffectResult> };

const stored = async (input: { output: unknown }): Promise<StepEffectResult> => ({ stored: input.output });

/** What each step writes beyond its run's output, by step code. */
const EFFECTS: Effects = {
  receive: stored,
  forward: forwardEffect,
  verify: verifyEffect,
  mitigate: mitigateEffect,
  handle: handleEffect,
  analyse: analyseEffect,
  upstream_followup: upstreamFollowupEffect,
  agency_coordination: agencyCoordinationEffect,
  developer_reply: developerReplyEffect,
  final_report: stored,
};

/** Writes the records a step's output produces (mitigation actions, handling log, recommendations…). */
export function applyStepEffect<C extends SopStepCode>(code: C, input: StepEffectInput<C>): Promise<StepEffectResult> {
  return (EFFECTS[code] as (input: StepEffectInput<C>) => Promise<StepEffectResult>)(input);
}
