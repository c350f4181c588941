import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import type { IncomingAttachment } from "../../../src/commands/evidence/record-attachments.ts";
import { submitReport, type SubmitReportResult } from "../../../src/commands/reports/submit-report.ts";
import { publicActor, type Actor, type UserActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import type { SubmitReportInput } from "../../../src/core/reports/schema.ts";
import type { Role } from "../../../src/core/roles.ts";
import type { DialectName } from "../../../src/db/connect.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { AttachmentStore } from "../../../src/storage/attachment-store.ts";
import { createTestDatabase, type TestDatabase } from "../../helpers/databases.ts";

/** A 1×1 transparent PNG. */
export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
/** The smallest PDF readers accept. */
export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** Everything a reports test needs: a database, a fake clock (a Tuesday morning in Denpasar), a store. */
export interface ReportsWorld {
  database: TestDatabase;
  clock: FakeClock;
  deps: CommandDeps;
  store: AttachmentStore;
  dataDir: string;
  drop(): Promise<void>;
}

export async function createWorld(dialect: DialectName, start = "2026-12-01T02:00:00.000Z"): Promise<ReportsWorld> {
  const database = await createTestDatabase(dialect);
  const clock = new FakeClock(start);
  const dataDir = mkdtempSync(join(tmpdir(), "sigap-reports-"));
  return {
    database,
    clock,
    deps: { database, clock },
    store: new AttachmentStore(join(dataDir, "attachments")),
    dataDir,
    drop: async () => {
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let userSeq = 0;

/** A user row of the given role (partners get an organisation of their kind), as an actor. */
export async function makeUser(
  world: ReportsWorld,
  role: Role,
  organisationId: number | null = null,
): Promise<UserActor> {
  const now = world.clock.now().toISOString();
  const username = `${role}${++userSeq}`;
  const user = await world.database.db
    .insertInto("users")
    .values({
      username,
      display_name: `Test ${role}`,
      email: `${username}@denpasarkota.go.id`,
      role,
      organisation_id: organisationId,
      password_hash: "x",
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { type: "user", id: user.id, username, role, specialty: null, organisationId, via: "session" };
}

/** An organisation row. */
export async function makeOrganisation(
  world: ReportsWorld,
  name: string,
  kind: "agency" | "vendor" | "upstream" = "agency",
): Promise<number> {
  const now = world.clock.now().toISOString();
  const row = await world.database.db
    .insertInto("organisations")
    .values({ name, short_name: null, kind, email: null, phone: null, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A registered application with its URLs (host and path prefix as the asset registry stores them). */
export async function makeApplication(
  world: ReportsWorld,
  name: string,
  ownerOrgId: number | null,
  urls: Array<{ host: string; pathPrefix?: string }>,
): Promise<number> {
  const now = world.clock.now().toISOString();
  const app = await world.database.db
    .insertInto("applications")
    .values({
      name,
      description: null,
      owner_org_id: ownerOrgId,
      developer_org_id: null,
      notes: null,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const u of urls) {
    const path = u.pathPrefix ?? "/";
    await world.database.db
      .insertInto("application_urls")
      .values({
        application_id: app.id,
        url: `https://${u.host}${path === "/" ? "" : path}`,
        host: u.host,
        path_prefix: path,
      })
      .execute();
  }
  return app.id;
}

/** A complete public web report; override what the test is about. */
export function webReport(overrides: Partial<SubmitReportInput> = {}): SubmitReportInput {
  return {
    channel: "web",
    reporter: { name: "Ni Luh Putu Sari", kind: "public", email: "sari@example.org", phone: "0812-3456-7890" },
    title: "Situs dinas menampilkan iklan judi online",
    typeCode: "JUD",
    description: "Halaman depan https://dinas.denpasarkota.go.id/berita menampilkan tautan slot gacor.",
    consent: true,
    truthful: true,
    ...overrides,
  };
}

/** Puts bytes in the store and describes them as an incoming file. */
export async function incoming(
  world: ReportsWorld,
  bytes: Buffer,
  filename: string,
  declaredType: string | null,
  kind: IncomingAttachment["kind"] = "evidence",
): Promise<IncomingAttachment> {
  const blob = await world.store.put(bytes, { maxBytes: 50 * 1024 * 1024, tooLarge: () => new Error("too large") });
  return { kind, filename, declaredType, blob };
}

/** Runs `submitReport` in its own transaction as `actor` (the public by default). */
export async function submit(
  world: ReportsWorld,
  input: SubmitReportInput,
  files: IncomingAttachment[] = [],
  actor: Actor = publicActor,
): Promise<SubmitReportResult> {
  const team = await readTeamContext(world.database.db);
  return runCommand(world.deps, { actor, requestId: "test" }, (ctx) =>
    submitReport(ctx, team, input, files, { publicUrl: "https://csirt.test" }),
  );
}

/** Row counts of the tables a report writes to. */
export async function counts(world: ReportsWorld): Promise<Record<string, number>> {
  const tables = [
    "reports",
    "incidents",
    "step_runs",
    "observables",
    "attachments",
    "custody_events",
    "audit_events",
    "outbox",
    "ticket_counters",
  ] as const;
  const out: Record<string, number> = {};
  for (const table of tables) {
    const row = await world.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

export type FormPart =
  | { name: string; value: string; contentType?: string }
  | { name: string; filename: string; contentType: string; data: Buffer };

/** A multipart/form-data body, built by hand so the test controls every header. */
export function multipart(parts: FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----sigap-test-${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    if ("filename" in part) head += `; filename="${part.filename}"\r\nContent-Type: ${part.contentType}`;
    else if (part.contentType) head += `\r\nContent-Type: ${part.contentType}`;
    chunks.push(
      Buffer.from(`${head}\r\n\r\n`),
      "filename" in part ? part.data : Buffer.from(part.value),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Stores team settings (e.g. smaller intake limits) the way the settings command does. */
export async function setTeamSettings(
  db: TestDatabase["db"],
  value: Record<string, unknown>,
  at: string,
): Promise<void> {
  await db
    .insertInto("settings")
    .values({ key: "team", value: JSON.stringify(value), updated_at: at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(value), updated_at: at }))
    .execute();
}
