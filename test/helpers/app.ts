import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createOrganisation } from "../../src/commands/organisations/create-organisation.ts";
import { runCommand } from "../../src/commands/context.ts";
import { createUser } from "../../src/commands/users/create-user.ts";
import { loadConfig, type Config } from "../../src/config.ts";
import { systemActor } from "../../src/core/actor.ts";
import { FakeClock } from "../../src/core/clock.ts";
import type { OrganisationKindName } from "../../src/core/organisation-kinds.ts";
import { ORGANISATION_KIND_FOR_ROLE, ROLES_NEEDING_ORGANISATION, type Role } from "../../src/core/roles.ts";
import type { DialectName } from "../../src/db/connect.ts";
import type { Organisation, User } from "../../src/db/schema.ts";
import { buildApp } from "../../src/http/app.ts";
import type { AppDeps } from "../../src/http/deps.ts";
import { createTestDatabase, type TestDatabase } from "./databases.ts";

/** The moment every test app's clock starts at (a Friday, 10:00 in Denpasar). */
export const TEST_START = "2026-11-27T02:00:00.000Z";
/** The password `createTestUser` and `loginAs` give their users. */
export const TEST_PASSWORD = "kata-sandi-uji-123";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: FakeClock;
  config: Config;
  deps: AppDeps;
  /** Closes the app and drops the database. */
  close(): Promise<void>;
}

/**
 * A Sigap app on a fresh, migrated database of the given dialect, with a fake clock at TEST_START.
 * `env` overrides settings (e.g. `{ SIGAP_LOGIN_MAX_FAILURES: "3" }`).
 */
export async function createTestApp(dialect: DialectName, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), "sigap-app-"));
  const config = loadConfig({ SIGAP_LOG_LEVEL: "silent", SIGAP_DATA_DIR: dataDir, ...env });
  const clock = new FakeClock(TEST_START);
  const deps: AppDeps = { config, database, clock, lifecycle: { shuttingDown: false } };
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    deps,
    close: async () => {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A number unique within the test process, for usernames, names and client addresses. */
export const unique = (): number => ++counter;

/** An organisation of the given kind, made by Sigap itself (no HTTP). */
export async function createTestOrganisation(
  t: Pick<TestApp, "deps">,
  kind: OrganisationKindName = "agency",
  name = `${kind} ${unique()}`,
): Promise<Organisation> {
  return runCommand(t.deps, { actor: systemActor("test") }, (ctx) => createOrganisation(ctx, { name, kind }));
}

export interface TestUserOptions {
  username?: string;
  organisationId?: number | null;
  specialty?: string | null;
  password?: string;
  mustChangePassword?: boolean;
}

/**
 * A user of the role with TEST_PASSWORD, made by Sigap itself. Partner roles get a new
 * organisation of the kind they need unless `organisationId` is given.
 */
export async function createTestUser(
  t: Pick<TestApp, "deps">,
  role: Role,
  options: TestUserOptions = {},
): Promise<User> {
  let organisationId = options.organisationId;
  if (organisationId === undefined && ROLES_NEEDING_ORGANISATION.includes(role)) {
    organisationId = (await createTestOrganisation(t, ORGANISATION_KIND_FOR_ROLE[role] as OrganisationKindName)).id;
  }
  const { user } = await runCommand(t.deps, { actor: systemActor("test") }, (ctx) =>
    createUser(ctx, {
      username: options.username ?? `${role.replace("_", "-")}-${unique()}`,
      displayName: `Test ${role}`,
      role,
      specialty: options.specialty ?? null,
      organisationId: organisationId ?? null,
      password: options.password ?? TEST_PASSWORD,
      mustChangePassword: options.mustChangePassword ?? false,
    }),
  );
  return user;
}

/** A distinct client address per call, so that the per-IP login rate limit never trips a test by accident. */
export function clientAddress(): string {
  const n = unique();
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** The value of the `sigap_session` cookie a response set, if any. */
export function sessionCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === "sigap_session")?.value;
}

export interface LoggedIn {
  user: User;
  /** `sigap_session=…`, for a `cookie` header. */
  cookie: string;
  csrfToken: string;
  /** Headers for a cookie-authenticated write: the cookie and the CSRF token. */
  headers: { cookie: string; "x-csrf-token": string };
}

/** Signs in over HTTP as an existing user (so the cookie is a real one). Throws if that fails. */
export async function loginWith(t: Pick<TestApp, "app">, user: User, password = TEST_PASSWORD): Promise<LoggedIn> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    remoteAddress: clientAddress(),
    payload: { username: user.username, password },
  });
  const value = sessionCookieOf(response);
  if (response.statusCode !== 200 || !value) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const cookie = `sigap_session=${value}`;
  return { user, cookie, csrfToken, headers: { cookie, "x-csrf-token": csrfToken } };
}

/** A new user of the role, signed in over HTTP. */
export async function loginAs(
  t: Pick<TestApp, "app" | "deps">,
  role: Role,
  options: TestUserOptions = {},
): Promise<LoggedIn> {
  const user = await createTestUser(t, role, options);
  return loginWith(t, user, options.password ?? TEST_PASSWORD);
}

/** `Authorization` header for an API token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
