import { describe, expect, it } from "vitest";
import { detectDelimiter, isBlankRecord, parseCsv } from "../../src/core/assets/csv.ts";

const records = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.records;
};

describe("parseCsv (RFC 4180)", () => {
  it("splits records and fields, CRLF or LF, with or without a final line break", () => {
    expect(records("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(records("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(records("a\rb\r")).toEqual([["a"], ["b"]]);
  });

  it("reads quoted fields with separators, doubled quotes and line breaks inside", () => {
    expect(records('name,notes\n"Dinas, Kota","kata ""aman""\r\nbaris dua"\n')).toEqual([
      ["name", "notes"],
      ["Dinas, Kota", 'kata "aman"\r\nbaris dua'],
    ]);
    expect(records('""')).toEqual([[""]]);
    expect(records('a,"",c')).toEqual([["a", "", "c"]]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(records("a,,c,\n")).toEqual([["a", "", "c", ""]]);
    expect(records(",\n")).toEqual([["", ""]]);
  });

  it("strips a UTF-8 byte-order mark", () => {
    expect(records("\uFEFFapplication,urls\nx,y")[0]).toEqual(["application", "urls"]);
  });

  it("returns blank lines as blank records, which callers can skip", () => {
    const rows = records("a\n\nb\n");
    expect(rows).toEqual([["a"], [""], ["b"]]);
    expect(rows.map(isBlankRecord)).toEqual([false, true, false]);
  });

  it("detects ';' and tab separators from the header, leaving separators inside quotes alone", () => {
    expect(detectDelimiter('application;urls;"a,b,c"\n1,2,3,4')).toBe(";");
    expect(detectDelimiter("a\tb\tc")).toBe("\t");
    expect(detectDelimiter("a,b")).toBe(",");
    expect(detectDelimiter("single")).toBe(",");
    expect(parseCsv('a;b\n"x;y";2').ok && records('a;b\n"x;y";2')).toEqual([
      ["a", "b"],
      ["x;y", "2"],
    ]);
    expect(parseCsv("a;b\nx;y", { delimiter: "," })).toMatchObject({ ok: true, records: [["a;b"], ["x;y"]] });
  });

  it("reports malformed quoting with the record and the text line", () => {
    expect(parseCsv('a,b\n"x,y\n')).toEqual({ ok: false, error: { code: "unterminated_quote", record: 2, line: 2 } });
    expect(parseCsv('a\n"x"y')).toEqual({ ok: false, error: { code: "text_after_quote", record: 2, line: 2 } });
    expect(parseCsv('a\r\n"multi\r\nline"\r\nab"c')).toEqual({
      ok: false,
      error: { code: "quote_in_field", record: 3, line: 4 },
    });
  });
});
