import { AppError } from "../core/errors.ts";
import type { LocalizedText } from "../core/i18n/localized-text.ts";

/**
 * Prints the problems an error lists (an import file's rows, a settings document's fields), each
 * in Indonesian and English, before the CLI prints the error itself and exits.
 */
export function printProblems(error: unknown): void {
  if (!(error instanceof AppError) || !Array.isArray(error.details)) return;
  for (const detail of error.details as unknown[]) {
    const message = (detail as { message?: LocalizedText } | null)?.message;
    if (message && typeof message.id === "string" && typeof message.en === "string") {
      console.error(`  - ${message.id}\n    ${message.en}`);
    }
  }
}

/** Runs `fn`; on failure prints the problems it lists and fails the same way. */
export async function withProblemsPrinted<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    printProblems(error);
    throw error;
  }
}
