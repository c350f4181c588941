import { describe, expect, it } from "vitest";
import { ApiError } from "../../web/src/api/client.ts";
import { importProblems } from "../../web/src/api/assets.ts";
import { EMPTY_SEARCH, filtersFromParams, hasFilters, paramsFromFilters } from "../../web/src/api/search.ts";
import { fieldErrorsOf } from "../../web/src/pages/console/assets/field-errors.ts";
import { linkChanges } from "../../web/src/pages/console/assets/link-changes.ts";

describe("the asset register's forms", () => {
  it("lists an import's problems in row order, file-wide ones first", () => {
    expect(
      importProblems([
        { code: "invalid_url", row: 5, column: "urls", message: "Baris 5: URL tidak valid." },
        { code: "missing_column", row: null, column: "application", message: "Kolom wajib 'application' tidak ada." },
        { code: "invalid_yes_no", row: 3, column: "iiv", message: "Baris 3: kolom 'iiv'…" },
        { row: 4 },
      ]).map((p) => p.row),
    ).toEqual([null, 3, 5]);
    expect(importProblems("nope")).toEqual([]);
  });

  it("links and unlinks only the servers that changed", () => {
    expect(linkChanges(["1", "2", "3"], ["2", "3", "4"])).toEqual({ add: [4], remove: [1] });
    expect(linkChanges([], [])).toEqual({ add: [], remove: [] });
  });

  it("marks the fields a refused request named", () => {
    const error = new ApiError(400, "validation_failed", "Data tidak valid.", [
      { in: "body", path: "email", message: "Invalid email address" },
      { path: "body.name" },
    ]);
    expect(fieldErrorsOf(error, "Tidak valid.")).toEqual({ email: "Tidak valid.", name: "Tidak valid." });
    expect(fieldErrorsOf(new Error("x"), "Tidak valid.")).toEqual({});
  });
});

describe("a search kept in the page address", () => {
  it("round-trips the filters that are set and ignores the rest", () => {
    const filters = { ...EMPTY_SEARCH, q: " deface judol ", status: "open", late: "true" };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe("q=deface+judol&status=open&late=true");
    expect(filtersFromParams(new URLSearchParams(`${params.toString()}&evil=1`))).toEqual({
      ...EMPTY_SEARCH,
      q: "deface judol",
      status: "open",
      late: "true",
    });
  });

  it("knows when nothing is asked", () => {
    expect(hasFilters(EMPTY_SEARCH)).toBe(false);
    expect(hasFilters({ ...EMPTY_SEARCH, q: "  " })).toBe(false);
    expect(hasFilters({ ...EMPTY_SEARCH, severity: "kritis" })).toBe(true);
  });
});
