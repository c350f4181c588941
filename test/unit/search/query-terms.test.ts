import { describe, expect, it } from "vitest";
import { fts5Expression, parseSearchTerms, tsQueryExpression } from "../../../src/search/query-terms.ts";
import { snippetParts } from "../../../src/search/snippet.ts";
import { decodeCursor, encodeCursor } from "../../../src/search/cursor.ts";

describe("search terms", () => {
  it("keep only words, lowercased, with the last one as a prefix", () => {
    const terms = parseSearchTerms('  Judi "Slot" gac');
    expect(terms).toEqual({ words: ["judi", "slot", "gac"], prefixLast: true });
    expect(fts5Expression(terms)).toBe('"judi" "slot" "gac"*');
    expect(tsQueryExpression(terms)).toBe("'judi' & 'slot' & 'gac':*");
  });

  it("turn query syntax into plain words", () => {
    expect(parseSearchTerms('"').words).toEqual([]);
    expect(parseSearchTerms("*").words).toEqual([]);
    expect(parseSearchTerms("AND (").words).toEqual(["and"]);
    expect(parseSearchTerms("NEAR(judi, slot)").words).toEqual(["near", "judi", "slot"]);
    expect(parseSearchTerms("title:judi -slot OR ^x").words).toEqual(["title", "judi", "slot", "or", "x"]);
    expect(parseSearchTerms("a'b\\c").words).toEqual(["a", "b", "c"]);
    expect(fts5Expression(parseSearchTerms("AND ("))).toBe('"and"*');
  });

  it("keep letters of every script, with their marks", () => {
    expect(parseSearchTerms("ᬅᬓ᭄ᬱᬭ Útok 日本語").words).toEqual(["ᬅᬓ᭄ᬱᬭ", "útok", "日本語"]);
    // Decomposed input is composed first, so it matches what was typed composed.
    expect(parseSearchTerms("U\u0301tok").words).toEqual(["útok"]);
    expect(parseSearchTerms("🙂 ✓ —").words).toEqual([]);
  });

  it("match a one-letter last word exactly, and bound the number and length of words", () => {
    expect(parseSearchTerms("judi x").prefixLast).toBe(false);
    expect(parseSearchTerms("x ".repeat(40)).words).toHaveLength(12);
    expect(Array.from(parseSearchTerms("a".repeat(500)).words[0]!)).toHaveLength(64);
    expect(parseSearchTerms("")).toEqual({ words: [], prefixLast: false });
    expect(parseSearchTerms(undefined)).toEqual({ words: [], prefixLast: false });
  });
});

describe("snippets", () => {
  it("split at the highlight markers into plain parts", () => {
    expect(snippetParts("…Halaman \uE000judi\uE001 slot\n\n gacor \uE000Judi\uE001")).toEqual([
      { text: "…Halaman ", match: false },
      { text: "judi", match: true },
      { text: " slot gacor ", match: false },
      { text: "Judi", match: true },
    ]);
    expect(snippetParts("<b>tidak</b> ada")).toEqual([{ text: "<b>tidak</b> ada", match: false }]);
    expect(snippetParts("")).toEqual([]);
  });
});

describe("search cursor", () => {
  it("round-trips and refuses anything else", () => {
    const key = { openedAt: "2026-11-30T02:00:00.000Z", id: 42 };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    for (const bad of [
      "",
      "xyz",
      Buffer.from("[1,2]").toString("base64url"),
      Buffer.from('["x",1]').toString("base64url"),
      "%%%",
    ]) {
      expect(() => decodeCursor(bad)).toThrow(/cursor/);
    }
  });
});
