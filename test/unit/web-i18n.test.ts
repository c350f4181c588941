import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../web/src/i18n/en.json" with { type: "json" };
import id from "../../web/src/i18n/id.json" with { type: "json" };

/** `{a: {b: "x"}}` → `{"a.b": "x"}`. */
function flatten(tree: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys the source names literally: `t("…")`, `t('…')`, `i18next.t("…")` and `tk("…")`, outside comments. */
function usedKeys(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/\b(?:t|tk)\(\s*(["'])([^"'`]+?)\1/g)].map((m) => m[2]!);
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const ID = flatten(id);
const EN = flatten(en);
const files = sourceFiles(join(import.meta.dirname, "../../web/src"));

describe("web app translations", () => {
  it("has every key in both Indonesian and English", () => {
    expect(
      Object.keys(ID).filter((k) => !(k in EN)),
      "in id.json, missing from en.json",
    ).toEqual([]);
    expect(
      Object.keys(EN).filter((k) => !(k in ID)),
      "in en.json, missing from id.json",
    ).toEqual([]);
  });

  it("has no empty text", () => {
    expect(
      Object.entries({ ...ID })
        .filter(([, v]) => v.trim() === "")
        .map(([k]) => `id:${k}`),
    ).toEqual([]);
    expect(
      Object.entries({ ...EN })
        .filter(([, v]) => v.trim() === "")
        .map(([k]) => `en:${k}`),
    ).toEqual([]);
  });

  it("uses the same {{placeholders}} in both languages", () => {
    const differing = Object.keys(ID).filter(
      (k) => k in EN && placeholders(ID[k]!).join() !== placeholders(EN[k]!).join(),
    );
    expect(differing).toEqual([]);
  });

  it("defines every key the source uses with t(…) or tk(…)", () => {
    const missing: string[] = [];
    let count = 0;
    for (const file of files) {
      for (const key of usedKeys(readFileSync(file, "utf8"))) {
        count++;
        if (!(key in ID) || !(key in EN)) missing.push(`${file.replace(/^.*web\/src\//, "")}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    // The scan itself works: it found the app's keys (a broken pattern would find none and pass).
    expect(count).toBeGreaterThan(150);
  });

  it("finds keys in the call forms the app uses", () => {
    expect(
      usedKeys(`t("a.b"); t('c.d', { n: 1 }); i18next.t("e.f"); tk("g.h"); format("x.y"); t(variable)
      /** t("in.comment") */
      // t("line.comment")`),
    ).toEqual(["a.b", "c.d", "e.f", "g.h"]);
  });
});
