import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type ErrorCode } from "../core/errors.ts";
import { langFromHeader, translate, type Lang, type MessageKey } from "../core/i18n/messages.ts";

/** The one error shape every route answers with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** The language of the request: the signed-in user's choice, else Accept-Language. */
export function requestLang(request: FastifyRequest): Lang {
  const explicit = request.headers["x-sigap-lang"];
  if (explicit === "en" || explicit === "id") return explicit;
  return langFromHeader(request.headers["accept-language"]);
}

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: unknown) {
  const body: ErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return reply.status(status).send(body);
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Installs the error and not-found handlers: known errors in the user's language, never a stack trace. */
export function registerErrorHandling(app: FastifyInstance, options: { bodyLimit: number }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = requestLang(request);
    const t = (key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);
    if (error instanceof AppError) {
      return send(reply, error.status, error.code, error.localized(lang), error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        in: error.validationContext,
        path: v.instancePath.replace(/^\//, "").replaceAll("/", "."),
        message: v.message,
      }));
      return send(reply, 400, "validation_failed", t("error.validation_failed"), details);
    }
    switch (error.code) {
      case "FST_ERR_CTP_INVALID_JSON_BODY":
      case "FST_ERR_CTP_EMPTY_JSON_BODY":
        return send(reply, 400, "bad_request", t("error.bad_json"));
      case "FST_ERR_CTP_BODY_TOO_LARGE":
      case "FST_REQ_FILE_TOO_LARGE":
      case "FST_FILES_LIMIT":
      case "FST_PARTS_LIMIT":
        return send(
          reply,
          413,
          "payload_too_large",
          t("error.payload_too_large", { limit: formatBytes(options.bodyLimit) }),
        );
      case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
        return send(reply, 415, "unsupported_media_type", t("error.unsupported_media_type"));
    }
    if (error.statusCode === 429) {
      return send(
        reply,
        429,
        "rate_limited",
        t("error.rate_limited", { after: String(reply.getHeader("retry-after") ?? "60") + " s" }),
      );
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, "bad_request", t("error.bad_request"));
    }
    request.log.error({ err: error }, "unhandled error");
    return send(reply, 500, "internal", t("error.internal", { requestId: request.id }));
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, 404, "not_found", translate(requestLang(request), "error.route_not_found")),
  );
}
