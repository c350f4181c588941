import { verifyAuditChain } from "../../audit/verify-chain.ts";
import type { JobHandler } from "../types.ts";

/** Payload of `audit.verify`: none. */
export type AuditVerifyPayload = Record<string, never>;

/**
 * Re-computes the audit hash chain and logs the result; a broken chain is logged as an error naming
 * the first event that does not match. Read-only, so running it twice is harmless. It does not throw
 * on a broken chain: retrying would find the same break.
 */
export const auditVerify: JobHandler<AuditVerifyPayload> = async (_payload, ctx) => {
  const result = await verifyAuditChain(ctx.database.db);
  if (result.ok) {
    ctx.logger.info({ audit: result }, "audit chain verified");
  } else {
    ctx.logger.error({ audit: result }, `audit chain broken at event ${result.seq}: ${result.detail}`);
  }
};
