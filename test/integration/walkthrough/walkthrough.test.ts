import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { dueAt } from "../../../src/core/calendar/index.ts";
import { stepByCode } from "../../../src/core/sop/definition.ts";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";
import type { Incident } from "../../../src/db/schema.ts";
import { startServer, type RunningServer } from "../../../src/server.ts";
import { readTeamContext, type TeamContext } from "../../../src/settings/team-settings.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

/*
 * Runs docs/api-walkthrough.md: every ```sh block, in order, in one bash process against a real
 * server, then checks in the database that the page did what it says. The page cannot drift from
 * the API without this test failing.
 */

const DOC = join(import.meta.dirname, "../../../docs/api-walkthrough.md");

/** The ```sh blocks of a Markdown text, in order. */
function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```[ \t]*$/gm)].map((m) => m[1]!);
}

interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` in bash without blocking the event loop (the server answers from this process). */
function runBash(script: string, env: Record<string, string>, cwd: string): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-c", script], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(DIALECTS)("docs/api-walkthrough.md on %s", { timeout: 240_000 }, (dialect) => {
  let server: RunningServer;
  let pg: TestDatabase | undefined;
  let dataDir: string;
  let run: ScriptRun;
  let team: TeamContext;

  beforeAll(async () => {
    // scripts/test.sh installs curl where it is missing; the page needs nothing else but bash and node.
    if (spawnSync("bash", ["-c", "command -v curl"]).status !== 0) {
      throw new Error("curl is not installed: apt-get install -y curl (scripts/test.sh does it as root)");
    }
    dataDir = mkdtempSync(join(tmpdir(), "sigap-walkthrough-"));
    const env: Record<string, string> = {
      SIGAP_PORT: "0",
      SIGAP_HOST: "127.0.0.1",
      SIGAP_DATA_DIR: dataDir,
      SIGAP_JOBS: "off",
      SIGAP_LOG_LEVEL: "silent",
      SIGAP_SMTP_PORT: "0",
    };
    if (dialect === "postgres") {
      pg = await createTestDatabase("postgres", { migrate: false });
      env.SIGAP_DATABASE_URL = pg.url;
    }
    let printed = "";
    server = await startServer(loadConfig(env), { print: (text) => (printed += `${text}\n`) });
    const adminPassword = /kata sandi \/ password:\s+(\S+)/.exec(printed)?.[1];
    if (!adminPassword) throw new Error(`startServer printed no administrator password:\n${printed}`);

    const script = ["set -euo pipefail", ...shellBlocks(readFileSync(DOC, "utf8"))].join("\n");
    const childEnv: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== undefined && !k.startsWith("SIGAP") && !/PASSWORD/.test(k)) childEnv[k] = v;
    }
    run = await runBash(script, { ...childEnv, SIGAP: server.url, ADMIN_PASSWORD: adminPassword }, dataDir);
    team = await readTeamContext(server.database.db);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    await pg?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const db = () => server.database.db;
  const incidents = () => db().selectFrom("incidents").selectAll().orderBy("id").execute();
  const runsOf = (incident: Incident) =>
    db().selectFrom("step_runs").selectAll().where("incident_id", "=", incident.id).orderBy("id").execute();

  it("runs every shell block without an error", () => {
    expect(run.code, `stderr:\n${run.stderr}\nstdout:\n${run.stdout}`).toBe(0);
    expect(run.stdout).toContain("ok: reporter's status = done");
    expect(run.stdout).toContain("ok: reporter's status = invalid");
  });

  it("drives the first incident through all ten steps in the SOP's order and closes it as resolved", async () => {
    const [first] = await incidents();
    expect(first).toMatchObject({ status: "closed", outcome: "resolved" });
    const runs = await runsOf(first!);
    expect(runs.map((r) => [r.step_code, r.status, r.iteration])).toEqual(
      team.sop.steps.map((s) => [s.code, "done", 1]),
    );
    runs.forEach((r, i) => {
      expect(r.completed_at! >= r.started_at, r.step_code).toBe(true);
      // Each step starts the moment the one before it is completed.
      if (i > 0) expect(r.started_at, r.step_code).toBe(runs[i - 1]!.completed_at);
    });
    expect(first!.closed_at).toBe(runs.at(-1)!.completed_at);
  });

  it("gives every step run the due time of its time standard through the business calendar", async () => {
    const all = await db().selectFrom("step_runs").selectAll().orderBy("id").execute();
    expect(all.length).toBe(team.sop.steps.length + 3);
    for (const r of all) {
      const step = stepByCode(team.sop, r.step_code as SopStepCode)!;
      expect(r.due_at, `${r.incident_id}/${r.step_code}`).toBe(
        dueAt(new Date(r.started_at), step.timeStandard, team.calendar).toISOString(),
      );
    }
  });

  it("records the escalation to BSSN made when step 5 could not handle the incident", async () => {
    const [first] = await incidents();
    const bssn = await db()
      .selectFrom("organisations")
      .selectAll()
      .where("name", "=", "BSSN (Gov-CSIRT)")
      .executeTakeFirstOrThrow();
    const escalations = await db().selectFrom("escalations").selectAll().where("incident_id", "=", first!.id).execute();
    expect(escalations).toEqual([
      expect.objectContaining({
        step_number: stepByCode(team.sop, "handle")!.number,
        target: "bssn",
        target_org_id: bssn.id,
        channel: "email",
        reference: "Surat DKIS 800/123/2026",
      }),
    ]);
    const handle = (await runsOf(first!)).find((r) => r.step_code === "handle")!;
    expect(JSON.parse(handle.output!)).toMatchObject({
      outcome: "not_handled",
      escalationIds: [escalations[0]!.id],
    });
  });

  it("ends the invalid report at step 3 with its reason, and the reporter's message carries it", async () => {
    const [, second, ...rest] = await incidents();
    expect(rest).toEqual([]);
    const runs = await runsOf(second!);
    expect(runs.map((r) => [r.step_code, r.status])).toEqual([
      ["receive", "done"],
      ["forward", "done"],
      ["verify", "done"],
    ]);
    const reason = (JSON.parse(runs[2]!.output!) as { reason: string }).reason;
    expect(reason).toMatch(/tidak ditemukan indikasi serangan siber/);
    expect(second).toMatchObject({ status: "closed", outcome: "invalid", close_reason: reason });

    const report = await db()
      .selectFrom("reports")
      .selectAll()
      .where("incident_id", "=", second!.id)
      .executeTakeFirstOrThrow();
    const messages = await db()
      .selectFrom("outbox")
      .selectAll()
      .where("topic", "=", "report.status_changed")
      .where("recipient", "=", report.reporter_email)
      .orderBy("id")
      .execute();
    expect(messages.map((m) => JSON.parse(m.payload))).toContainEqual(
      expect.objectContaining({ ticketCode: report.code, status: "invalid", reason }),
    );
  });
});
