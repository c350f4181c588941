import { SEVERITIES } from "../../../../../src/core/severity.ts";
import { SOP_STEP_CODES } from "../../../../../src/core/sop/step-codes.ts";
import { INCIDENT_TYPE_CODES } from "../../../../../src/core/taxonomy/incident-types.ts";
import type { IncidentFilters } from "../../../api/incidents.ts";

/*
 * The board's filters live in the address (`/console/board?severity=tinggi&mine=true`), so a view
 * can be bookmarked, shared and restored with the back button; saved views keep the same filters
 * under a name in this browser's storage.
 */

/** What the filter inputs hold: every filter, "" for "any". */
export interface BoardFilterValues {
  status: "open" | "closed";
  step: string;
  category: string;
  severity: string;
  agency: string;
  late: "" | "true" | "false";
  mine: boolean;
}

export const EMPTY_FILTERS: BoardFilterValues = {
  status: "open",
  step: "",
  category: "",
  severity: "",
  agency: "",
  late: "",
  mine: false,
};

const oneOf = (value: string | null, allowed: readonly string[]): string =>
  value !== null && allowed.includes(value) ? value : "";

/** Filters from the address; unknown values are dropped rather than sent to the API. */
export function filtersFromSearch(search: URLSearchParams): BoardFilterValues {
  const agency = search.get("agency");
  return {
    status: search.get("status") === "closed" ? "closed" : "open",
    step: oneOf(search.get("step"), SOP_STEP_CODES),
    category: oneOf(search.get("category"), INCIDENT_TYPE_CODES),
    severity: oneOf(search.get("severity"), SEVERITIES),
    agency: agency !== null && /^[1-9]\d{0,15}$/.test(agency) ? agency : "",
    late: oneOf(search.get("late"), ["true", "false"]) as BoardFilterValues["late"],
    mine: search.get("mine") === "true",
  };
}

/** The address's query for the filters: only what differs from "everything open". */
export function searchFromFilters(values: BoardFilterValues): URLSearchParams {
  const search = new URLSearchParams();
  if (values.status !== "open") search.set("status", values.status);
  for (const key of ["step", "category", "severity", "agency", "late"] as const) {
    if (values[key] !== "") search.set(key, values[key]);
  }
  if (values.mine) search.set("mine", "true");
  return search;
}

/** The filters as the list API takes them (the board adds each column's step). */
export function apiFilters(values: BoardFilterValues): IncidentFilters {
  return {
    status: values.status,
    ...(values.category ? { category: values.category } : {}),
    ...(values.severity ? { severity: values.severity } : {}),
    ...(values.agency ? { agency: Number(values.agency) } : {}),
    ...(values.late ? { late: values.late === "true" } : {}),
    ...(values.mine ? { mine: true } : {}),
  };
}

/** Which columns the board shows: the SOP's steps (or the one chosen), or one list of closed incidents. */
export function boardColumns<S extends { code: string }>(
  steps: readonly S[],
  values: BoardFilterValues,
): S[] | "closed" {
  if (values.status === "closed") return "closed";
  return values.step ? steps.filter((s) => s.code === values.step) : [...steps];
}

/** How many filters narrow the board (shown on the filters button). */
export function activeFilterCount(values: BoardFilterValues): number {
  const search = searchFromFilters(values);
  return [...search.keys()].length;
}

/** A named set of filters the user saved in this browser. */
export interface SavedView {
  name: string;
  /** The address query of the view (`severity=tinggi&mine=true`). */
  query: string;
}

export const SAVED_VIEWS_KEY = "sigap.board.views";

/** The part of `localStorage` the views use (a plain object in tests). */
export interface ViewStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}
/** Enough for anyone's habits; the oldest go first. */
export const MAX_SAVED_VIEWS = 20;
export const MAX_VIEW_NAME = 60;

/** The saved views from storage; anything unreadable is ignored, never an error. */
export function readSavedViews(storage: Pick<ViewStorage, "getItem"> | null): SavedView[] {
  try {
    const raw = storage?.getItem(SAVED_VIEWS_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (v): v is SavedView =>
          typeof v === "object" && v !== null && typeof v.name === "string" && typeof v.query === "string",
      )
      .map((v) => ({ name: v.name.slice(0, MAX_VIEW_NAME), query: v.query }))
      .slice(0, MAX_SAVED_VIEWS);
  } catch {
    return [];
  }
}

/** The list with `view` added, replacing a view of the same name (names compare without case and spaces). */
export function withView(views: readonly SavedView[], view: SavedView): SavedView[] {
  const name = view.name.trim().slice(0, MAX_VIEW_NAME);
  const same = (v: SavedView) => v.name.trim().toLowerCase() === name.toLowerCase();
  return [...views.filter((v) => !same(v)), { name, query: view.query }].slice(-MAX_SAVED_VIEWS);
}

/** The list without the view of that name. */
export const withoutView = (views: readonly SavedView[], name: string): SavedView[] =>
  views.filter((v) => v.name !== name);

/** Stores the views; a full or unavailable storage keeps them for this page only. */
export function writeSavedViews(storage: Pick<ViewStorage, "setItem"> | null, views: readonly SavedView[]): void {
  try {
    storage?.setItem(SAVED_VIEWS_KEY, JSON.stringify(views));
  } catch {
    // Private mode or a full storage: the views last until the page is closed.
  }
}
