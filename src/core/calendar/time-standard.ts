/** Units a time standard (SOP "mutu baku waktu") can be given in. */
export const TIME_UNITS = ["minutes", "workingDays"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/**
 * How long a step may take. Minutes run on the wall clock; working days count the team's working
 * days and end at close of business (see `dueAt`).
 */
export interface TimeStandard {
  readonly amount: number;
  readonly unit: TimeUnit;
}
