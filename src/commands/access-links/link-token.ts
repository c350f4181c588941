import { randomToken, sha256Hex } from "../../auth/secrets.ts";

/** Every access-link token starts with this, so a leaked one is recognisable. */
export const ACCESS_LINK_PREFIX = "sgl_";

/** A new single-purpose link token: `sgl_` and 32 random bytes, base64url. */
export const newAccessLinkToken = (): string => ACCESS_LINK_PREFIX + randomToken();

/** The shape of a token Sigap could have issued; anything else is refused before a database look-up. */
export const looksLikeAccessLinkToken = (value: string): boolean => /^sgl_[A-Za-z0-9_-]{43}$/.test(value);

/** Tokens are stored only as their SHA-256, so a database leak opens no link. */
export const accessLinkHash = (token: string): string => sha256Hex(token);

/** Where the partner portal shows a link (the web page calls `/api/v1/partner/links/{token}`). */
export const accessLinkUrl = (baseUrl: string, token: string): string =>
  `${baseUrl.replace(/\/+$/, "")}/partner/links/${token}`;
