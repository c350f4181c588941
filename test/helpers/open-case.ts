import { runCommand, type CommandContext, type CommandDeps } from "../../src/commands/context.ts";
import { openIncidentForReport } from "../../src/commands/incidents/open-incident.ts";
import { nextTicketCode } from "../../src/commands/reports/ticket-code.ts";
import { createUser } from "../../src/commands/users/create-user.ts";
import { systemActor } from "../../src/core/actor.ts";
import type { Role } from "../../src/core/roles.ts";
import type { Incident, Report, User } from "../../src/db/schema.ts";
import { readTeamContext, type TeamContext } from "../../src/settings/team-settings.ts";

/*
 * Cases for tests of what runs on top of the workflow (timers, search, figures): a report row as
 * intake stores it, with its case opened by the workflow kernel (`openIncidentForReport`).
 */

export interface TestCaseOptions {
  /** When the report arrived; default the clock's now. */
  receivedAt?: string;
  title?: string;
  description?: string;
  chronology?: string | null;
  affectedUrl?: string | null;
  affectedDomain?: string | null;
  reporterOrg?: string | null;
  typeCode?: string;
  personalData?: boolean;
  applicationId?: number | null;
  agencyOrgId?: number | null;
}

/** A report received through the web form and the case opened for it. */
export async function openTestCase(
  deps: CommandDeps,
  options: TestCaseOptions = {},
): Promise<{ report: Report; incident: Incident }> {
  return runCommand(deps, { actor: systemActor("test") }, async (ctx) => {
    const team = await readTeamContext(ctx.db);
    const report = await insertTestReport(ctx, team, options);
    const incident = await openIncidentForReport(ctx, team, report, { receivedByLabel: "system:intake:web" });
    return { report: { ...report, incident_id: incident.id }, incident };
  });
}

/** The row of a report received through the web form, without its case, in the command's transaction. */
export async function insertTestReport(
  ctx: CommandContext,
  team: TeamContext,
  options: TestCaseOptions = {},
): Promise<Report> {
  const now = ctx.now.toISOString();
  return ctx.db
    .insertInto("reports")
    .values({
      code: await nextTicketCode(ctx, team),
      tracking_hash: "0".repeat(64),
      channel: "web",
      reporter_name: "Pelapor Uji",
      reporter_kind: "public",
      reporter_org: options.reporterOrg ?? null,
      reporter_email: "pelapor@example.test",
      title: options.title ?? "Situs dinas berubah tampilan",
      type_code: options.typeCode ?? "DEF",
      description: options.description ?? "Halaman depan menampilkan pesan peretas.",
      chronology: options.chronology ?? null,
      personal_data: options.personalData ? 1 : 0,
      affected_url: options.affectedUrl ?? null,
      affected_domain: options.affectedDomain ?? null,
      application_id: options.applicationId ?? null,
      agency_org_id: options.agencyOrgId ?? null,
      tlp: "AMBER",
      consent: 1,
      truthful: 1,
      received_at: options.receivedAt ?? now,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

let counter = 0;

/** An account of the role with an e-mail address (partners need `organisationId`). */
export async function addUser(
  deps: CommandDeps,
  role: Role,
  options: { organisationId?: number | null; email?: string | null; disabled?: boolean; language?: "id" | "en" } = {},
): Promise<User> {
  const n = ++counter;
  const username = `${role.replace("_", "-")}-${n}`;
  const { user } = await runCommand(deps, { actor: systemActor("test") }, (ctx) =>
    createUser(ctx, {
      username,
      displayName: `Uji ${role} ${n}`,
      role,
      email: options.email === undefined ? `${username}@denpasarkota.go.id` : options.email,
      organisationId: options.organisationId ?? null,
      password: "kata-sandi-uji-123",
    }),
  );
  if (options.disabled || options.language) {
    await deps.database.db
      .updateTable("users")
      .set({
        ...(options.disabled ? { disabled: 1 } : {}),
        ...(options.language ? { language: options.language } : {}),
      })
      .where("id", "=", user.id)
      .execute();
  }
  return user;
}

/** An organisation row of the kind, straight into the table. */
export async function addOrganisation(
  deps: CommandDeps,
  kind: "agency" | "vendor" | "upstream",
  name: string,
): Promise<number> {
  const now = deps.clock.now().toISOString();
  const row = await deps.database.db
    .insertInto("organisations")
    .values({ name, kind, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}
