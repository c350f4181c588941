import { auditVerify, type AuditVerifyPayload } from "./handlers/audit-verify.ts";
import { legalTimersWatch, type LegalTimersWatchPayload } from "./handlers/legal-timers.ts";
import { slaWatch, type SlaWatchPayload } from "./handlers/sla-watcher.ts";
import type { JobHandlers } from "./types.ts";

/**
 * Every job kind Sigap knows, with its payload type: the typed union `{ kind, payload }` that
 * `enqueueJob` accepts and the runner dispatches. To add a kind: write its handler in
 * `handlers/<kind>.ts`, add `"<kind>": Payload` here and the handler to `jobHandlers()` (the compiler
 * refuses a kind without a handler).
 */
export interface JobPayloads {
  /** Re-compute the audit hash chain and log the outcome. */
  "audit.verify": AuditVerifyPayload;
  /** Every minute: warn step owners nearing a due time, mark late steps and tell the lead. */
  "sla.watch": SlaWatchPayload;
  /** Every minute: the same for the legal timers (UU PDP notice, IIV report). */
  "legal-timers.watch": LegalTimersWatchPayload;
}

export type JobKind = keyof JobPayloads;

/** A job as enqueued: one of the registered kinds with its payload. */
export type AnyJob = { [K in JobKind]: { kind: K; payload: JobPayloads[K] } }[JobKind];

/**
 * The production handler for each kind. A function so that handlers needing long-lived services
 * (a mailer, an HTTP client) can later receive them here.
 */
export function jobHandlers(): JobHandlers<JobPayloads> {
  return {
    "audit.verify": auditVerify,
    "sla.watch": slaWatch,
    "legal-timers.watch": legalTimersWatch,
  };
}
