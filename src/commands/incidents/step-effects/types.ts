import type { Updateable } from "kysely";
import type { SopStep } from "../../../core/sop/definition.ts";
import type { SopStepCode } from "../../../core/sop/step-codes.ts";
import type { StepOutput } from "../../../core/workflow/step-outputs.ts";
import type { Incident, IncidentsTable, StepRun } from "../../../db/schema.ts";
import type { TeamContext } from "../../../settings/team-settings.ts";
import type { CommandContext } from "../../context.ts";

/** What a step's effect receives: the validated output and where it belongs. */
export interface StepEffectInput<C extends SopStepCode> {
  ctx: CommandContext;
  team: TeamContext;
  incident: Incident;
  step: SopStep;
  run: StepRun;
  output: StepOutput<C>;
}

/** What a step's effect did beyond writing its own rows. */
export interface StepEffectResult {
  /** The output as stored on the step run (the input plus what was derived or created). */
  stored: unknown;
  /** Changes to the incident row; the caller applies and audits them. */
  incident?: Updateable<IncidentsTable>;
  /** Who is to own the next step, when this step decides it. */
  nextOwnerUserId?: number;
}
