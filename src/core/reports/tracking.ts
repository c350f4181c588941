/*
 * The reporter's way back to their report: the ticket code and a secret token (32 random bytes,
 * base64url), stored only as its SHA-256.
 */

/** The shape of a token Sigap could have issued; anything else is refused before a look-up. */
export const looksLikeTrackingToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * The address of the public tracking page. The token travels in the fragment, which browsers
 * never send to a server or put in a Referer, so it stays out of access logs; the page reads it
 * and calls `GET /api/v1/public/reports/{code}?token=…`.
 */
export function trackingUrl(publicUrl: string | undefined, code: string, token: string): string {
  const base = (publicUrl ?? "").replace(/\/+$/, "");
  return `${base}/track/${encodeURIComponent(code)}#token=${token}`;
}
