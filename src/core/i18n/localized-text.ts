import { z } from "zod";
import type { Lang } from "./messages.ts";

/** A text in both of Sigap's languages; Indonesian is the one shown by default. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** Zod schema of a `LocalizedText`: both languages present and not blank. */
export const localizedTextSchema = z.object({
  id: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
