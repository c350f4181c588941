import { useQuery } from "@tanstack/react-query";
import { api, queryString } from "./client.ts";

/*
 * The people and organisations the board and the incident page offer to choose from: analysts to
 * assign, agencies to filter by, upstream CSIRTs and vendors to escalate or send the report to.
 * Only fetched for roles that may read them; keys under "users"/"organisations", so a change made
 * on the administration pages refreshes these lists too.
 */

export interface DirectoryUser {
  id: number;
  username: string;
  displayName: string;
  role: string;
  organisationId: number | null;
  disabled: boolean;
}

export interface DirectoryOrganisation {
  id: number;
  name: string;
  shortName: string | null;
  kind: string;
}

interface Page<T> {
  items: T[];
  total: number;
}

/** Active users (the first 200, which covers a city team), optionally of one role. */
export function useUsers(enabled: boolean, role?: string) {
  return useQuery({
    queryKey: ["users", "directory", role ?? "all"],
    queryFn: ({ signal }) =>
      api.get<Page<DirectoryUser>>(`/api/v1/users${queryString({ role, disabled: false, pageSize: 200 })}`, signal),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => page.items,
  });
}

/** Organisations of the register (the first 200), optionally of one kind. */
export function useOrganisations(enabled: boolean, kind?: string) {
  return useQuery({
    queryKey: ["organisations", "directory", kind ?? "all"],
    queryFn: ({ signal }) =>
      api.get<Page<DirectoryOrganisation>>(`/api/v1/organisations${queryString({ kind, pageSize: 200 })}`, signal),
    enabled,
    staleTime: 5 * 60_000,
    select: (page) => page.items,
  });
}
