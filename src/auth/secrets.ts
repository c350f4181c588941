import { createHash, randomBytes } from "node:crypto";

/** Name of the session cookie. */
export const SESSION_COOKIE = "sigap_session";
/** Every API token starts with this, so leaked tokens are easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = "sgp_";

/** 32 random bytes, base64url: the session cookie value and the CSRF token. */
export const randomToken = (): string => randomBytes(32).toString("base64url");

/** Hex SHA-256. Session ids and API tokens are stored only as this, so a database leak grants nothing. */
export const sha256Hex = (value: string): string => createHash("sha256").update(value).digest("hex");

/** A new API token: `sgp_` followed by 32 random bytes in base64url. */
export const newApiToken = (): string => API_TOKEN_PREFIX + randomToken();

/** The shape of a token Sigap could have issued; anything else is refused before a database look-up. */
export const looksLikeApiToken = (value: string): boolean => /^sgp_[A-Za-z0-9_-]{43}$/.test(value);
