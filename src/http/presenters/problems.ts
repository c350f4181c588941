import type { FastifyInstance } from "fastify";
import { AppError } from "../../core/errors.ts";
import type { LocalizedText } from "../../core/i18n/localized-text.ts";
import type { Lang } from "../../core/i18n/messages.ts";
import { requestLang } from "../errors.ts";

const isLocalized = (v: unknown): v is LocalizedText =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as LocalizedText).id === "string" &&
  typeof (v as LocalizedText).en === "string";

const hasLocalizedMessage = (d: unknown): d is { message: LocalizedText } =>
  typeof d === "object" && d !== null && isLocalized((d as { message?: unknown }).message);

/**
 * Commands list problems (an import file's rows, a settings document's fields) with each message
 * in both languages, since they do not know who reads them; this picks the reader's language.
 */
export function problemsIn(error: unknown, lang: Lang): unknown {
  if (!(error instanceof AppError) || !Array.isArray(error.details) || !error.details.some(hasLocalizedMessage))
    return error;
  const details = error.details.map((d: unknown) => (hasLocalizedMessage(d) ? { ...d, message: d.message[lang] } : d));
  return new AppError(error.code, error.messageKey, error.params, details);
}

/**
 * For a route area whose commands list problems: hands every error on to the application's error
 * handler (a handler that throws passes its error to the parent's), with the problems in the
 * request's language.
 */
export function listProblemsInRequestLanguage(app: FastifyInstance): void {
  app.setErrorHandler((error, request) => {
    throw problemsIn(error, requestLang(request));
  });
}
