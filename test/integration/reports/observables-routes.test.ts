import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { clientAddress, createTestApp, loginAs, type LoggedIn, type TestApp } from "../../helpers/app.ts";
import { DIALECTS } from "../../helpers/databases.ts";

describe.each(DIALECTS)("observable routes on %s", (dialect) => {
  let t: TestApp;
  let analyst: LoggedIn;
  let incidentId: number;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    analyst = await loginAs(t, "csirt");
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/public/reports",
      remoteAddress: clientAddress(),
      payload: {
        reporter: { name: "Putu", kind: "public", phone: "0811" },
        title: "Phishing atas nama pemkot",
        typeCode: "PHI",
        description:
          "Email dari admin@pemkot-denpasar[.]xyz berisi tautan hxxps://login-denpasarkota[.]top/sso, server 192.0.2.44",
        tlp: "GREEN",
        consent: true,
        truthful: true,
      },
    });
    expect(created.statusCode).toBe(201);
    incidentId = (await t.database.db.selectFrom("incidents").select("id").executeTakeFirstOrThrow()).id;
  });
  afterEach(async () => t.close());

  const call = (who: LoggedIn | null, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });
  const auditActions = async () =>
    (
      await t.database.db
        .selectFrom("audit_events")
        .select("action")
        .where("entity_type", "=", "observable")
        .orderBy("seq")
        .execute()
    ).map((a) => a.action);

  it("lists the observables found in the report, with the report's TLP", async () => {
    expect((await call(null, "GET", `/api/v1/incidents/${incidentId}/observables`)).statusCode).toBe(401);
    const response = await call(analyst, "GET", `/api/v1/incidents/${incidentId}/observables`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ kind: string; value: string; tlp: string; source: string }>;
    expect(items.map((o) => `${o.kind}:${o.value}`).sort()).toEqual(
      [
        "email:admin@pemkot-denpasar.xyz",
        "url:https://login-denpasarkota.top/sso",
        "domain:login-denpasarkota.top",
        "ip:192.0.2.44",
      ].sort(),
    );
    expect(items.every((o) => o.tlp === "GREEN" && o.source === "extracted")).toBe(true);
    const agency = await loginAs(t, "agency");
    expect((await call(agency, "GET", `/api/v1/incidents/${incidentId}/observables`)).statusCode).toBe(404);
    expect((await call(analyst, "GET", "/api/v1/incidents/999999/observables")).statusCode).toBe(404);
  });

  it("adds, corrects and deletes observables by hand, each audited", async () => {
    const url = `/api/v1/incidents/${incidentId}/observables`;
    expect((await call(analyst, "POST", url, { kind: "ip", value: "not-an-ip" })).statusCode).toBe(400);
    expect((await call(analyst, "POST", url, { kind: "ip", value: "192.0.2.44" })).statusCode).toBe(409);
    expect((await call(await loginAs(t, "viewer"), "POST", url, { kind: "ip", value: "192.0.2.45" })).statusCode).toBe(
      403,
    );

    const added = await call(analyst, "POST", url, {
      kind: "hash",
      value: "275A021BBFB6489E54D471899F7DB9D1663FC695EC2FE2A2C4538AABF651FD0F",
      tlp: "RED",
      note: "webshell",
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({
      kind: "hash",
      value: "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
      hashAlgorithm: "sha256",
      tlp: "RED",
      source: "manual",
      note: "webshell",
      createdBy: analyst.user.username,
    });
    const id = added.json().id as number;
    const defanged = await call(analyst, "POST", url, { kind: "domain", value: "Evil-Judi[.]VIP" });
    expect(defanged.json().value).toBe("evil-judi.vip");

    expect((await call(analyst, "PATCH", `/api/v1/observables/${id}`, {})).statusCode).toBe(400);
    const patched = await call(analyst, "PATCH", `/api/v1/observables/${id}`, { tlp: "AMBER", note: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ tlp: "AMBER", note: null });
    expect((await call(analyst, "PATCH", `/api/v1/observables/${id}`, { value: "xyz" })).statusCode).toBe(400);

    const agency = await loginAs(t, "agency");
    expect((await call(agency, "DELETE", `/api/v1/observables/${id}`)).statusCode).toBe(404);
    expect((await call(analyst, "DELETE", `/api/v1/observables/${id}`)).statusCode).toBe(204);
    expect((await call(analyst, "DELETE", `/api/v1/observables/${id}`)).statusCode).toBe(404);
    expect(await auditActions()).toEqual([
      "observable.added",
      "observable.added",
      "observable.updated",
      "observable.deleted",
    ]);
    const deleted = await t.database.db
      .selectFrom("audit_events")
      .select("changes")
      .where("action", "=", "observable.deleted")
      .executeTakeFirstOrThrow();
    expect(deleted.changes).toContain("275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f");
  });
});
