import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ServerLocation } from "../../../src/db/schema.ts";
import { api, apiRequest, queryString } from "./client.ts";
import type { NumberedPage } from "./organisations.ts";

/*
 * The asset registry: applications (URLs, owner agency, developer, IIV), the servers they run on,
 * and the CSV import, which writes all rows or none and lists each problem with its row.
 */

export interface OrganisationRef {
  id: number;
  name: string;
  kind: string;
}

export interface Application {
  id: number;
  name: string;
  description: string | null;
  urls: string[];
  owner: OrganisationRef | null;
  developer: OrganisationRef | null;
  /** Vital information infrastructure (Perpres 82/2022). */
  iiv: boolean;
  notes?: string | null;
  retired: boolean;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ServerBasics {
  id: number;
  name: string;
  hostname: string | null;
  addresses: string[];
  location: ServerLocation;
  provider: string | null;
}

/** One application with where it runs, the other applications at risk there, and its open incidents. */
export interface ApplicationDetail extends Application {
  servers: ServerBasics[];
  coTenants: Array<{
    id: number;
    name: string;
    owner: string | null;
    iiv: boolean;
    sharedServers: Array<{ id: number; name: string }>;
  }>;
  openIncidents: number;
}

export interface Server extends ServerBasics {
  notes?: string | null;
  retired: boolean;
  retiredAt: string | null;
  createdAt: string;
  updatedAt: string;
  applications: Array<{ id: number; name: string; retired: boolean }>;
}

export interface ApplicationInput {
  name: string;
  description: string | null;
  urls: string[];
  ownerOrganisationId: number | null;
  developerOrganisationId: number | null;
  iiv: boolean;
  notes: string | null;
}

export interface ServerInput {
  name: string;
  hostname: string | null;
  addresses: string[];
  location: ServerLocation;
  provider: string | null;
  notes: string | null;
}

export interface AssetFilter {
  q?: string;
  /** Servers only: where they run. */
  location?: ServerLocation;
  includeRetired?: boolean;
  page?: number;
  pageSize?: number;
}

/** What an import created, updated and left as it was. */
export interface ImportSummary {
  organisationsCreated: string[];
  applications: { created: number; updated: number; unchanged: number };
  servers: { created: number; updated: number; unchanged: number };
  linksAdded: number;
}

/** One problem of an import file, its message already in the reader's language. */
export interface ImportProblem {
  code: string;
  row: number | null;
  column: string | null;
  message: string;
}

export const ASSET_KEYS = {
  applications: ["applications"] as const,
  servers: ["servers"] as const,
};

export function useApplications(filter: AssetFilter = {}) {
  return useQuery({
    queryKey: [...ASSET_KEYS.applications, "list", filter],
    queryFn: () => api.get<NumberedPage<Application>>(`/api/v1/applications${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: number | null) {
  return useQuery({
    queryKey: [...ASSET_KEYS.applications, "detail", id],
    queryFn: () => api.get<ApplicationDetail>(`/api/v1/applications/${id}`),
    enabled: id !== null,
  });
}

export function useServers(filter: AssetFilter = {}) {
  return useQuery({
    queryKey: [...ASSET_KEYS.servers, "list", filter],
    queryFn: () => api.get<NumberedPage<Server>>(`/api/v1/servers${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

export function useServer(id: number | null) {
  return useQuery({
    queryKey: [...ASSET_KEYS.servers, "detail", id],
    queryFn: () => api.get<Server>(`/api/v1/servers/${id}`),
    enabled: id !== null,
  });
}

export const createApplication = (input: ApplicationInput & { serverIds?: number[] }) =>
  api.post<ApplicationDetail>("/api/v1/applications", input);

export const updateApplication = (id: number, input: Partial<ApplicationInput> & { retired?: boolean }) =>
  api.patch<ApplicationDetail>(`/api/v1/applications/${id}`, input);

export const linkApplicationServer = (applicationId: number, serverId: number) =>
  api.put<void>(`/api/v1/applications/${applicationId}/servers/${serverId}`);

export const unlinkApplicationServer = (applicationId: number, serverId: number) =>
  api.delete<void>(`/api/v1/applications/${applicationId}/servers/${serverId}`);

export const createServer = (input: ServerInput) => api.post<Server>("/api/v1/servers", input);

export const updateServer = (id: number, input: Partial<ServerInput> & { retired?: boolean }) =>
  api.patch<Server>(`/api/v1/servers/${id}`, input);

/** Imports a CSV file; all rows or none (a 400 ApiError lists the problems in its details). */
export function importAssets(file: File): Promise<ImportSummary> {
  const form = new FormData();
  form.append("file", file, file.name);
  return apiRequest<ImportSummary>("POST", "/api/v1/applications/import", { body: form });
}

/** The problems a refused import listed, in row order (file-wide problems first). */
export function importProblems(details: unknown): ImportProblem[] {
  if (!Array.isArray(details)) return [];
  return details
    .filter((d): d is Record<string, unknown> => typeof d === "object" && d !== null)
    .map((d) => ({
      code: typeof d.code === "string" ? d.code : "",
      row: typeof d.row === "number" ? d.row : null,
      column: typeof d.column === "string" ? d.column : null,
      message: typeof d.message === "string" ? d.message : "",
    }))
    .filter((p) => p.message !== "")
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
