import { ApiError } from "../../../api/client.ts";

/**
 * The fields a refused request named (`email`, `body.email`), each marked with `text`, so the
 * mark shows beside the field it is about. The schema's own wording is not in the user's
 * language, so it is not shown; the request's message still shows above the buttons.
 */
export function fieldErrorsOf(error: unknown, text: string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const path of error.fieldPaths) out[path.replace(/^body\./, "")] = text;
  return out;
}
