import type { Role } from "../../src/core/roles.ts";

/** A user the e2e tests sign in as. */
export interface E2eUser {
  username: string;
  password: string;
  role: Role;
  id?: number;
  organisationId?: number | null;
}

/** The organisation kind each partner role belongs to. */
const KIND_FOR_ROLE: Partial<Record<Role, string>> = { agency: "agency", developer: "vendor", upstream: "upstream" };

let counter = 0;

/**
 * A signed-in API client for setting up e2e scenarios (users, organisations) without clicking
 * through screens that are not under test. It keeps the session cookie and sends the CSRF token.
 */
export class ApiSession {
  constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
    /** The server asked for a password change before anything else. */
    readonly mustChangePassword: boolean,
    private readonly clientAddress: string,
  ) {}

  /** Calls the API; throws with the server's error message on anything but 2xx. */
  async request<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {
      cookie: this.cookie,
      "x-forwarded-for": this.clientAddress,
      accept: "application/json",
    };
    if (method !== "GET") headers["x-csrf-token"] = this.csrfToken;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** An organisation (agency, vendor, upstream CSIRT…). */
  async createOrganisation(kind: string, name = `${kind} e2e ${++counter}`): Promise<{ id: number; name: string }> {
    return this.request("POST", "/api/v1/organisations", { name, kind });
  }

  /** A user of `role` with a known password; partner roles get a new organisation unless one is given. */
  async createUser(
    role: Role,
    options: { password: string; organisationId?: number; specialty?: string; username?: string },
  ): Promise<E2eUser> {
    let organisationId = options.organisationId ?? null;
    const kind = KIND_FOR_ROLE[role];
    if (organisationId === null && kind) organisationId = (await this.createOrganisation(kind)).id;
    const username = options.username ?? `${role.replace("_", "-")}-${++counter}`;
    const created = await this.request<{ user: { id: number } }>("POST", "/api/v1/users", {
      username,
      displayName: `E2E ${role} ${counter}`,
      role,
      specialty: options.specialty ?? null,
      organisationId,
      password: options.password,
      mustChangePassword: false,
    });
    return { username, password: options.password, role, id: created.user.id, organisationId };
  }
}

/** Signs in over HTTP and returns the session. */
export async function loginApi(
  baseUrl: string,
  username: string,
  password: string,
  clientAddress: string,
): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": clientAddress },
    body: JSON.stringify({ username, password }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`login as ${username} → ${response.status} ${text}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";", 1)[0] ?? "")
    .find((c) => c.startsWith("sigap_session="));
  if (!cookie) throw new Error(`login as ${username} set no session cookie`);
  const body = JSON.parse(text) as { csrfToken: string; user: { mustChangePassword: boolean } };
  return new ApiSession(baseUrl, cookie, body.csrfToken, body.user.mustChangePassword, clientAddress);
}
