import { AppError } from "../../core/errors.ts";
import type { TeamSettings } from "../../core/settings.ts";
import { assertReadSettings } from "../../core/settings-policy.ts";
import type { SopDefinition } from "../../core/sop/definition.ts";
import { readTeamContext, readTeamSettings } from "../../settings/team-settings.ts";
import type { QueryContext } from "../query-context.ts";

/** The team's settings with defaults filled in (staff and leadership). */
export async function getTeamSettings(ctx: QueryContext): Promise<TeamSettings> {
  assertReadSettings(ctx.actor);
  return readTeamSettings(ctx.db);
}

/** The SOP the team works by, for every signed-in user (the web app shows steps and their time standards). */
export async function getSopInUse(ctx: QueryContext): Promise<SopDefinition> {
  if (ctx.actor.type === "public") throw new AppError("unauthenticated", "error.unauthenticated");
  return (await readTeamContext(ctx.db)).sop;
}

/** What the team publishes about itself (RFC 2350 style): who it is, whom it serves, how and when to reach it. */
export interface PublicProfile {
  teamName: string;
  teamFullName: string;
  agencyName: string;
  governmentName: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  constituency: string;
  /** BSSN registration (Surat Tanda Registrasi) number and expiry, when the team has one. */
  strNumber: string;
  strExpires: string;
  timeZone: string;
  workingDays: number[];
  openingTime: string;
  closeOfBusiness: string;
}

/** The public subset of the settings, for the landing page; anyone may read it. */
export async function getPublicProfile(ctx: Pick<QueryContext, "db">): Promise<PublicProfile> {
  const { profile, calendar } = await readTeamSettings(ctx.db);
  return {
    teamName: profile.teamName,
    teamFullName: profile.teamFullName,
    agencyName: profile.agencyName,
    governmentName: profile.governmentName,
    address: profile.address,
    email: profile.email,
    phone: profile.phone,
    website: profile.website,
    constituency: profile.constituency,
    strNumber: profile.strNumber,
    strExpires: profile.strExpires,
    timeZone: calendar.timeZone,
    workingDays: calendar.workingDays,
    openingTime: calendar.openingTime,
    closeOfBusiness: calendar.closeOfBusiness,
  };
}
