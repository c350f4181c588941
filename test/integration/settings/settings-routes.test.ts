import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureHolidaysSeeded } from "../../../src/commands/holidays/ensure-holidays-seeded.ts";
import { DENPASAR_SOP } from "../../../src/core/sop/definition.ts";
import { createTestApp, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

type Method = "GET" | "POST" | "PATCH" | "DELETE";

describe.each(DIALECTS)("settings, SOP and holiday routes on %s", (dialect) => {
  let t: TestApp;
  let admin: LoggedIn;
  let lead: LoggedIn;
  let agency: LoggedIn;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await ensureHolidaysSeeded(t.deps);
    admin = await loginAs(t, "admin");
    lead = await loginAs(t, "csirt_lead");
    agency = await loginAs(t, "agency");
    dir = mkdtempSync(join(tmpdir(), "sigap-sop-"));
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const inject = (method: Method, url: string, who?: LoggedIn, payload?: unknown, lang = "id") =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(who?.headers ?? {}), "accept-language": lang },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const storedSettings = async () =>
    (await t.database.db.selectFrom("settings").select("value").where("key", "=", "team").executeTakeFirst())?.value ??
    null;

  describe("GET /public/profile", () => {
    it("tells anyone who the team is, whom it serves and when it works", async () => {
      const response = await inject("GET", "/public/profile");
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        teamName: "Denpasar-CSIRT",
        email: "csirt@denpasarkota.go.id",
        constituency: "Perangkat Daerah di lingkungan Pemerintah Kota Denpasar",
        timeZone: "Asia/Makassar",
        workingDays: [1, 2, 3, 4, 5],
        closeOfBusiness: "16:00",
      });
      expect(response.json()).not.toHaveProperty("sopDefinitionFile");
      expect(response.json()).not.toHaveProperty("intake");
    });
  });

  describe("GET /settings", () => {
    it("is for signed-in staff and leadership, not partners", async () => {
      expect((await inject("GET", "/settings")).statusCode).toBe(401);
      expect((await inject("GET", "/settings", agency)).statusCode).toBe(403);
      const response = await inject("GET", "/settings", lead);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        calendar: { timeZone: "Asia/Makassar" },
        tickets: { prefix: "DPS-CSIRT" },
        sla: { warnShare: 0.8 },
      });
    });
  });

  describe("PATCH /settings", () => {
    it("answers 401, then 403 to anyone but an administrator", async () => {
      expect((await inject("PATCH", "/settings", undefined, { sla: { warnShare: 0.5 } })).statusCode).toBe(401);
      expect((await inject("PATCH", "/settings", lead, { sla: { warnShare: 0.5 } })).statusCode).toBe(403);
      expect(await storedSettings()).toBeNull();
    });

    it("lists every problem in Indonesian, or in English on request, and changes nothing", async () => {
      const bad = {
        calendar: { closeOfBusiness: "25:00", timeZone: "Asia/Denpasar" },
        tickets: { format: "{prefix}-{year}" },
        sla: { warnShare: 2 },
        profile: { teamNmae: "typo" },
      };
      const id = await inject("PATCH", "/settings", admin, bad);
      expect(id.statusCode).toBe(400);
      expect(id.json().error.message).toBe("Pengaturan tidak valid (1 masalah); tidak ada yang diubah.");
      expect(id.json().error.details).toEqual([
        { path: "profile.teamNmae", message: expect.stringContaining("Isian tidak dikenal 'profile.teamNmae'") },
      ]);

      const { profile: _typo, ...rest } = bad;
      const en = await inject("PATCH", "/settings", admin, rest, "en");
      expect(en.statusCode).toBe(400);
      expect(en.json().error.details).toEqual([
        { path: "calendar.closeOfBusiness", message: "Use HH:MM (00:00–23:59)." },
        { path: "tickets.format", message: "The ticket format must contain {seq}." },
        { path: "sla.warnShare", message: expect.stringMatching(/^Too big/) },
      ]);
      const idRest = await inject("PATCH", "/settings", admin, rest);
      expect(idRest.json().error.details.map((d: { message: string }) => d.message)).toEqual([
        "Gunakan format JJ:MM (00:00–23:59).",
        "Format nomor tiket harus memuat {seq}.",
        expect.stringMatching(/^Terlalu besar/),
      ]);

      const zone = await inject(
        "PATCH",
        "/settings",
        admin,
        { calendar: { timeZone: "Asia/Denpasar", openingTime: "17:00" } },
        "en",
      );
      expect(zone.json().error.details).toEqual([
        {
          path: "calendar.timeZone",
          message: "Unknown IANA time zone; for example Asia/Makassar (WITA) or Asia/Jakarta (WIB).",
        },
        { path: "calendar.closeOfBusiness", message: "closeOfBusiness must be after openingTime." },
      ]);
      expect((await inject("PATCH", "/settings", admin, { calendar: "16:00" })).statusCode).toBe(400);
      expect((await inject("PATCH", "/settings", admin, [1, 2])).statusCode).toBe(400);
      expect(await storedSettings()).toBeNull();
    });

    it("changes only what is sent, audits before and after, and null restores a default", async () => {
      const response = await inject("PATCH", "/settings", admin, {
        calendar: { closeOfBusiness: "15:30" },
        profile: { phone: "0361-222333" },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        calendar: { closeOfBusiness: "15:30", timeZone: "Asia/Makassar" },
        profile: { phone: "0361-222333" },
      });
      expect(JSON.parse((await storedSettings())!)).toEqual({
        calendar: { closeOfBusiness: "15:30" },
        profile: { phone: "0361-222333" },
      });
      const event = await t.database.db
        .selectFrom("audit_events")
        .select(["changes", "actor_label"])
        .where("action", "=", "settings.update")
        .executeTakeFirstOrThrow();
      expect(event.actor_label).toBe(admin.user.username);
      expect(JSON.parse(event.changes)).toEqual({
        "calendar.closeOfBusiness": { before: "16:00", after: "15:30" },
        "profile.phone": { before: "", after: "0361-222333" },
      });
      expect((await inject("GET", "/public/profile")).json().phone).toBe("0361-222333");

      const reset = await inject("PATCH", "/settings", admin, { calendar: { closeOfBusiness: null } });
      expect(reset.json().calendar.closeOfBusiness).toBe("16:00");
      expect(JSON.parse((await storedSettings())!)).toEqual({ calendar: {}, profile: { phone: "0361-222333" } });
    });

    it("loads a new SOP definition file before accepting it, listing its problems in the reader's language", async () => {
      const broken = join(dir, "broken.json");
      const steps = DENPASAR_SOP.steps.map((s) => ({ ...s }));
      steps[1] = { ...steps[1]!, ownerRoles: ["janitor" as never] };
      writeFileSync(broken, JSON.stringify({ ...DENPASAR_SOP, steps }));
      const en = await inject("PATCH", "/settings", admin, { sopDefinitionFile: broken }, "en");
      expect(en.statusCode).toBe(400);
      expect(en.json().error.message).toBe(
        `The SOP definition file '${broken}' cannot be used (1 problem(s)); the settings were not changed.`,
      );
      expect(en.json().error.details).toEqual([
        {
          path: "sopDefinitionFile: steps[1].ownerRoles[0]",
          message: expect.stringContaining("Unknown role 'steps[1].ownerRoles[0]': \"janitor\""),
        },
      ]);
      const id = await inject("PATCH", "/settings", admin, { sopDefinitionFile: broken });
      expect(id.json().error.details[0].message).toContain("Peran tidak dikenal");

      const notJson = join(dir, "not.json");
      writeFileSync(notJson, "{ steps: ");
      expect(
        (await inject("PATCH", "/settings", admin, { sopDefinitionFile: notJson }, "en")).json().error.details[0]
          .message,
      ).toContain("is not valid JSON");
      expect(
        (await inject("PATCH", "/settings", admin, { sopDefinitionFile: join(dir, "missing.json") })).statusCode,
      ).toBe(400);
      expect(
        (await inject("PATCH", "/settings", admin, { sopDefinitionFile: "/etc/passwd" }, "en")).json().error.details[0]
          .message,
      ).toBe("The SOP definition file must be a JSON file (ending in .json).");
      expect((await inject("GET", "/sop", lead)).json().code).toBe(DENPASAR_SOP.code);

      const good = join(dir, "kota-uji.json");
      writeFileSync(good, JSON.stringify({ ...DENPASAR_SOP, code: "kota-uji", version: 2 }));
      const accepted = await inject("PATCH", "/settings", admin, { sopDefinitionFile: good });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json().sopDefinitionFile).toBe(good);
      const sop = await inject("GET", "/sop", agency);
      expect(sop.statusCode).toBe(200);
      expect(sop.json()).toMatchObject({ code: "kota-uji", version: 2, steps: expect.any(Array) });
      expect(sop.json().steps).toHaveLength(DENPASAR_SOP.steps.length);
      expect((await inject("GET", "/sop")).statusCode).toBe(401);
    });
  });

  describe("/holidays", () => {
    it("lists the seeded holidays of a year to any signed-in user", async () => {
      expect((await inject("GET", "/holidays")).statusCode).toBe(401);
      expect((await inject("GET", "/holidays?year=abc", agency)).statusCode).toBe(400);
      const response = await inject("GET", "/holidays?year=2026", agency);
      expect(response.statusCode).toBe(200);
      const items = response.json().items as { date: string; kind: string; provisional: boolean }[];
      expect(items.find((h) => h.date === "2026-08-17")).toMatchObject({
        name: "Proklamasi Kemerdekaan",
        kind: "libur_nasional",
        provisional: false,
      });
      expect(items.every((h) => h.date.startsWith("2026-"))).toBe(true);
    });

    it("lets an administrator add and remove a day, refusing bad dates and repeats in the reader's language", async () => {
      expect((await inject("POST", "/holidays", lead, { date: "2026-12-30", name: "Hari Jadi" })).statusCode).toBe(403);
      const bad = await inject("POST", "/holidays", admin, { date: "30-12-2026", name: "Hari Jadi" }, "en");
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toBe("'30-12-2026' is not a valid date; use YYYY-MM-DD, e.g. 2026-08-17.");
      const repeat = await inject("POST", "/holidays", admin, { date: "2026-08-17", name: "Lagi" });
      expect(repeat.statusCode).toBe(409);
      expect(repeat.json().error.message).toContain("sudah tercatat sebagai hari libur");

      const added = await inject("POST", "/holidays", admin, { date: "2026-12-30", name: "Hari Jadi Kota (uji)" });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toEqual({
        date: "2026-12-30",
        name: "Hari Jadi Kota (uji)",
        kind: "local",
        provisional: false,
      });
      expect((await inject("DELETE", "/holidays/2026-12-30", lead)).statusCode).toBe(403);
      expect((await inject("DELETE", "/holidays/2026-12-30", admin)).statusCode).toBe(204);
      expect((await inject("DELETE", "/holidays/2026-12-30", admin)).statusCode).toBe(404);
    });
  });

  it("documents the routes in the OpenAPI description", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    for (const op of [
      "getSettings",
      "updateSettings",
      "getSop",
      "getPublicProfile",
      "listHolidays",
      "addHoliday",
      "removeHoliday",
    ]) {
      expect(ops).toContain(op);
    }
  });
});
