import { useQuery } from "@tanstack/react-query";
import type { TeamHolidayKind } from "../../../src/commands/holidays/holiday-rules.ts";
import { api, queryString } from "./client.ts";

/** The kinds of day off (the server's `HOLIDAY_KINDS`; a type-only import keeps its data out of the bundle). */
export const HOLIDAY_KINDS = ["libur_nasional", "cuti_bersama", "local"] as const satisfies readonly TeamHolidayKind[];

/** A day off that the business calendar skips. */
export interface Holiday {
  date: string;
  name: string;
  kind: TeamHolidayKind;
  /** Shipped with Sigap as an estimate, before the official decree. */
  provisional: boolean;
}

export const HOLIDAY_KEYS = { all: ["holidays"] as const };

/** The holidays of one year. */
export function useHolidays(year: number) {
  return useQuery({
    queryKey: [...HOLIDAY_KEYS.all, year],
    queryFn: () => api.get<{ items: Holiday[] }>(`/api/v1/holidays${queryString({ year })}`),
  });
}

export const addHoliday = (input: { date: string; name: string; kind: TeamHolidayKind }) =>
  api.post<Holiday>("/api/v1/holidays", input);

export const removeHoliday = (date: string) => api.delete<void>(`/api/v1/holidays/${encodeURIComponent(date)}`);
