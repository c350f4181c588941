import { createHash } from "node:crypto";
import { runCommand, type CommandContext, type CommandDeps } from "../../../src/commands/context.ts";
import { openIncidentForReport } from "../../../src/commands/incidents/open-incident.ts";
import { createOrganisation } from "../../../src/commands/organisations/create-organisation.ts";
import { createUser } from "../../../src/commands/users/create-user.ts";
import { systemActor, type UserActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import type { OrganisationKindName } from "../../../src/core/organisation-kinds.ts";
import type { Role } from "../../../src/core/roles.ts";
import type { Incident, Organisation, User } from "../../../src/db/schema.ts";
import { readTeamContext, type TeamContext } from "../../../src/settings/team-settings.ts";
import type { TestDatabase } from "../../helpers/databases.ts";
import { actorForUser } from "../../../src/commands/users/user-actor.ts";

/*
 * A small Denpasar: two agencies with an application each on a shared server, a vendor that
 * develops agency A's application, two upstream CSIRTs, and one account per role.
 */

/** Friday 27 November 2026, 10:00 WITA. */
export const T0 = "2026-11-27T02:00:00.000Z";

export interface World {
  deps: CommandDeps;
  clock: FakeClock;
  team: TeamContext;
  orgs: { agencyA: Organisation; agencyB: Organisation; vendorD: Organisation; prov: Organisation; bssn: Organisation };
  apps: { portalA: number; siteB: number };
  users: Record<
    "intake" | "csirt" | "lead" | "viewer" | "admin" | "agencyA" | "agencyB" | "developer" | "upstream",
    User
  >;
  actors: Record<keyof World["users"], UserActor>;
}

let seq = 0;

export const actorOf = (user: User): UserActor => actorForUser(user, "session");

/** Builds the world on a migrated test database, on `clock` (a new one at T0 by default). */
export async function buildWorld(database: TestDatabase, clock: FakeClock = new FakeClock(T0)): Promise<World> {
  const deps: CommandDeps = { database, clock };
  const system = { actor: systemActor("test") };
  const org = (name: string, kind: OrganisationKindName, email: string | null = null) =>
    runCommand(deps, system, (ctx) => createOrganisation(ctx, { name, kind, email }));
  const orgs = {
    agencyA: await org("Dinas Kesehatan", "agency", "diskes@denpasarkota.go.id"),
    agencyB: await org("Dinas Pendidikan", "agency", "disdik@denpasarkota.go.id"),
    vendorD: await org("PT Vendor Digital", "vendor", "support@vendor.example"),
    prov: await org("BaliProv-CSIRT", "upstream", "csirt@baliprov.go.id"),
    bssn: await org("BSSN (Gov-CSIRT)", "upstream", "bantuan70@bssn.go.id"),
  };
  const user = async (role: Role, organisationId: number | null = null): Promise<User> => {
    seq += 1;
    const { user: row } = await runCommand(deps, system, (ctx) =>
      createUser(ctx, {
        username: `${role.replace("_", "-")}-${seq}`,
        displayName: `Test ${role} ${seq}`,
        email: `${role}${seq}@example.test`,
        role,
        organisationId,
        password: "kata-sandi-uji-123",
        mustChangePassword: false,
      }),
    );
    return row;
  };
  const users = {
    intake: await user("intake"),
    csirt: await user("csirt"),
    lead: await user("csirt_lead"),
    viewer: await user("viewer"),
    admin: await user("admin"),
    agencyA: await user("agency", orgs.agencyA.id),
    agencyB: await user("agency", orgs.agencyB.id),
    developer: await user("developer", orgs.vendorD.id),
    upstream: await user("upstream", orgs.prov.id),
  };
  const actors = Object.fromEntries(Object.entries(users).map(([k, u]) => [k, actorOf(u)])) as World["actors"];

  const now = clock.now().toISOString();
  const db = database.db;
  const app = (name: string, owner: number, developer: number | null) =>
    db
      .insertInto("applications")
      .values({ name, owner_org_id: owner, developer_org_id: developer, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
  const portalA = (await app("Portal Dinas Kesehatan", orgs.agencyA.id, orgs.vendorD.id)).id;
  const siteB = (await app("Situs Dinas Pendidikan", orgs.agencyB.id, null)).id;
  const server = await db
    .insertInto("servers")
    .values({ name: "srv-web-01", location: "city_dc", created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("application_servers")
    .values([
      { application_id: portalA, server_id: server.id },
      { application_id: siteB, server_id: server.id },
    ])
    .execute();
  const team = await readTeamContext(db);
  return { deps, clock, team, orgs, apps: { portalA, siteB }, users, actors };
}

export interface ReportOptions {
  agencyOrgId?: number | null;
  applicationId?: number | null;
  reporterEmail?: string | null;
  title?: string;
  typeCode?: string;
}

/** A report as intake would record it (direct insert) and its case opened by `openIncidentForReport`. */
export async function openCase(world: World, options: ReportOptions = {}): Promise<Incident> {
  seq += 1;
  return runCommand(world.deps, { actor: systemActor("intake") }, async (ctx: CommandContext) => {
    const now = ctx.now.toISOString();
    const report = await ctx.db
      .insertInto("reports")
      .values({
        code: `DPS-CSIRT-2026-${String(seq).padStart(6, "0")}`,
        tracking_hash: createHash("sha256").update(`secret-${seq}`).digest("hex"),
        channel: "web",
        reporter_name: "Ni Luh Putu Pelapor",
        reporter_kind: "public",
        reporter_email: options.reporterEmail === undefined ? "pelapor@example.test" : options.reporterEmail,
        reporter_phone: "+62 812 0000 0000",
        title: options.title ?? `Situs berisi konten judi ${seq}`,
        type_code: options.typeCode ?? "JUD",
        description: "Halaman beranda menampilkan tautan slot gacor.",
        tlp: "AMBER",
        agency_org_id: options.agencyOrgId === undefined ? world.orgs.agencyA.id : options.agencyOrgId,
        application_id: options.applicationId === undefined ? world.apps.portalA : options.applicationId,
        received_at: now,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return openIncidentForReport(ctx, world.team, report);
  });
}

/** Runs a command as `actor` at the world's clock. */
export const as = <T>(
  world: World,
  actor: UserActor | ReturnType<typeof systemActor>,
  fn: (ctx: CommandContext) => Promise<T>,
) => runCommand(world.deps, { actor, requestId: `test-${++seq}` }, fn);

const check = (note: string) => ({ checked: true, note });

/** Valid outputs for each step, as the full run sends them. */
export function outputs(world: World) {
  return {
    forward: {
      note: "Diteruskan ke tim web admin",
      disposition: "Tim Website Administrator",
      assigneeUserId: world.users.csirt.id,
    },
    verifyValid: {
      checklist: {
        reporterIdentity: check("Email pelapor terverifikasi"),
        incidentType: check("Tautan judi tersembunyi di beranda"),
        serverLocation: check("Pusat Data Pemkot, srv-web-01"),
        systemLogs: check("Log akses menunjukkan unggahan webshell"),
      },
      verdict: "valid",
      typeCode: "JUD",
      impact: 4,
      likelihood: 4,
      serverLocation: "city_dc",
    },
    verifyInvalid: {
      checklist: {
        reporterIdentity: check("Identitas tidak dapat dihubungi"),
        incidentType: check("Tidak ada konten judi"),
        serverLocation: check("Pusat Data Pemkot"),
        systemLogs: check("Tidak ada anomali"),
      },
      verdict: "invalid",
      disposition: 'incident-disposition:not-an-incident="refuted"',
      reason: "Tidak ditemukan indikasi serangan siber pada situs yang dilaporkan.",
    },
    mitigate: {
      strategy: "Situs diganti halaman pemeliharaan, data dibackup",
      actions: [
        { kind: "maintenance_page" },
        { kind: "backup", status: "done" },
        { kind: "other", description: "Nonaktifkan akun FTP" },
      ],
    },
    handleHandled: {
      entries: [
        {
          at: "2026-11-30T03:00:00+08:00",
          body: "Webshell dihapus, plugin diperbarui",
          observables: [
            { kind: "domain", value: "slot-gacor.example" },
            { kind: "ip", value: "203.0.113.7", tlp: "RED" },
          ],
        },
      ],
      outcome: "handled",
      summary: "Konten judi dibersihkan",
    },
    analyse: {
      rootCause: "Plugin CMS usang",
      impact: "Reputasi layanan kesehatan",
      recommendations: [
        { body: "Perbarui CMS dan plugin", owner: "developer", deadline: "2026-12-10" },
        { body: "Audit akun admin", owner: "agency", deadline: "2026-12-15" },
      ],
      recipients: [world.orgs.prov.id, world.orgs.agencyA.id],
      copies: ["Kepala DKIS"],
    },
    upstream: {
      confirmation: "Diterima dan dikonfirmasi oleh BaliProv-CSIRT",
      recommendations: [{ body: "Pasang WAF", owner: "csirt", deadline: "2026-12-20" }],
    },
    agency: {
      outcome: "Pengembang menyanggupi perbaikan",
      coordinatedAt: "2026-12-02T09:00:00+08:00",
      channel: "meeting",
    },
    developer: {
      replies: [
        {
          recommendationNumber: 1,
          steps: "CMS diperbarui ke versi terbaru",
          status: "done",
          evidence: "commit abc123",
        },
        { recommendationNumber: 3, steps: "Belum ada anggaran WAF", status: "cannot", reason: "Anggaran 2027" },
      ],
    },
    final: { summary: "Insiden judi online ditangani", lessonsLearned: "Pemeliharaan rutin CMS" },
  };
}
