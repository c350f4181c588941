import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, queryString } from "./client.ts";
import type {
  AuditEvent,
  IncidentDetail,
  IncidentFilters,
  IncidentPage,
  MitigationAction,
  StepRef,
} from "./incident-types.ts";

export type * from "./incident-types.ts";

/*
 * Reading incidents (the board's columns, one incident, its audit trail) and the writes on an
 * incident: completing the active step, assignment, reopening, mitigation actions, signed links.
 */

/** Query keys, so that a write refreshes exactly what it changed. */
export const incidentKeys = {
  all: ["incidents"] as const,
  list: (filters: IncidentFilters, column: string) => ["incidents", "list", filters, column] as const,
  detail: (id: number) => ["incidents", "detail", id] as const,
  audit: (id: number) => ["incidents", "audit", id] as const,
};

/** Cards per column and page: a board of 1,000 open incidents renders a page per column, more on request. */
export const BOARD_PAGE_SIZE = 25;

/** One board column (or the closed list), paged with the API's keyset cursor. */
export function useIncidentColumn(filters: IncidentFilters, step: string | null) {
  const query = step ? { ...filters, step } : filters;
  return useInfiniteQuery({
    queryKey: incidentKeys.list(query, step ?? "all"),
    queryFn: ({ pageParam, signal }) =>
      api.get<IncidentPage>(
        `/api/v1/incidents${queryString({ ...query, cursor: pageParam, limit: BOARD_PAGE_SIZE })}`,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 30_000,
  });
}

/** One incident as the caller may see it (a 404 ApiError when they may not). */
export function useIncident(id: number) {
  return useQuery({
    queryKey: incidentKeys.detail(id),
    queryFn: ({ signal }) => api.get<IncidentDetail>(`/api/v1/incidents/${id}`, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The audit trail, oldest first, in pages of 100 (`afterSeq` keyset). */
export function useIncidentAudit(id: number, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: incidentKeys.audit(id),
    queryFn: ({ pageParam, signal }) =>
      api.get<{ items: AuditEvent[] }>(
        `/api/v1/incidents/${id}/audit${queryString({ afterSeq: pageParam, limit: 100 })}`,
        signal,
      ),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.items.length === 100 ? last.items.at(-1)?.seq : undefined),
    enabled,
  });
}

/** Refreshes every incident query (the page, the board, the audit trail) after a write. */
export function useRefreshIncidents() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: incidentKeys.all });
}

/** What completing a step answers. */
export interface StepCompleted {
  incidentId: number;
  status: "open" | "closed";
  outcome: string | null;
  completed: { stepCode: string; completedAt: string | null; late: boolean };
  next: { step: StepRef | null; dueAt: string } | null;
}

/** Completes the active step with its output (and, for the lead on a partner's step, for whom). */
export const completeStep = (id: number, stepCode: string, output: unknown, onBehalfOf?: string) =>
  api.post<StepCompleted>(`/api/v1/incidents/${id}/steps/${stepCode}`, {
    output,
    ...(onBehalfOf ? { onBehalfOf } : {}),
  });

/** Assigns the incident (or, with `stepCode`, its active step) to a user; null unassigns. */
export const assignIncident = (id: number, userId: number | null, stepCode?: string) =>
  api.post<unknown>(`/api/v1/incidents/${id}/assign`, { userId, ...(stepCode ? { stepCode } : {}) });

/** Takes the incident back to an earlier step (the lead). */
export const reopenIncident = (id: number, toStepCode: string, reason: string) =>
  api.post<unknown>(`/api/v1/incidents/${id}/reopen`, { toStepCode, reason });

/** Changes a mitigation action's status or assignee. */
export const updateMitigationAction = (actionId: number, change: { status?: string; assigneeUserId?: number | null }) =>
  api.patch<MitigationAction>(`/api/v1/mitigation-actions/${actionId}`, change);

/** A new signed link: the token and URL are shown once. */
export interface AccessLinkCreated {
  id: number;
  token: string;
  url: string;
  expiresAt: string;
  sentTo: string | null;
}

/** Issues a signed, expiring link for an outside party's step. */
export const createAccessLink = (
  id: number,
  body: { stepCode: string; partyRole: string; organisationId?: number; email?: string; expiresInHours: number },
) => api.post<AccessLinkCreated>(`/api/v1/incidents/${id}/access-links`, body);
