import { z } from "zod";
import { TIME_UNITS, type TimeStandard } from "../calendar/time-standard.ts";
import type { LocalizedText } from "../i18n/localized-text.ts";
import { ROLES, type Role } from "../roles.ts";
import { SOP_STEP_CODES, type SopStepCode } from "./step-codes.ts";

/*
 * The shape of an SOP definition. Custom error texts are problem codes (see problems.ts), which
 * `loadSopDefinition` turns into Indonesian and English messages.
 */

const text = z.string({ error: "wrong_type" }).trim().min(1, { error: "blank_text" });
const localized = z.strictObject({ id: text, en: text }, { error: "wrong_type" });

/** Zod schema of a step's time standard: a positive whole amount of minutes or working days. */
export const timeStandardSchema = z.strictObject(
  {
    amount: z
      .number({ error: "non_positive_duration" })
      .int({ error: "non_positive_duration" })
      .positive({ error: "non_positive_duration" }),
    unit: z.enum(TIME_UNITS, { error: "unknown_time_unit" }),
  },
  { error: "wrong_type" },
);

/** Zod schema of one SOP step. */
export const sopStepSchema = z.strictObject(
  {
    number: z
      .number({ error: "invalid_step_number" })
      .int({ error: "invalid_step_number" })
      .positive({ error: "invalid_step_number" }),
    code: z.enum(SOP_STEP_CODES, { error: "unknown_step_code" }),
    name: localized,
    ownerRoles: z
      .array(z.enum(ROLES, { error: "unknown_role" }), { error: "wrong_type" })
      .min(1, { error: "no_owner" }),
    inputs: z.array(localized, { error: "wrong_type" }),
    output: localized,
    timeStandard: timeStandardSchema,
  },
  { error: "wrong_type" },
);

/** Zod schema of a whole SOP definition (structure only; cross-step rules live in load.ts). */
export const sopDefinitionSchema = z.strictObject(
  {
    code: z.string({ error: "wrong_type" }).regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "invalid_definition_code" }),
    version: z.number({ error: "wrong_type" }).int({ error: "wrong_type" }).positive({ error: "wrong_type" }),
    name: localized,
    steps: z.array(sopStepSchema, { error: "wrong_type" }).min(1, { error: "no_steps" }),
  },
  { error: "wrong_type" },
);

/** One step of an SOP: who owns it, what it takes and produces, and how long it may take. */
export interface SopStep {
  /** 1-based position in the SOP. */
  readonly number: number;
  readonly code: SopStepCode;
  readonly name: LocalizedText;
  /** Roles that carry the step out. */
  readonly ownerRoles: readonly Role[];
  /** Inputs and tools (SOP "kelengkapan"). */
  readonly inputs: readonly LocalizedText[];
  /** What the step produces (SOP "output"). */
  readonly output: LocalizedText;
  readonly timeStandard: TimeStandard;
}

/** A team's SOP as data: the steps in order. */
export interface SopDefinition {
  /** Short machine name, e.g. `denpasar-2022`. */
  readonly code: string;
  readonly version: number;
  readonly name: LocalizedText;
  readonly steps: readonly SopStep[];
}

// A compile-time check that what the schema accepts is a SopDefinition.
const _outputFits = (v: z.output<typeof sopDefinitionSchema>): SopDefinition => v;
void _outputFits;
