import { runLegalTimersWatch } from "../../commands/timers/watch-legal-timers.ts";
import type { JobHandler } from "../types.ts";
import { recurringWatch } from "./sla-watcher.ts";

/** Payload of `legal-timers.watch`: none. */
export type LegalTimersWatchPayload = Record<string, never>;

/**
 * `legal-timers.watch`, every minute: warns about the UU PDP notice and IIV report deadlines at the
 * team's warning share and marks them late when missed, telling the lead (see
 * `runLegalTimersWatch`). Safe to run twice, like `sla.watch`.
 */
export const legalTimersWatch: JobHandler<LegalTimersWatchPayload> = recurringWatch(
  "legal-timers.watch",
  runLegalTimersWatch,
);
