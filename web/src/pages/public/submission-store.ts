import type { SubmitResult } from "../../api/public-reports.ts";

/*
 * The ticket code and tracking secret of the report just filed, kept for this browser tab only
 * (sessionStorage), so reloading the confirmation page does not lose the one chance to save them.
 */

const KEY = "sigap.lastReport";

export function rememberSubmission(result: SubmitResult): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(result));
  } catch {
    // Without storage the confirmation page still gets the result through navigation state.
  }
}

export function recallSubmission(): SubmitResult | null {
  try {
    const raw = window.sessionStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SubmitResult>;
    return typeof parsed.code === "string" && typeof parsed.token === "string"
      ? { code: parsed.code, token: parsed.token, trackingUrl: String(parsed.trackingUrl ?? "") }
      : null;
  } catch {
    return null;
  }
}
