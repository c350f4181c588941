import type { Lang, MessageKey } from "./i18n/messages.ts";
import { translate } from "./i18n/messages.ts";

/** Machine-readable error codes shared by commands, routes and clients. */
export type ErrorCode =
  | "validation_failed"
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "account_locked"
  | "csrf_failed"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  account_locked: 429,
  internal: 500,
};

/**
 * An expected failure of a command or request. It carries a message key rather than text so that
 * the HTTP layer (or the CLI) can say it in the user's language.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(translate("en", messageKey, params));
    this.name = "AppError";
    this.status = statusOf[code];
  }

  /** The message in the given language. */
  localized(lang: Lang): string {
    return translate(lang, this.messageKey, this.params);
  }
}

/** Shorthands for the common failures. */
export const notFound = (entity = "resource") => new AppError("not_found", "error.not_found", { entity });
export const forbidden = () => new AppError("forbidden", "error.forbidden");
export const conflict = (key: MessageKey, params: Record<string, string | number> = {}) =>
  new AppError("conflict", key, params);
export const invalid = (key: MessageKey, params: Record<string, string | number> = {}, details?: unknown) =>
  new AppError("validation_failed", key, params, details);

export const httpStatusOf = (code: ErrorCode): number => statusOf[code];
