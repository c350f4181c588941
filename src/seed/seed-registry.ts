import { createApplication } from "../commands/assets/create-application.ts";
import { createServer } from "../commands/assets/create-server.ts";
import { runCommand, type CommandContext, type CommandDeps } from "../commands/context.ts";
import { createOrganisation, type CreateOrganisationInput } from "../commands/organisations/create-organisation.ts";
import { createUser } from "../commands/users/create-user.ts";
import { systemActor, type SystemActor, type UserActor } from "../core/actor.ts";
import type { Organisation, Server, ServerLocation, User } from "../db/schema.ts";
import {
  DEMO_AGENCIES,
  DEMO_EXTRA_APPS,
  DEMO_PASSWORD,
  DEMO_SERVERS,
  DEMO_UPSTREAMS,
  DEMO_USERS,
  DEMO_VENDORS,
} from "./demo-data.ts";
import { mulberry32 } from "./prng.ts";
import type { DemoSite } from "./report-input.ts";
import { actorForUser } from "../commands/users/user-actor.ts";

/*
 * The registers behind the demo: organisations (the CSIRT itself, the agencies, vendors, the
 * upstream CSIRTs), servers and applications with the servers they share, and one account per
 * role. Everything goes through the same commands as the API, acting as Sigap itself.
 */

/** Who the seed acts as when no demo user does the work (registers, users). */
export const SEED_ACTOR: SystemActor = systemActor("seed");

/** Name of the CSIRT's own organisation. */
export const DEMO_CSIRT_NAME = "Denpasar-CSIRT (DKIS Kota Denpasar)";

/** A registered application and what the workflow needs to know about it. */
export interface SeededApplication extends DemoSite {
  id: number;
  agencyOrgId: number;
  agencyShortName: string;
  developerOrgId: number | null;
  iiv: boolean;
  /** Where its (first) server is. */
  serverLocation: ServerLocation;
}

export interface SeededRegistry {
  csirt: Organisation;
  /** Agencies by short name. */
  agencies: Map<string, Organisation>;
  vendors: Organisation[];
  /** Upstream CSIRTs by short name (`BaliProv-CSIRT`, `BSSN`). */
  upstreams: Map<string, Organisation>;
  applications: SeededApplication[];
  /** Every application as a site reports can be about. */
  sites: DemoSite[];
}

const orgEmail = (local: string) => `${local}@denpasarkota.example`;

/**
 * Creates the organisations, servers and applications (those already registered under the same
 * name are kept as they are, so a forced second seed adds reports to the same registry).
 * Deterministic for a seed: which vendor develops which application and which servers an
 * application runs on come from the generator.
 */
export async function seedRegistry(deps: CommandDeps, options: { seed: number }): Promise<SeededRegistry> {
  const rng = mulberry32(options.seed).fork("registry");
  const db = deps.database.db;
  const as = <T>(fn: (ctx: CommandContext) => Promise<T>) => runCommand(deps, { actor: SEED_ACTOR }, fn);
  const org = async (input: CreateOrganisationInput): Promise<Organisation> =>
    (await db.selectFrom("organisations").selectAll().where("name", "=", input.name).executeTakeFirst()) ??
    (await as((ctx) => createOrganisation(ctx, input)));

  const csirt = await org({
    name: DEMO_CSIRT_NAME,
    shortName: "Denpasar-CSIRT",
    kind: "csirt",
    email: orgEmail("csirt"),
  });
  const agencies = new Map<string, Organisation>();
  for (const a of DEMO_AGENCIES) {
    agencies.set(
      a.shortName,
      await org({ name: a.name, shortName: a.shortName, kind: "agency", email: orgEmail(a.site) }),
    );
  }
  const vendors: Organisation[] = [];
  for (const [i, name] of DEMO_VENDORS.entries()) {
    vendors.push(await org({ name, kind: "vendor", email: `support${i + 1}@vendor.example` }));
  }
  const upstreams = new Map<string, Organisation>();
  for (const u of DEMO_UPSTREAMS) {
    upstreams.set(u.shortName, await org({ name: u.name, shortName: u.shortName, kind: "upstream", email: u.email }));
  }

  const servers: Server[] = [];
  for (const s of DEMO_SERVERS) {
    servers.push(
      (await db.selectFrom("servers").selectAll().where("name", "=", s.name).executeTakeFirst()) ??
        (await as((ctx) =>
          createServer(ctx, { name: s.name, hostname: s.hostname, addresses: [s.address], location: s.location }),
        )),
    );
  }

  const planned = [
    ...DEMO_AGENCIES.map((a) => ({
      agency: a.shortName,
      name: `Situs Resmi ${a.name.replace(/ Kota Denpasar$/, "")}`,
      host: `${a.site}.denpasarkota.go.id`,
      iiv: false,
    })),
    ...DEMO_EXTRA_APPS.map((x) => ({ agency: x.agency, name: x.name, host: x.host, iiv: x.iiv === true })),
  ];
  const applications: SeededApplication[] = [];
  for (const p of planned) {
    const agency = agencies.get(p.agency);
    if (!agency) throw new Error(`demo data: unknown agency ${p.agency}`);
    // Drawn whether or not the application exists, so that the draws stay in step.
    // Most applications are built by a vendor; a few in-house ones have none (the lead answers step 9 for them).
    const developer = rng.chance(0.85) ? rng.pick(vendors) : null;
    // Shared servers make co-tenants: an incident on one application puts the others at risk.
    const serverIds = rng
      .shuffle(servers)
      .slice(0, rng.chance(0.2) ? 2 : 1)
      .map((s) => s.id);
    const row =
      (await db.selectFrom("applications").selectAll().where("name", "=", p.name).executeTakeFirst()) ??
      (await as((ctx) =>
        createApplication(ctx, {
          name: p.name,
          urls: [`https://${p.host}/`],
          ownerOrgId: agency.id,
          developerOrgId: developer?.id ?? null,
          iiv: p.iiv,
          serverIds,
        }),
      ));
    const firstServer = await db
      .selectFrom("application_servers")
      .innerJoin("servers", "servers.id", "application_servers.server_id")
      .select("servers.location")
      .where("application_servers.application_id", "=", row.id)
      .orderBy("servers.id")
      .executeTakeFirst();
    applications.push({
      id: row.id,
      host: p.host,
      applicationName: row.name,
      agencyName: agency.name,
      agencyOrgId: row.owner_org_id ?? agency.id,
      agencyShortName: p.agency,
      developerOrgId: row.developer_org_id,
      iiv: row.iiv === 1,
      serverLocation: firstServer?.location ?? "unknown",
    });
  }
  return {
    csirt,
    agencies,
    vendors,
    upstreams,
    applications,
    sites: applications.map(({ host, applicationName, agencyName }) => ({ host, applicationName, agencyName })),
  };
}

/** The demo accounts, by username, and each as the actor it signs in as. */
export interface SeededUsers {
  rows: Map<string, User>;
  actor(username: string): UserActor;
}

/**
 * Creates the demo accounts (DEMO_USERS) with the demo password; partners in their organisations,
 * staff in the CSIRT's own. An account that exists already is kept as it is.
 */
export async function seedUsers(deps: CommandDeps, registry: SeededRegistry): Promise<SeededUsers> {
  const orgByName = new Map<string, Organisation>([
    ...registry.agencies,
    ...registry.upstreams,
    ...registry.vendors.map((v) => [v.name, v] as const),
  ]);
  const rows = new Map<string, User>();
  for (const u of DEMO_USERS) {
    const organisation = u.organisation ? orgByName.get(u.organisation) : registry.csirt;
    if (!organisation) throw new Error(`demo data: unknown organisation ${u.organisation}`);
    const existing = await deps.database.db
      .selectFrom("users")
      .selectAll()
      .where("username", "=", u.username)
      .executeTakeFirst();
    const user =
      existing ??
      (
        await runCommand(deps, { actor: SEED_ACTOR }, (ctx) =>
          createUser(ctx, {
            username: u.username,
            displayName: u.displayName,
            email: `${u.username}@demo.sigap.example`,
            role: u.role,
            specialty: u.specialty ?? null,
            organisationId: u.role === "admin" || u.role === "viewer" ? null : organisation.id,
            password: DEMO_PASSWORD,
            mustChangePassword: false,
          }),
        )
      ).user;
    rows.set(u.username, user);
  }
  return {
    rows,
    actor(username) {
      const user = rows.get(username);
      if (!user) throw new Error(`demo user ${username} is missing`);
      return actorForUser(user, "session");
    },
  };
}
