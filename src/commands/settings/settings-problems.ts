import { z } from "zod";
import type { LocalizedText } from "../../core/i18n/localized-text.ts";

/** One thing wrong with a settings change: where (`calendar.closeOfBusiness`) and what, in both languages. */
export interface SettingsProblem {
  path: string;
  message: LocalizedText;
}

type Params = Record<string, string>;
const fill = (text: string, params: Params) => text.replace(/\{(\w+)\}/g, (whole, k: string) => params[k] ?? whole);

const texts = {
  not_an_object: { id: "Isian '{path}' harus berupa objek.", en: "'{path}' must be an object." },
  unknown_field: {
    id: "Isian tidak dikenal '{path}'. Yang dikenal: {allowed}.",
    en: "Unknown field '{path}'. Known fields: {allowed}.",
  },
  clock_time: { id: "Gunakan format JJ:MM (00:00–23:59).", en: "Use HH:MM (00:00–23:59)." },
  time_zone: {
    id: "Zona waktu IANA tidak dikenal, misalnya Asia/Makassar (WITA) atau Asia/Jakarta (WIB).",
    en: "Unknown IANA time zone; for example Asia/Makassar (WITA) or Asia/Jakarta (WIB).",
  },
  opening_before_close: {
    id: "Jam tutup layanan (closeOfBusiness) harus setelah jam buka (openingTime).",
    en: "closeOfBusiness must be after openingTime.",
  },
  weekdays_repeat: { id: "Hari kerja tidak boleh berulang.", en: "Working days must not repeat." },
  format_needs_seq: { id: "Format nomor tiket harus memuat {seq}.", en: "The ticket format must contain {seq}." },
  ticket_prefix: {
    id: "Prefiks tiket hanya boleh huruf besar, angka dan '-' (1–20 karakter).",
    en: "The ticket prefix may only hold capital letters, digits and '-' (1–20 characters).",
  },
  sop_file_extension: {
    id: "Berkas definisi SOP harus berkas JSON (berakhiran .json).",
    en: "The SOP definition file must be a JSON file (ending in .json).",
  },
  sop_file_missing: {
    id: "Berkas '{file}' tidak ditemukan atau tidak dapat dibaca oleh server.",
    en: "The file '{file}' does not exist or the server cannot read it.",
  },
  sop_file_too_large: { id: "Berkas '{file}' lebih besar dari {max}.", en: "The file '{file}' is larger than {max}." },
  sop_file_bad_json: {
    id: "Berkas '{file}' bukan JSON yang benar: {reason}",
    en: "The file '{file}' is not valid JSON: {reason}",
  },
} satisfies Record<string, LocalizedText>;

export type SettingsProblemCode = keyof typeof texts;

/** A problem from the texts above. */
export function settingsProblem(code: SettingsProblemCode, path: string, params: Params = {}): SettingsProblem {
  const all = { path, ...params };
  return { path, message: { id: fill(texts[code].id, all), en: fill(texts[code].en, all) } };
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.map((k, i) => (typeof k === "number" ? `[${k}]` : `${i === 0 ? "" : "."}${String(k)}`)).join("");

/** Our own wording where zod's would be cryptic (a regular expression, an English-only refinement). */
function override(issue: z.core.$ZodIssue, path: string): LocalizedText | null {
  const leaf = String(issue.path.at(-1) ?? "");
  if (issue.code === "invalid_format" && (leaf === "openingTime" || leaf === "closeOfBusiness"))
    return texts.clock_time;
  if (issue.code === "invalid_format" && path === "tickets.prefix") return texts.ticket_prefix;
  if (issue.code !== "custom") return null;
  if (leaf === "timeZone") return texts.time_zone;
  if (leaf === "closeOfBusiness") return texts.opening_before_close;
  if (leaf === "workingDays") return texts.weekdays_repeat;
  if (leaf === "format") return texts.format_needs_seq;
  return null;
}

/**
 * Validates `value` with `schema` and returns its problems, each worded by zod's Indonesian and
 * English locales (or by us where theirs would be cryptic). `prefix` is put before each path.
 */
export function zodProblems<T extends z.ZodType>(
  schema: T,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): { ok: true; data: z.output<T> } | { ok: false; problems: SettingsProblem[] } {
  const inEnglish = schema.safeParse(value, { error: z.locales.en().localeError });
  if (inEnglish.success) return { ok: true, data: inEnglish.data };
  const inIndonesian = schema.safeParse(value, { error: z.locales.id().localeError });
  const idIssues = inIndonesian.success ? [] : inIndonesian.error.issues;
  const problems = inEnglish.error.issues.map((issue, i) => {
    const path = formatPath([...prefix, ...issue.path]);
    const own = override(issue, path);
    return { path, message: own ?? { id: idIssues[i]?.message ?? issue.message, en: issue.message } };
  });
  return { ok: false, problems };
}
