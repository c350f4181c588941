/*
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes inside them, line breaks inside
 * quotes, CRLF / LF / CR record ends, a UTF-8 byte-order mark (Excel writes one). Spreadsheets set
 * to Indonesian write `;` between fields (the comma is the decimal separator there), so the
 * separator is detected from the header line unless given.
 */

export type CsvDelimiter = "," | ";" | "\t";

export type CsvErrorCode = "unterminated_quote" | "text_after_quote" | "quote_in_field";

/** Where and why a file is not CSV. `record` is 1-based (the header is record 1). */
export interface CsvError {
  code: CsvErrorCode;
  record: number;
  line: number;
}

export type CsvResult = { ok: true; records: string[][]; delimiter: CsvDelimiter } | { ok: false; error: CsvError };

/** The separator of the first line (outside quotes): the most frequent of `,` `;` and tab, `,` on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of stripBom(text)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch] += 1;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
}

/**
 * Splits CSV text into records of fields. A final line break does not start an empty record; an
 * empty line inside the file is a record with one empty field (callers skip blank records).
 * Strict where RFC 4180 is: a quote inside an unquoted field, or text after a closing quote, is an
 * error rather than a guess.
 */
export function parseCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvResult {
  const text = stripBom(input);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  // start: before a field; unquoted / quoted: inside one; quote: just after a quote in a quoted field.
  let state: "start" | "unquoted" | "quoted" | "quote" = "start";
  let line = 1;
  let quoteLine = 1;
  const fail = (code: CsvErrorCode, at: number): CsvResult => ({
    ok: false,
    error: { code, record: records.length + 1, line: at },
  });
  const endField = () => {
    record.push(field);
    field = "";
    state = "start";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const newline = ch === "\n" || ch === "\r";
    if (newline && (ch === "\n" || text[i + 1] !== "\n")) line += 1;
    if (state === "quoted") {
      if (ch === '"') state = "quote";
      else field += ch;
      continue;
    }
    if (state === "quote" && ch === '"') {
      field += '"';
      state = "quoted";
      continue;
    }
    if (ch === delimiter) {
      endField();
      continue;
    }
    if (newline) {
      // A CRLF pair ends the record once.
      if (ch === "\r" && text[i + 1] === "\n") {
        i += 1;
        line += 1;
      }
      endRecord();
      continue;
    }
    if (state === "quote") return fail("text_after_quote", line);
    if (ch === '"') {
      if (state === "unquoted") return fail("quote_in_field", line);
      state = "quoted";
      quoteLine = line;
      continue;
    }
    field += ch;
    state = "unquoted";
  }
  if (state === "quoted") return fail("unterminated_quote", quoteLine);
  if (state !== "start" || record.length > 0) endRecord();
  return { ok: true, records, delimiter };
}

/** Whether every field of a record is empty or blank (an empty line, `,,,`). */
export const isBlankRecord = (record: readonly string[]): boolean => record.every((f) => f.trim() === "");

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
