import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Role, Specialty } from "../../../src/core/roles.ts";
import { api, queryString } from "./client.ts";
import type { NumberedPage } from "./organisations.ts";

/** An account as the API shows it (never its password or authenticator secret). */
export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  specialty: Specialty | null;
  organisationId: number | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  language: string;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserFilter {
  q?: string;
  role?: Role;
  disabled?: boolean;
  page?: number;
  pageSize?: number;
}

/** What creating an account takes; without a password the server generates one and shows it once. */
export interface CreateUserInput {
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  specialty: Specialty | null;
  organisationId: number | null;
  language: "id" | "en";
}

export const USER_KEYS = { all: ["users"] as const };

export function useUsers(filter: UserFilter = {}) {
  return useQuery({
    queryKey: [...USER_KEYS.all, filter],
    queryFn: () => api.get<NumberedPage<User>>(`/api/v1/users${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}

/** The enabled analysts and leads, who may be given a report to verify. */
export function useAnalysts() {
  return useQuery({
    queryKey: [...USER_KEYS.all, "analysts"],
    queryFn: async () => {
      const pages = await Promise.all(
        (["csirt", "csirt_lead"] as const).map((role) =>
          api.get<NumberedPage<User>>(`/api/v1/users${queryString({ role, disabled: false, pageSize: 200 })}`),
        ),
      );
      return pages.flatMap((p) => p.items);
    },
    staleTime: 60_000,
  });
}

/** Creates an account; `password` is the generated one, shown this once. */
export const createUser = (input: CreateUserInput) =>
  api.post<{ user: User; password: string | null }>("/api/v1/users", input);

export const setUserDisabled = (id: number, disabled: boolean) => api.patch<User>(`/api/v1/users/${id}`, { disabled });

/** Gives the account a new generated password (shown once); the user must change it at the next sign-in. */
export const resetUserPassword = (id: number) =>
  api.post<{ password: string | null }>(`/api/v1/users/${id}/password-reset`, {});
