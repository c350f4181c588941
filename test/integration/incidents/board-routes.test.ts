import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SopStepCode } from "../../../src/core/sop/step-codes.ts";
import { createTestApp, loginWith, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { multipart, PNG_BYTES } from "../reports/fixtures.ts";
import { buildWorld, openCase, outputs, type World } from "./fixtures.ts";

/*
 * What the console's board and incident page need from the API beyond the SOP routes: each list
 * item's active step start, warning time and assignee, the caller's own work (`mine`), and the
 * list of an incident's evidence.
 */
describe.each(DIALECTS)("board and evidence list routes on %s", (dialect) => {
  let t: TestApp;
  let world: World;
  const sessions = new Map<string, LoggedIn>();
  beforeEach(async () => {
    t = await createTestApp(dialect);
    world = await buildWorld(t.database, t.clock);
    sessions.clear();
  });
  afterEach(async () => t.close());

  async function as(who: keyof World["users"]): Promise<LoggedIn> {
    let s = sessions.get(who);
    if (!s) {
      s = await loginWith(t, world.users[who]);
      sessions.set(who, s);
    }
    return s;
  }
  const get = async (who: keyof World["users"] | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: who ? { cookie: (await as(who)).cookie } : {} });
  const step = async (who: keyof World["users"], id: number, code: SopStepCode, output: unknown) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${id}/steps/${code}`,
      payload: { output },
      headers: (await as(who)).headers,
    });

  it("gives each list item its step's start and warning time, and the assignee to staff only", async () => {
    const a = await openCase(world, { title: "Portal dinas kesehatan" });
    expect((await step("intake", a.id, "forward", outputs(world).forward)).statusCode).toBe(200);
    const run = await t.database.db
      .selectFrom("step_runs")
      .selectAll()
      .where("incident_id", "=", a.id)
      .where("status", "=", "active")
      .executeTakeFirstOrThrow();
    const item = (await get("csirt", "/api/v1/incidents")).json().items[0];
    expect(item).toMatchObject({
      id: a.id,
      currentStep: { code: "verify" },
      stepStartedAt: run.started_at,
      dueAt: run.due_at,
      warnAt: run.warn_at,
      assignee: { id: world.users.csirt.id, displayName: world.users.csirt.display_name },
    });
    expect(item.stepStartedAt < item.warnAt && item.warnAt < item.dueAt).toBe(true);
    // Leadership reads the name; the agency sees its incident but no staff names.
    expect((await get("viewer", "/api/v1/incidents")).json().items[0].assignee).toMatchObject({
      id: world.users.csirt.id,
    });
    const forAgency = (await get("agencyA", "/api/v1/incidents")).json().items;
    expect(forAgency).toEqual([expect.objectContaining({ id: a.id, assignee: null })]);
  });

  it("lists only the caller's work with mine=true: assigned incidents and steps the caller owns", async () => {
    const assigned = await openCase(world, { title: "Ditugaskan ke analis" });
    await step("intake", assigned.id, "forward", outputs(world).forward);
    const other = await openCase(world, { title: "Belum ditugaskan" });
    await step("intake", other.id, "forward", { note: "tanpa penugasan" });
    const reassigned = await openCase(world, { title: "Langkah dialihkan" });
    await step("intake", reassigned.id, "forward", { note: "tanpa penugasan" });
    const lead = await as("lead");
    const moved = await t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${reassigned.id}/assign`,
      payload: { userId: world.users.csirt.id, stepCode: "verify" },
      headers: lead.headers,
    });
    expect(moved.statusCode).toBe(200);
    const ids = async (who: keyof World["users"], query: string) =>
      ((await get(who, `/api/v1/incidents${query}`)).json().items as { id: number }[]).map((i) => i.id);
    expect(await ids("csirt", "?mine=true")).toEqual([reassigned.id, assigned.id]);
    expect(await ids("csirt", "?mine=false")).toEqual([reassigned.id, other.id, assigned.id]);
    expect(await ids("lead", "?mine=true")).toEqual([]);
    expect((await get("csirt", "/api/v1/incidents?mine=yes")).statusCode).toBe(400);
  });

  it("lists an incident's evidence: its reports' files and uploads; 401, then 404 to partners", async () => {
    const incident = await openCase(world);
    const report = await t.database.db
      .selectFrom("reports")
      .select("id")
      .where("incident_id", "=", incident.id)
      .executeTakeFirstOrThrow();
    const now = t.clock.now().toISOString();
    await t.database.db
      .insertInto("attachments")
      .values({
        sha256: "a".repeat(64),
        size_bytes: 10,
        media_type: "image/png",
        filename: "laporan.png",
        kind: "evidence",
        report_id: report.id,
        incident_id: null,
        tlp: "AMBER",
        uploaded_by_label: "pelapor",
        uploaded_by_user_id: null,
        uploaded_at: now,
      })
      .execute();
    t.clock.advance(60_000);
    const form = multipart([
      { name: "note", value: "tangkapan layar analis" },
      { name: "files", filename: "analis.png", contentType: "image/png", data: PNG_BYTES },
    ]);
    const uploaded = await t.app.inject({
      method: "POST",
      url: `/api/v1/incidents/${incident.id}/evidence`,
      payload: form.payload,
      headers: { ...(await as("csirt")).headers, ...form.headers },
    });
    expect(uploaded.statusCode).toBe(201);
    const url = `/api/v1/incidents/${incident.id}/evidence`;
    expect((await get(null, url)).statusCode).toBe(401);
    expect((await get("agencyA", url)).statusCode).toBe(404);
    expect((await get("csirt", "/api/v1/incidents/999999/evidence")).statusCode).toBe(404);
    const listed = await get("viewer", url);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({ filename: "laporan.png", reportId: report.id, sha256: "a".repeat(64) }),
      expect.objectContaining({
        filename: "analis.png",
        incidentId: incident.id,
        uploadedBy: world.users.csirt.username,
      }),
    ]);
    // Another incident's files stay out.
    const other = await openCase(world);
    expect((await get("csirt", `/api/v1/incidents/${other.id}/evidence`)).json().items).toEqual([]);
  });
});
