import { useQuery } from "@tanstack/react-query";
import { api } from "./client.ts";

/** An observable (IOC) of an incident. */
export interface Observable {
  id: number;
  incidentId: number | null;
  reportId: number | null;
  kind: string;
  value: string;
  hashAlgorithm: string | null;
  tlp: string;
  source: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

export const observablesKey = (incidentId: number) => ["incidents", "observables", incidentId] as const;

/** The incident's observables (internal roles). */
export function useObservables(incidentId: number, enabled: boolean) {
  return useQuery({
    queryKey: observablesKey(incidentId),
    queryFn: ({ signal }) => api.get<{ items: Observable[] }>(`/api/v1/incidents/${incidentId}/observables`, signal),
    enabled,
  });
}

/** Records an observable by hand (defanged spellings are accepted). */
export const addObservable = (
  incidentId: number,
  body: { kind: string; value: string; tlp?: string; note?: string | null },
) => api.post<Observable>(`/api/v1/incidents/${incidentId}/observables`, body);

/** Corrects an observable's TLP, value or note. */
export const updateObservable = (id: number, body: { tlp?: string; value?: string; note?: string | null }) =>
  api.patch<Observable>(`/api/v1/observables/${id}`, body);
