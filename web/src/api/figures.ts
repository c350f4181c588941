import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { LocalizedText } from "../../../src/core/i18n/localized-text.ts";
import { api, queryString } from "./client.ts";

/** The spread of a duration over the cases of the period. */
export interface Durations {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

/** `GET /api/v1/figures`: the dashboard's numbers for a period. */
export interface Figures {
  period: { from: string; to: string; timeZone: string };
  generatedAt: string;
  totals: { cases: number; open: number; closed: number; resolved: number; invalid: number; transferred: number };
  byMonth: Array<{ month: string; count: number }>;
  byCategory: Array<{ code: string; label: LocalizedText | null; count: number }>;
  byAgency: Array<{ agencyId: number | null; name: string | null; count: number }>;
  bySeverity: Array<{ severity: string; count: number }>;
  compliance: Array<{
    stepNumber: number;
    stepCode: string;
    name: LocalizedText | null;
    completed: number;
    onTime: number;
    onTimeShare: number | null;
    lateNow: number;
  }>;
  timeToVerify: Durations;
  timeToClose: Durations;
  openByStep: Array<{
    stepNumber: number;
    stepCode: string;
    name: LocalizedText | null;
    open: number;
    dueSoon: number;
    late: number;
  }>;
}

/** A period as the API takes it: local dates `YYYY-MM-DD` of the team's zone (`to` inclusive); empty = the default year. */
export interface Period {
  from: string;
  to: string;
}

/** The figures for a period (the last twelve months when none is given). */
export function useFigures(period: Period) {
  return useQuery({
    queryKey: ["figures", period],
    queryFn: () => api.get<Figures>(`/api/v1/figures${queryString({ from: period.from, to: period.to })}`),
    placeholderData: keepPreviousData,
  });
}
