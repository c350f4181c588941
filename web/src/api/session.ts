import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "./client.ts";

/** The signed-in user as `GET /api/v1/auth/session` shows them. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: string;
  specialty: string | null;
  organisationId: number | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  language: string;
}

/** Who is signed in, what they may do (the UI shows only that) and the CSRF token for writes. */
export interface Session {
  user: SessionUser;
  abilities: string[];
  csrfToken: string | null;
}

/** Partner roles work in the partner portal, everyone else in the console. */
export const PARTNER_ROLES = ["agency", "developer", "upstream"] as const;
export const isPartner = (session: Session): boolean =>
  (PARTNER_ROLES as readonly string[]).includes(session.user.role);

/** Where a user lands after signing in. */
export function homeOf(session: Session): string {
  if (session.user.mustChangePassword) return "/password";
  return isPartner(session) ? "/partner" : "/console";
}

export const SESSION_KEY = ["auth", "session"] as const;

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>("/api/v1/auth/session");
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The current session; `data` is null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

export interface LoginInput {
  username: string;
  password: string;
  totp?: string;
}

/** Signs in; the server sets the session cookie. Throws ApiError (its `totpRequired` asks for the code). */
export async function login(input: LoginInput): Promise<Session> {
  const session = await api.post<Session>("/api/v1/auth/login", input);
  setCsrfToken(session.csrfToken);
  return session;
}

/** Replaces the password; the server then lets the session do everything else again. */
export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post<void>("/api/v1/auth/password", { currentPassword, newPassword });
}

/** Signs out and forgets everything cached for the user. */
export function useLogout() {
  const client = useQueryClient();
  return async () => {
    try {
      await api.post<void>("/api/v1/auth/logout");
    } finally {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    }
  };
}

/** Whether the session may do an action (the server decides again on every request). */
export const can = (session: Session | null | undefined, action: string): boolean =>
  !!session && session.abilities.includes(action);
