import { useInfiniteQuery } from "@tanstack/react-query";
import { api, queryString } from "./client.ts";

/** A piece of a snippet: plain text, `match` when it is one of the words searched for. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** One incident found, and where the words were found (nothing about the reporter). */
export interface SearchHit {
  id: number;
  code: string;
  title: string;
  status: "open" | "closed";
  outcome: string | null;
  severity: string;
  typeCode: string;
  tlp: string;
  openedAt: string;
  closedAt: string | null;
  agency: { id: number; name: string } | null;
  step: { number: number; code: string; dueAt: string; late: boolean } | null;
  late: boolean;
  match: {
    in: "incident" | "report";
    reportId: number | null;
    reportCode: string | null;
    snippet: SnippetPart[];
  } | null;
}

export interface SearchPage {
  items: SearchHit[];
  nextCursor: string | null;
}

/** The filters of `GET /api/v1/search`, as strings ("" = any). */
export interface SearchFilters {
  q: string;
  status: string;
  step: string;
  category: string;
  severity: string;
  agency: string;
  late: string;
  from: string;
  to: string;
}

export const EMPTY_SEARCH: SearchFilters = {
  q: "",
  status: "",
  step: "",
  category: "",
  severity: "",
  agency: "",
  late: "",
  from: "",
  to: "",
};

const FILTER_NAMES = Object.keys(EMPTY_SEARCH) as (keyof SearchFilters)[];

/** The filters a page address holds (`?q=deface&status=open`); unknown parameters are ignored. */
export function filtersFromParams(params: URLSearchParams): SearchFilters {
  const filters = { ...EMPTY_SEARCH };
  for (const name of FILTER_NAMES) filters[name] = params.get(name)?.slice(0, 200) ?? "";
  return filters;
}

/** The page address parameters of the filters that are set, so a search can be bookmarked and shared. */
export function paramsFromFilters(filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name].trim();
    if (value !== "") params.set(name, value);
  }
  return params;
}

/** Whether any filter or word is set (with none, the newest incidents are listed). */
export const hasFilters = (filters: SearchFilters): boolean => FILTER_NAMES.some((n) => filters[n].trim() !== "");

const PAGE_SIZE = 20;

/** Incidents matching the filters, newest first; `fetchNextPage` loads more (keyset). */
export function useSearch(filters: SearchFilters, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["search", filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get<SearchPage>(
        `/api/v1/search${queryString({ ...Object.fromEntries(paramsFromFilters(filters)), cursor: pageParam, limit: PAGE_SIZE })}`,
        signal,
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
