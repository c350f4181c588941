import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../../src/db/schema.ts";
import { createTestApp, createTestOrganisation, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { openTestCase } from "../../helpers/open-case.ts";

describe.each(DIALECTS)("legal timer routes on %s", (dialect) => {
  let t: TestApp;
  let analyst: LoggedIn;
  let viewer: LoggedIn;
  let officer: LoggedIn;
  let stranger: LoggedIn;
  let incident: Incident;
  let plain: Incident;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const agency = await createTestOrganisation(t, "agency");
    analyst = await loginAs(t, "csirt");
    viewer = await loginAs(t, "viewer");
    officer = await loginAs(t, "agency", { organisationId: agency.id });
    stranger = await loginAs(t, "agency");
    incident = (await openTestCase(t.deps, { personalData: true })).incident;
    await t.database.db
      .updateTable("incidents")
      .set({ agency_org_id: agency.id })
      .where("id", "=", incident.id)
      .execute();
    plain = (await openTestCase(t.deps)).incident;
  });
  afterAll(async () => t?.close());

  const inject = (method: "GET" | "POST", url: string, who?: LoggedIn, payload?: object, lang = "id") =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(who?.headers ?? {}), "accept-language": lang },
      payload,
    });
  const timerRow = () =>
    t.database.db
      .selectFrom("incident_timers")
      .selectAll()
      .where("incident_id", "=", incident.id)
      .executeTakeFirstOrThrow();

  describe("GET /incidents/{id}/timers", () => {
    it("answers 401, 400 for a bad id, 404 to partners and for unknown incidents", async () => {
      expect((await inject("GET", `/incidents/${incident.id}/timers`)).statusCode).toBe(401);
      expect((await inject("GET", `/incidents/abc/timers`, viewer)).statusCode).toBe(400);
      expect((await inject("GET", `/incidents/${incident.id}/timers`, stranger)).statusCode).toBe(404);
      // The owning agency sees the incident, not the CSIRT's legal duties.
      expect((await inject("GET", `/incidents/${incident.id}/timers`, officer)).statusCode).toBe(404);
      expect((await inject("GET", `/incidents/999999/timers`, viewer)).statusCode).toBe(404);
    });

    it("lists the timers with where they stand", async () => {
      const response = await inject("GET", `/incidents/${incident.id}/timers`, viewer);
      expect(response.statusCode).toBe(200);
      const startedAt = new Date(t.clock.now()).toISOString();
      expect(response.json()).toEqual({
        items: [
          {
            id: expect.any(Number),
            incidentId: incident.id,
            kind: "pdp_notice",
            name: { id: expect.stringContaining("3 × 24 jam"), en: expect.stringContaining("3 × 24 hours") },
            legalBasis: "UU 27/2022 (PDP) Pasal 46",
            startedAt,
            dueAt: new Date(t.clock.now().getTime() + 72 * 3_600_000).toISOString(),
            warnAt: new Date(t.clock.now().getTime() + 57.6 * 3_600_000).toISOString(),
            state: "on_time",
            warnedAt: null,
            lateAt: null,
            satisfiedAt: null,
            satisfiedNote: null,
            satisfiedLate: null,
          },
        ],
      });
      expect((await inject("GET", `/incidents/${plain.id}/timers`, viewer)).json()).toEqual({ items: [] });
    });
  });

  describe("POST /incidents/{id}/timers/{kind}/satisfy", () => {
    const url = () => `/incidents/${incident.id}/timers/pdp_notice/satisfy`;
    const note = { note: "Surat ke subjek data dan lembaga PDP dikirim 27/11 15:00 WITA" };

    it("answers 401, 400 for bad input, 403 to leadership, 404 when invisible or not running; nothing changes", async () => {
      expect((await inject("POST", url(), undefined, note)).statusCode).toBe(401);
      for (const [path, body] of [
        [`/incidents/${incident.id}/timers/gdpr/satisfy`, note],
        [url(), { note: "   " }],
        [url(), { note: "x".repeat(2001) }],
        [url(), { ...note, sentAt: "kemarin" }],
        [url(), {}],
      ] as const) {
        expect((await inject("POST", path, analyst, body)).statusCode, JSON.stringify(body)).toBe(400);
      }
      const forbidden = await inject("POST", url(), viewer, note, "en");
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().error.message).toBe("You are not allowed to do this.");
      expect((await inject("POST", url(), stranger, note)).statusCode).toBe(404);
      expect((await inject("POST", `/incidents/${plain.id}/timers/pdp_notice/satisfy`, analyst, note)).statusCode).toBe(
        404,
      );
      expect(
        (await inject("POST", `/incidents/${incident.id}/timers/iiv_report/satisfy`, analyst, note)).statusCode,
      ).toBe(404);
      expect((await timerRow()).satisfied_at).toBeNull();
    });

    it("records the notice once, audited, and says so in the user's language the second time", async () => {
      t.clock.advance(3_600_000);
      const response = await inject("POST", url(), analyst, note);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        kind: "pdp_notice",
        state: "satisfied",
        satisfiedNote: note.note,
        satisfiedLate: false,
      });
      expect((await timerRow()).satisfied_at).toBe(t.clock.now().toISOString());
      const again = await inject("POST", url(), analyst, { note: "lagi" });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toMatch(/^Pemberitahuan ini sudah dicatat terkirim/);
      expect((await timerRow()).satisfied_note).toBe(note.note);
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select(["actor_label"])
        .where("action", "=", "timer.satisfied")
        .execute();
      expect(audit).toEqual([{ actor_label: analyst.user.username }]);
    });
  });
});
