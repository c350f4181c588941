import type { z } from "zod";
import type { LocalizedText } from "../i18n/localized-text.ts";
import { ROLES } from "../roles.ts";
import { SOP_STEP_CODES } from "./step-codes.ts";

/** What can be wrong with an SOP definition. */
export type SopProblemCode =
  | "not_an_object"
  | "wrong_type"
  | "missing_field"
  | "unknown_field"
  | "blank_text"
  | "invalid_definition_code"
  | "no_steps"
  | "no_owner"
  | "unknown_role"
  | "unknown_step_code"
  | "invalid_step_number"
  | "duplicate_step_number"
  | "duplicate_step_code"
  | "non_consecutive_order"
  | "non_positive_duration"
  | "unknown_time_unit"
  | "invalid";

/** One problem found in an SOP definition, where it is, and what to tell the person who wrote it. */
export interface SopProblem {
  readonly code: SopProblemCode;
  /** Where in the JSON, e.g. `steps[2].timeStandard.amount`; empty for the whole document. */
  readonly path: string;
  readonly message: LocalizedText;
}

type Params = Record<string, string>;

const templates: Record<SopProblemCode, LocalizedText> = {
  not_an_object: { id: "Definisi SOP harus berupa objek JSON.", en: "An SOP definition must be a JSON object." },
  wrong_type: { id: "Isian {at} jenisnya salah.", en: "{at} has the wrong type." },
  missing_field: { id: "Isian {at} wajib ada.", en: "{at} is required." },
  unknown_field: { id: "Isian tidak dikenal {at}: {value}.", en: "Unknown field(s) {at}: {value}." },
  blank_text: { id: "Isian {at} tidak boleh kosong.", en: "{at} must not be empty." },
  invalid_definition_code: {
    id: "Kode SOP {at} hanya boleh berisi huruf kecil, angka, '-' dan '_'.",
    en: "The SOP code {at} may only hold lower-case letters, digits, '-' and '_'.",
  },
  no_steps: { id: "SOP harus memiliki minimal satu langkah.", en: "An SOP needs at least one step." },
  no_owner: {
    id: "Langkah {at} harus memiliki minimal satu peran pelaksana.",
    en: "Step {at} needs at least one owner role.",
  },
  unknown_role: {
    id: "Peran tidak dikenal {at}: {value}. Peran yang dikenal: {allowed}.",
    en: "Unknown role {at}: {value}. Known roles: {allowed}.",
  },
  unknown_step_code: {
    id: "Kode langkah tidak dikenal {at}: {value}. Kode yang dikenal: {allowed}.",
    en: "Unknown step code {at}: {value}. Known codes: {allowed}.",
  },
  invalid_step_number: {
    id: "Nomor langkah {at} harus bilangan bulat positif; tertulis {value}.",
    en: "The step number {at} must be a positive whole number; found {value}.",
  },
  duplicate_step_number: {
    id: "Nomor langkah {value} dipakai lebih dari sekali.",
    en: "Step number {value} is used more than once.",
  },
  duplicate_step_code: {
    id: 'Kode langkah "{value}" dipakai lebih dari sekali.',
    en: 'Step code "{value}" is used more than once.',
  },
  non_consecutive_order: {
    id: "Langkah harus bernomor 1 sampai {count} berurutan; tertulis {value}.",
    en: "Steps must be numbered 1 to {count} in order; found {value}.",
  },
  non_positive_duration: {
    id: "Standar waktu {at} harus bilangan bulat positif; tertulis {value}.",
    en: "The time standard {at} must be a positive whole number; found {value}.",
  },
  unknown_time_unit: {
    id: 'Satuan waktu tidak dikenal {at}: {value}. Gunakan "minutes" (menit) atau "workingDays" (hari kerja).',
    en: 'Unknown time unit {at}: {value}. Use "minutes" or "workingDays".',
  },
  invalid: { id: "Nilai {at} tidak valid.", en: "Invalid value {at}." },
};

const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);

/** Formats a JSON path like `steps[2].timeStandard.amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`)).join("");
}

/** Builds a problem with its message in both languages. */
export function sopProblem(code: SopProblemCode, path: readonly PropertyKey[], params: Params = {}): SopProblem {
  const where = formatPath(path);
  const allowed = code === "unknown_role" ? ROLES.join(", ") : SOP_STEP_CODES.join(", ");
  const at = (root: string) => (where === "" ? root : `'${where}'`);
  const t = templates[code];
  return {
    code,
    path: where,
    message: {
      id: fill(t.id, { at: at("(dokumen)"), allowed, ...params }),
      en: fill(t.en, { at: at("(document)"), allowed, ...params }),
    },
  };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

const isProblemCode = (m: string): m is SopProblemCode => m in templates;

/** Turns a zod issue raised by the SOP schema into a problem. */
export function problemFromIssue(issue: z.core.$ZodIssue, input: unknown): SopProblem {
  const path = issue.path;
  const value = valueAt(input, path);
  if (path.length === 0 && issue.code === "invalid_type") return sopProblem("not_an_object", path);
  if (issue.code === "unrecognized_keys") return sopProblem("unknown_field", path, { value: issue.keys.join(", ") });
  if (value === undefined && issue.code === "invalid_type") return sopProblem("missing_field", path);
  const code = isProblemCode(issue.message) ? issue.message : "invalid";
  return sopProblem(code, path, { value: show(value) });
}
