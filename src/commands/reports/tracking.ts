import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { notFound } from "../../core/errors.ts";
import { looksLikeTrackingToken } from "../../core/reports/tracking.ts";
import type { Report } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";

/** SHA-256 (hex) of a tracking secret: what is stored and compared. */
export const trackingHash = (token: string): string => createHash("sha256").update(token).digest("hex");

/** A new tracking secret: 32 random bytes, base64url (43 characters). */
export const newTrackingToken = (): string => randomBytes(32).toString("base64url");

/** Compared against when the code is unknown, so both failures take the same work. */
const NO_SUCH_HASH = trackingHash("no such report");

/**
 * The report a reporter may follow: the ticket code and the tracking secret must both be right.
 * An unknown code, a wrong token and a malformed token all give the same 404, after the same
 * constant-time comparison, so the answer never tells which part was wrong.
 */
export async function findTrackedReport(ctx: Pick<QueryContext, "db">, code: string, token: string): Promise<Report> {
  const report =
    code.length <= 64
      ? await ctx.db.selectFrom("reports").selectAll().where("code", "=", code).executeTakeFirst()
      : undefined;
  const given = Buffer.from(trackingHash(looksLikeTrackingToken(token) ? token : `invalid:${token}`), "hex");
  const expected = Buffer.from(report?.tracking_hash ?? NO_SUCH_HASH, "hex");
  const same = given.length === expected.length && timingSafeEqual(given, expected);
  if (!report || !same || !looksLikeTrackingToken(token)) throw notFound("report");
  return report;
}
