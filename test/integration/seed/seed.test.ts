import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../../src/audit/verify-chain.ts";
import { verifyPassword } from "../../../src/auth/password.ts";
import { AppError } from "../../../src/core/errors.ts";
import { REPORT_CHANNELS } from "../../../src/core/reports/schema.ts";
import { ROLES } from "../../../src/core/roles.ts";
import { INCIDENT_TYPE_CODES } from "../../../src/core/taxonomy/incident-types.ts";
import { DEMO_PASSWORD } from "../../../src/seed/demo-data.ts";
import { seedDemo, type SeedDemoResult } from "../../../src/seed/seed-demo.ts";
import { readTeamContext } from "../../../src/settings/team-settings.ts";
import { CLI_TIMEOUT, createCliWorld, sigap } from "../../helpers/cli.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

const SEED_TIMEOUT = 240_000;

/** What two seeds must agree on: every ticket code, state and time, and what each step recorded. */
async function snapshot(database: TestDatabase) {
  const db = database.db;
  return {
    reports: await db
      .selectFrom("reports")
      .select(["code", "channel", "title", "type_code", "reporter_name", "received_at", "incident_id", "duplicate"])
      .orderBy("id")
      .execute(),
    incidents: await db
      .selectFrom("incidents")
      .select([
        "code",
        "status",
        "outcome",
        "current_step",
        "severity",
        "disposition",
        "close_reason",
        "opened_at",
        "closed_at",
      ])
      .orderBy("id")
      .execute(),
    runs: await db
      .selectFrom("step_runs")
      .select(["incident_id", "step_code", "status", "started_at", "due_at", "completed_at", "late_at", "output"])
      .orderBy("id")
      .execute(),
  };
}

describe.each(DIALECTS)("sigap seed on %s", { timeout: SEED_TIMEOUT }, (dialect) => {
  const dirs: string[] = [];
  const databases: TestDatabase[] = [];
  let first: TestDatabase;
  let result: SeedDemoResult;

  const fresh = async () => {
    const database = await createTestDatabase(dialect);
    const dataDir = mkdtempSync(join(tmpdir(), "sigap-seed-"));
    databases.push(database);
    dirs.push(dataDir);
    return { database, dataDir };
  };

  beforeAll(async () => {
    const { database, dataDir } = await fresh();
    first = database;
    result = await seedDemo(database, { reports: 60, seed: 7, dataDir });
  }, SEED_TIMEOUT);

  afterAll(async () => {
    for (const d of databases) await d.drop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("gives the same ticket codes, states and step records when run twice on fresh databases", async () => {
    const { database, dataDir } = await fresh();
    await seedDemo(database, { reports: 60, seed: 7, dataDir });
    const a = await snapshot(first);
    const b = await snapshot(database);
    expect(a.reports).toHaveLength(60);
    expect(b).toEqual(a);
    // Another seed gives other data.
    const other = await fresh();
    await seedDemo(other.database, { reports: 60, seed: 8, dataDir: other.dataDir });
    expect((await snapshot(other.database)).incidents).not.toEqual(a.incidents);
  });

  it("leaves at least one incident open at each of steps 2 to 10", async () => {
    const team = await readTeamContext(first.db);
    const open = await first.db
      .selectFrom("incidents")
      .innerJoin("step_runs", (join) =>
        join.onRef("step_runs.incident_id", "=", "incidents.id").on("step_runs.status", "=", "active"),
      )
      .select(["step_runs.step_code", "incidents.current_step"])
      .where("incidents.status", "=", "open")
      .execute();
    for (const step of team.sop.steps.slice(1)) {
      expect(
        open.filter((r) => r.step_code === step.code && r.current_step === step.number),
        step.code,
      ).not.toHaveLength(0);
    }
    expect(result.openBySteps.receive).toBe(0);
  });

  it("closes cases in every way: resolved, invalid with a reason, transferred, a merged duplicate", async () => {
    const closed = await first.db
      .selectFrom("incidents")
      .select(["outcome", "close_reason", "merged_into_id"])
      .where("status", "=", "closed")
      .execute();
    expect(new Set(closed.map((c) => c.outcome))).toEqual(new Set(["resolved", "invalid", "transferred", "duplicate"]));
    for (const c of closed.filter((x) => x.outcome === "invalid")) expect(c.close_reason).toBeTruthy();
    const merged = closed.find((c) => c.outcome === "duplicate" && c.merged_into_id !== null);
    expect(merged).toBeDefined();
    const duplicates = await first.db.selectFrom("reports").select("incident_id").where("duplicate", "=", 1).execute();
    expect(duplicates.map((d) => d.incident_id)).toContain(merged!.merged_into_id);
  });

  it("has late steps, escalations to BSSN, personal data, every channel and every incident type", async () => {
    const lateDone = await first.db
      .selectFrom("step_runs")
      .select("id")
      .where("status", "=", "done")
      .whereRef("completed_at", ">", "due_at")
      .execute();
    expect(lateDone.length).toBeGreaterThan(0);
    const lateOpen = await first.db
      .selectFrom("step_runs")
      .select(["id", "late_at"])
      .where("status", "=", "active")
      .where("due_at", "<", result.until)
      .execute();
    expect(lateOpen.length).toBe(result.lateOpen);
    expect(lateOpen.length).toBeGreaterThan(0);
    // The SLA watcher ran at the simulated times: late open steps are marked late.
    expect(lateOpen.every((r) => r.late_at !== null)).toBe(true);

    const bssn = await first.db
      .selectFrom("escalations")
      .select(["step_number", "target"])
      .where("target", "=", "bssn")
      .execute();
    const team = await readTeamContext(first.db);
    const numberOf = (code: string) => team.sop.steps.find((s) => s.code === code)!.number;
    expect(bssn.map((e) => e.step_number)).toEqual(
      expect.arrayContaining([numberOf("handle"), numberOf("upstream_followup")]),
    );

    const personal = await first.db.selectFrom("incidents").select("id").where("personal_data", "=", 1).execute();
    expect(personal.length).toBeGreaterThan(0);
    const timers = await first.db
      .selectFrom("incident_timers")
      .select("kind")
      .where("kind", "=", "pdp_notice")
      .execute();
    expect(timers.length).toBe(personal.length);

    const channels = await first.db.selectFrom("reports").select("channel").distinct().execute();
    expect(channels.map((c) => c.channel).sort()).toEqual([...REPORT_CHANNELS].sort());
    const types = await first.db.selectFrom("incidents").select("type_code").distinct().execute();
    expect(types.map((t) => t.type_code).sort()).toEqual([...INCIDENT_TYPE_CODES].sort());
    // Letters carry their scan, as the intake rules demand.
    const letters = await first.db
      .selectFrom("reports")
      .innerJoin("attachments", "attachments.report_id", "reports.id")
      .select("attachments.kind")
      .where("reports.channel", "=", "letter")
      .execute();
    expect(letters.map((l) => l.kind)).toContain("letter_scan");
  });

  it("creates an account for every role with the demo password, and applications sharing servers", async () => {
    const users = await first.db.selectFrom("users").select(["username", "role", "password_hash"]).execute();
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ROLES));
    for (const role of ROLES) {
      const demo = users.find((u) => u.username === `demo-${role}`);
      expect(demo, role).toBeDefined();
      expect(await verifyPassword(demo!.password_hash, DEMO_PASSWORD)).toBe(true);
    }
    const shared = await first.db
      .selectFrom("application_servers")
      .select("server_id")
      .groupBy("server_id")
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    expect(shared.length).toBeGreaterThan(0);
    const kinds = await first.db.selectFrom("organisations").select("kind").distinct().execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(["agency", "csirt", "upstream", "vendor"]);
  });

  it("leaves an audit chain that verifies", async () => {
    const verification = await verifyAuditChain(first.db);
    expect(verification.ok).toBe(true);
  });

  it("refuses a database that already has reports, unless forced", async () => {
    const before = await first.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const error = await seedDemo(first, { reports: 20, seed: 7, dataDir: dirs[0]! }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(409);
    expect((error as AppError).messageKey).toBe("seed.database_not_empty");
    const after = await first.db
      .selectFrom("reports")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const tooFew = await seedDemo(first, { reports: 5, seed: 7, dataDir: dirs[0]!, force: true }).catch(
      (e: unknown) => e,
    );
    expect((tooFew as AppError).messageKey).toBe("seed.too_few_reports");

    const forced = await seedDemo(first, { reports: 20, seed: 9, dataDir: dirs[0]!, force: true });
    expect(forced.reports).toBe(Number(before.n) + 20);
    expect((await verifyAuditChain(first.db)).ok).toBe(true);
  });
});

describe.each(DIALECTS)("the sigap seed command on %s", { timeout: CLI_TIMEOUT }, (dialect) => {
  it("seeds, prints the demo accounts and refuses to seed twice", async () => {
    const world = await createCliWorld(dialect);
    try {
      const seeded = await sigap(world.env, ["seed", "--reports", "20", "--seed", "3"]);
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toMatch(/20 laporan\/reports \(DPS-CSIRT-2026-000001 … DPS-CSIRT-2026-000020\)/);
      expect(seeded.stdout).toContain("demo-csirt_lead");
      expect(seeded.stdout).toContain(DEMO_PASSWORD);
      expect(seeded.stdout).toMatch(/DEMO ONLY/);
      const again = await sigap(world.env, ["seed", "--reports", "20"]);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/already holds 20 reports/);
      const bad = await sigap(world.env, ["seed", "--reports", "many"]);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toMatch(/not a whole number/);
    } finally {
      await world.drop();
    }
  });
});
