import { useQuery } from "@tanstack/react-query";
import type { LocalizedText } from "../../../src/core/i18n/localized-text.ts";
import { api } from "./client.ts";

/** A legal deadline of an incident (UU PDP notice, IIV report). */
export interface LegalTimer {
  id: number;
  incidentId: number;
  kind: string;
  name: LocalizedText | null;
  legalBasis: string | null;
  startedAt: string;
  dueAt: string;
  warnAt: string;
  state: "on_time" | "due_soon" | "late" | "satisfied";
  warnedAt: string | null;
  lateAt: string | null;
  satisfiedAt: string | null;
  satisfiedNote: string | null;
  satisfiedLate: boolean | null;
}

export const timersKey = (incidentId: number) => ["incidents", "timers", incidentId] as const;

/** The incident's legal timers (staff and leadership). */
export function useLegalTimers(incidentId: number, enabled: boolean) {
  return useQuery({
    queryKey: timersKey(incidentId),
    queryFn: ({ signal }) => api.get<{ items: LegalTimer[] }>(`/api/v1/incidents/${incidentId}/timers`, signal),
    enabled,
  });
}

/** Records that the notice was sent: what, to whom, when. */
export const satisfyTimer = (incidentId: number, kind: string, note: string) =>
  api.post<LegalTimer>(`/api/v1/incidents/${incidentId}/timers/${kind}/satisfy`, { note });
