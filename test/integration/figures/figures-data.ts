import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { activeStepRun, completeStepRun, startStepRun } from "../../../src/commands/incidents/step-runs.ts";
import { systemActor } from "../../../src/core/actor.ts";
import type { FakeClock } from "../../../src/core/clock.ts";
import type { SopStepCode } from "../../../src/core/sop/definition.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import type { Incident, IncidentOutcome } from "../../../src/db/schema.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { addOrganisation, openTestCase } from "../../helpers/open-case.ts";

/*
 * Known cases for the figures tests: every number the dashboard shows for October–November 2026
 * (WITA) can be worked out by hand from this file; the expected values in the tests are.
 */

export const NOW = "2026-12-02T02:00:00.000Z";
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const plus = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms);

export interface FigureCases {
  dinkes: number;
  a: Incident;
  b: Incident;
  c: Incident;
  d: Incident;
  e: Incident;
  f: Incident;
  g: Incident;
}

/** Builds the cases; leaves the clock at NOW. */
export async function buildFigureCases(deps: CommandDeps & { clock: FakeClock }): Promise<FigureCases> {
  const { clock, database } = deps;
  const dinkes = await addOrganisation(deps, "agency", "Dinas Kesehatan");

  const open = async (receivedAt: string, typeCode: string, agencyOrgId: number | null, severity: string) => {
    clock.set(receivedAt);
    const { incident } = await openTestCase(deps, { receivedAt, typeCode, agencyOrgId });
    return database.db
      .updateTable("incidents")
      .set({ agency_org_id: agencyOrgId, severity })
      .where("id", "=", incident.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  };
  /** Completes the active step at `at` and starts `next` (if any) then. */
  const advance = async (incident: Incident, at: Date, next: SopStepCode | null) => {
    clock.set(at);
    await runCommand(deps, { actor: systemActor("test") }, async (ctx) => {
      const team = await readTeamContext(ctx.db);
      const run = await activeStepRun(ctx, incident.id);
      if (!run) throw new Error(`no active step on ${incident.code}`);
      await completeStepRun(ctx, { run, output: {} });
      if (next) await startStepRun(ctx, team, { incidentId: incident.id, step: stepByCode(team.sop, next)! });
    });
  };
  const close = (incident: Incident, at: Date, outcome: IncidentOutcome, mergedInto: number | null = null) =>
    database.db
      .updateTable("incidents")
      .set({ status: "closed", outcome, closed_at: at.toISOString(), current_step: null, merged_into_id: mergedInto })
      .where("id", "=", incident.id)
      .execute();

  // A: received Sunday 1 November 00:30 WITA — still 31 October in UTC. Verified in 2 h, mitigation
  // done (late) and closed after 5 days.
  const aAt = "2026-10-31T16:30:00.000Z";
  const a = await open(aAt, "DEF", dinkes, "kritis");
  await advance(a, plus(aAt, 5 * MIN), "verify");
  await advance(a, plus(aAt, 2 * HOUR), "mitigate");
  await advance(a, plus(aAt, 5 * DAY), null);
  await close(a, plus(aAt, 5 * DAY), "resolved");

  // B: Thursday 15 October. Forwarded late (30 min), verified after a day; mitigation late now.
  const bAt = "2026-10-15T02:00:00.000Z";
  const b = await open(bAt, "JUD", dinkes, "tinggi");
  await advance(b, plus(bAt, 30 * MIN), "verify");
  await advance(b, plus(bAt, DAY), "mitigate");

  // C: Tuesday 10 November. Verified (late: due Thursday 16:00) after 3 days as not an incident; closed a day later.
  const cAt = "2026-11-10T02:00:00.000Z";
  const c = await open(cAt, "PHI", null, "rendah");
  await advance(c, plus(cAt, 8 * MIN), "verify");
  await advance(c, plus(cAt, 3 * DAY), null);
  await close(c, plus(cAt, 4 * DAY), "invalid");

  // D: September, before the period; still waiting to be forwarded.
  const d = await open("2026-09-20T02:00:00.000Z", "SCN", null, "rendah");

  // E: 11 November, a duplicate of C: not counted as a case of its own; its steps still count.
  const eAt = "2026-11-11T02:00:00.000Z";
  const e = await open(eAt, "PHI", null, "rendah");
  await advance(e, plus(eAt, 5 * MIN), null);
  await close(e, plus(eAt, 5 * MIN), "duplicate", c.id);

  // F: Monday 30 November 23:30 WITA, the last half hour of the period; waiting to be forwarded.
  const f = await open("2026-11-30T15:30:00.000Z", "DEF", null, "tinggi");

  // G: after the period, 9 minutes ago: forwarding is due soon.
  const g = await open(plus(NOW, -9 * MIN).toISOString(), "DEF", null, "tinggi");

  clock.set(NOW);
  return { dinkes, a, b, c, d, e, f, g };
}
