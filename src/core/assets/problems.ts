import type { LocalizedText } from "../i18n/localized-text.ts";

/** What can be wrong with an asset CSV file. */
export type ImportProblemCode =
  | "unterminated_quote"
  | "text_after_quote"
  | "quote_in_field"
  | "empty_file"
  | "no_rows"
  | "missing_column"
  | "unknown_column"
  | "duplicate_column"
  | "too_many_fields"
  | "required"
  | "too_long"
  | "too_many_values"
  | "invalid_url"
  | "invalid_yes_no"
  | "invalid_location"
  | "invalid_address"
  | "invalid_hostname"
  | "server_fields_without_server"
  | "differs_from_row"
  | "url_in_other_row"
  | "url_taken";

/**
 * One problem in an import file: the spreadsheet row (the header is row 1) and column, and what to
 * tell the administrator in both languages. Row and column are null for the file as a whole.
 */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  readonly row: number | null;
  readonly column: string | null;
  readonly message: LocalizedText;
}

const templates: Record<ImportProblemCode, LocalizedText> = {
  unterminated_quote: {
    id: "Tanda kutip yang dibuka di baris {row} (baris teks {line}) tidak pernah ditutup.",
    en: "A quote opened in row {row} (text line {line}) is never closed.",
  },
  text_after_quote: {
    id: "Baris {row}: ada teks setelah tanda kutip penutup (baris teks {line}).",
    en: "Row {row}: text after a closing quote (text line {line}).",
  },
  quote_in_field: {
    id: "Baris {row}: tanda kutip di tengah isian yang tidak diawali tanda kutip (baris teks {line}).",
    en: "Row {row}: a quote inside a field that does not start with one (text line {line}).",
  },
  empty_file: { id: "Berkas kosong.", en: "The file is empty." },
  no_rows: { id: "Berkas hanya berisi baris judul kolom.", en: "The file holds only the header row." },
  missing_column: { id: "Kolom wajib '{column}' tidak ada.", en: "The required column '{column}' is missing." },
  unknown_column: {
    id: "Kolom tidak dikenal '{value}'. Kolom yang dikenal: {allowed}.",
    en: "Unknown column '{value}'. Known columns: {allowed}.",
  },
  duplicate_column: {
    id: "Kolom '{column}' muncul lebih dari sekali.",
    en: "Column '{column}' appears more than once.",
  },
  too_many_fields: {
    id: "Baris {row} berisi {count} isian, lebih banyak dari {expected} kolom judul.",
    en: "Row {row} has {count} fields, more than the {expected} header columns.",
  },
  required: { id: "Baris {row}: kolom '{column}' wajib diisi.", en: "Row {row}: column '{column}' is required." },
  too_long: {
    id: "Baris {row}: isian '{column}' terlalu panjang (maksimal {max} karakter).",
    en: "Row {row}: '{column}' is too long (at most {max} characters).",
  },
  too_many_values: {
    id: "Baris {row}: kolom '{column}' berisi lebih dari {max} nilai.",
    en: "Row {row}: column '{column}' holds more than {max} values.",
  },
  invalid_url: {
    id: "Baris {row}: '{value}' bukan alamat web (http/https) atau domain yang valid.",
    en: "Row {row}: '{value}' is not a valid web address (http/https) or domain.",
  },
  invalid_yes_no: {
    id: "Baris {row}: kolom '{column}' harus 'ya' atau 'tidak'; tertulis '{value}'.",
    en: "Row {row}: column '{column}' must be 'yes' or 'no'; found '{value}'.",
  },
  invalid_location: {
    id: "Baris {row}: lokasi server '{value}' tidak dikenal. Pilih: {allowed}.",
    en: "Row {row}: unknown server location '{value}'. Choose one of: {allowed}.",
  },
  invalid_address: {
    id: "Baris {row}: '{value}' bukan alamat IP yang valid.",
    en: "Row {row}: '{value}' is not a valid IP address.",
  },
  invalid_hostname: {
    id: "Baris {row}: '{value}' bukan nama host yang valid.",
    en: "Row {row}: '{value}' is not a valid host name.",
  },
  server_fields_without_server: {
    id: "Baris {row}: kolom '{column}' terisi, tetapi kolom 'server' (nama server) kosong.",
    en: "Row {row}: column '{column}' is filled in but the 'server' column (the server's name) is empty.",
  },
  differs_from_row: {
    id: "Baris {row}: '{column}' untuk '{name}' ('{value}') berbeda dengan baris {other} ('{otherValue}').",
    en: "Row {row}: '{column}' of '{name}' ('{value}') differs from row {other} ('{otherValue}').",
  },
  url_in_other_row: {
    id: "Baris {row}: alamat '{value}' juga tercantum untuk aplikasi lain '{name}' di baris {other}.",
    en: "Row {row}: the address '{value}' is also listed for another application, '{name}', in row {other}.",
  },
  url_taken: {
    id: "Baris {row}: alamat '{value}' sudah terdaftar untuk aplikasi lain '{name}'.",
    en: "Row {row}: the address '{value}' is already registered to another application, '{name}'.",
  },
};

type Params = Record<string, string | number>;

const fill = (template: string, params: Params): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** Builds a problem with its message in both languages. */
export function importProblem(
  code: ImportProblemCode,
  row: number | null,
  column: string | null,
  params: Params = {},
): ImportProblem {
  const all = { row: row ?? "", column: column ?? "", ...params };
  const t = templates[code];
  return { code, row, column, message: { id: fill(t.id, all), en: fill(t.en, all) } };
}
