import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OrganisationKindName } from "../../../src/core/organisation-kinds.ts";
import { api, queryString } from "./client.ts";

/** An organisation of the register: the CSIRT, an agency (PD), a vendor, an upstream CSIRT. */
export interface Organisation {
  id: number;
  name: string;
  shortName: string | null;
  kind: OrganisationKindName;
  email: string | null;
  phone: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A page of a list with the total over all pages (users, organisations, applications, servers). */
export interface NumberedPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** What an administrator fills in for an organisation. */
export interface OrganisationInput {
  name: string;
  shortName: string | null;
  kind: OrganisationKindName;
  email: string | null;
  phone: string | null;
}

export interface OrganisationFilter {
  q?: string;
  kind?: OrganisationKindName;
  page?: number;
  pageSize?: number;
}

export const ORGANISATION_KEYS = { all: ["organisations"] as const };

/** Organisations, filtered by words and kind, a numbered page at a time. */
export function useOrganisations(filter: OrganisationFilter = {}) {
  return useQuery({
    queryKey: [...ORGANISATION_KEYS.all, filter],
    queryFn: () => api.get<NumberedPage<Organisation>>(`/api/v1/organisations${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

/** Every organisation of the given kinds (up to 200 each), for a choice in a form. */
export function useOrganisationChoices(kinds: readonly OrganisationKindName[]) {
  return useQuery({
    queryKey: [...ORGANISATION_KEYS.all, "choices", kinds],
    queryFn: async () => {
      const pages = await Promise.all(
        kinds.map((kind) =>
          api.get<NumberedPage<Organisation>>(`/api/v1/organisations${queryString({ kind, pageSize: 200 })}`),
        ),
      );
      return pages.flatMap((p) => p.items).sort((a, b) => a.name.localeCompare(b.name));
    },
    staleTime: 30_000,
  });
}

export const createOrganisation = (input: OrganisationInput) => api.post<Organisation>("/api/v1/organisations", input);

export const updateOrganisation = (id: number, input: Partial<OrganisationInput>) =>
  api.patch<Organisation>(`/api/v1/organisations/${id}`, input);
