import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Incident } from "../../../src/db/schema.ts";
import { createTestApp, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";
import { openTestCase } from "../../helpers/open-case.ts";

describe.each(DIALECTS)("GET /search on %s", (dialect) => {
  let t: TestApp;
  let analyst: LoggedIn;
  let cases: Incident[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    analyst = await loginAs(t, "csirt");
    cases = [];
    for (const [title, description] of [
      ["Judi online di situs dinas", "Tautan slot gacor tersembunyi di halaman berita"],
      ["Situs kecamatan diretas", "Pesan peretas di halaman depan, tidak ada judi"],
      ["Email phishing", "Tautan login palsu atas nama BKPSDM"],
    ]) {
      cases.push(
        (await openTestCase(t.deps, { title: title!, description: description!, reporterOrg: "Warga Sanur" })).incident,
      );
      t.clock.advance(60_000);
    }
  });
  afterAll(async () => t?.close());

  const get = (query: string, who?: LoggedIn, lang = "id") =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/search${query}`,
      headers: { ...(who?.headers ?? {}), "accept-language": lang },
    });

  it("answers 401, then 400 for bad filters and a wrong cursor, in the user's language", async () => {
    expect((await get("?q=judi")).statusCode).toBe(401);
    for (const bad of [
      "?status=pending",
      "?step=7",
      "?category=XYZ",
      "?severity=high",
      "?limit=0",
      "?limit=101",
      "?late=ya",
      "?agency=x",
      "?sort=old",
      `?q=${"a".repeat(201)}`,
    ]) {
      expect((await get(bad, analyst)).statusCode, bad).toBe(400);
    }
    const cursor = await get("?cursor=bukan-kursor", analyst, "en");
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().error).toEqual({
      code: "validation_failed",
      message: "The page cursor is invalid. Start again from the first page.",
    });
    const date = await get("?from=27-11-2026", analyst);
    expect(date.statusCode).toBe(400);
    expect(date.json().error.message).toContain("'27-11-2026'");
  });

  it("takes any text as words: query syntax and unicode never make an error", async () => {
    for (const q of ['"', "*", "AND (", "NEAR(", 'judi" OR', "ᬅᬓ᭄ᬱᬭ", "日本語", "🙂", "%", "'", ""]) {
      const response = await get(`?q=${encodeURIComponent(q)}`, analyst);
      expect(response.statusCode, q).toBe(200);
    }
  });

  it("finds, highlights and pages newest first", async () => {
    const first = await get("?q=judi&limit=1", analyst);
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.items.map((i: { code: string }) => i.code)).toEqual([cases[1]!.code]);
    expect(
      page.items[0].match.snippet.some(
        (p: { text: string; match: boolean }) => p.match && p.text.toLowerCase() === "judi",
      ),
    ).toBe(true);
    const second = (await get(`?q=judi&limit=1&cursor=${page.nextCursor}`, analyst)).json();
    expect(second.items.map((i: { code: string }) => i.code)).toEqual([cases[0]!.code]);
    expect(second.nextCursor).toBeNull();
    // Prefix on the last word, every word required.
    expect((await get("?q=tautan%20log", analyst)).json().items.map((i: { code: string }) => i.code)).toEqual([
      cases[2]!.code,
    ]);
  });

  it("leaves the reporter out of results and shows partners nothing", async () => {
    const hit = (await get("?q=sanur", analyst)).json().items[0];
    expect(Object.keys(hit).sort()).toEqual(
      [
        "agency",
        "closedAt",
        "code",
        "id",
        "late",
        "match",
        "openedAt",
        "outcome",
        "severity",
        "status",
        "step",
        "title",
        "tlp",
        "typeCode",
      ].sort(),
    );
    const developer = await loginAs(t, "developer");
    const response = await get("?q=judi", developer);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [], nextCursor: null });
  });

  it("is described in the OpenAPI document with the other new routes", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const operations = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (p) => Object.values(p).map((o) => o.operationId),
    );
    expect(operations).toEqual(
      expect.arrayContaining(["searchIncidents", "getFigures", "listIncidentTimers", "satisfyIncidentTimer"]),
    );
  });
});
