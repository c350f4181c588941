/*
 * The one way the web app talks to the Sigap API: same-origin fetch with the session cookie, the
 * CSRF token on every write, the chosen language in Accept-Language, and the server's error shape
 * `{"error":{"code","message","details"}}` turned into an ApiError whose message the user can read.
 */

/** A failed API call, carrying the server's code, its message (already in the user's language) and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** True when the server refuses everything until the signed-in user changes their password. */
  get passwordChangeRequired(): boolean {
    return detailFlag(this.details, "passwordChangeRequired");
  }

  /** True when the login needs the authenticator code. */
  get totpRequired(): boolean {
    return detailFlag(this.details, "totpRequired");
  }

  /** The fields the server named as invalid, as dotted paths (`reporter.email`). */
  get fieldPaths(): string[] {
    if (!Array.isArray(this.details)) return [];
    return this.details
      .map((d: unknown) => (d && typeof d === "object" && "path" in d ? String((d as { path: unknown }).path) : ""))
      .filter((p) => p !== "");
  }
}

function detailFlag(details: unknown, flag: string): boolean {
  return typeof details === "object" && details !== null && (details as Record<string, unknown>)[flag] === true;
}

interface ClientState {
  csrfToken: string | null;
  language: string;
  /** Called once for any response that says the password must be changed first. */
  onPasswordChangeRequired: (() => void) | null;
}

const state: ClientState = { csrfToken: null, language: "id", onPasswordChangeRequired: null };

/** Remembers the session's CSRF token (from login or `GET /auth/session`); null after sign-out. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
  csrfLookedUp = true;
}

/** The language sent as Accept-Language, so server messages come back in it. */
export function setApiLanguage(language: string): void {
  state.language = language;
}

/** What to do when the server answers "change your password first" (the app navigates there). */
export function onPasswordChangeRequired(handler: (() => void) | null): void {
  state.onPasswordChangeRequired = handler;
}

let csrfLookup: Promise<void> | null = null;
let csrfLookedUp = false;

/**
 * Before a write, makes sure the CSRF token is known if the browser holds a session: the server
 * checks it on every cookie-carrying write, public routes included, so a signed-in staff member
 * filing a report on the public form needs it too. Asked once per page load; nobody signed in
 * (401) simply has none.
 */
export async function ensureCsrfToken(): Promise<void> {
  if (state.csrfToken || csrfLookedUp) return;
  csrfLookup ??= fetch("/api/v1/auth/session", { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(async (response) => {
      if (response.ok) state.csrfToken = ((await response.json()) as { csrfToken?: string | null }).csrfToken ?? null;
    })
    .catch(() => undefined)
    .finally(() => {
      csrfLookedUp = true;
      csrfLookup = null;
    });
  await csrfLookup;
}

/** Headers every request carries; writes add the CSRF token. */
export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": state.language };
  if (method !== "GET" && method !== "HEAD" && state.csrfToken) headers["X-CSRF-Token"] = state.csrfToken;
  return headers;
}

/** The error a response body stands for; a body that is not the error shape still gives a readable message. */
export function errorFromResponse(status: number, body: unknown, fallbackMessage: string): ApiError {
  const error = typeof body === "object" && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === "object" && error !== null) {
    const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
    const apiError = new ApiError(
      status,
      typeof code === "string" ? code : "unknown",
      typeof message === "string" && message !== "" ? message : fallbackMessage,
      details,
    );
    if (apiError.passwordChangeRequired) state.onPasswordChangeRequired?.();
    return apiError;
  }
  return new ApiError(status, status >= 500 ? "internal" : "unknown", fallbackMessage);
}

/** Message used when the server could not be reached or did not answer in its error shape. */
let networkMessage = "Network error";
/** Sets the message shown when there is no usable answer from the server (translated by the app). */
export function setNetworkErrorMessage(message: string): void {
  networkMessage = message;
}
export const networkErrorMessage = (): string => networkMessage;

export interface RequestOptions {
  /** A JSON body (objects), or FormData sent as multipart. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the API and returns the parsed JSON (undefined for 204). Throws ApiError on anything but 2xx. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  if (method !== "GET" && path !== "/api/v1/auth/login") await ensureCsrfToken();
  const headers = requestHeaders(method);
  let body: FormData | string | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: "same-origin", signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", networkMessage);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!response.ok) throw errorFromResponse(response.status, parsed, networkMessage);
  return parsed as T;
}

/** Shorthands. */
export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>("GET", path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>("POST", path, { body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => apiRequest<T>("PUT", path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>("PATCH", path, { body: body ?? {} }),
  delete: <T>(path: string) => apiRequest<T>("DELETE", path),
};

/** `?a=1&b=x` from the defined values of an object (empty string when none). */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
