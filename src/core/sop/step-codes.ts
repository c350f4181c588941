/**
 * The kinds of SOP step Sigap knows, in the order of the Denpasar SOP. Code refers to steps by
 * these codes, never by their numbers: another team's definition may number them differently.
 */
export const SOP_STEP_CODES = [
  "receive",
  "forward",
  "verify",
  "mitigate",
  "handle",
  "analyse",
  "upstream_followup",
  "agency_coordination",
  "developer_reply",
  "final_report",
] as const;

/** One of `SOP_STEP_CODES`. */
export type SopStepCode = (typeof SOP_STEP_CODES)[number];

/** Narrows a string to a known step code. */
export const isSopStepCode = (value: string): value is SopStepCode =>
  (SOP_STEP_CODES as readonly string[]).includes(value);
