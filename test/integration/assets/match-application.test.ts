import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApplication } from "../../../src/commands/assets/create-application.ts";
import { createServer } from "../../../src/commands/assets/create-server.ts";
import { matchApplication, type MatchTarget } from "../../../src/commands/assets/match-application.ts";
import { updateApplication } from "../../../src/commands/assets/update-application.ts";
import { runCommand, type CommandDeps } from "../../../src/commands/context.ts";
import { systemActor } from "../../../src/core/actor.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(DIALECTS)("matchApplication on %s", (dialect) => {
  let database: TestDatabase;
  let deps: CommandDeps;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    deps = { database, clock: new FakeClock("2026-11-27T02:00:00Z") };
    await runCommand(deps, { actor: systemActor("test") }, async (ctx) => {
      const app = async (name: string, urls: string[], serverIds: number[] = []) =>
        (ids[name] = (await createApplication(ctx, { name, urls, serverIds })).id);
      const server = async (name: string, addresses: string[]) => (await createServer(ctx, { name, addresses })).id;
      const single = await server("srv-single", ["10.20.0.1"]);
      const shared = await server("srv-shared", ["10.20.0.2", "2001:db8::2"]);
      await app("Portal", ["https://denpasarkota.go.id"]);
      await app("Portal Layanan", ["https://denpasarkota.go.id/layanan"]);
      await app("Layanan Pajak", ["https://denpasarkota.go.id/layanan/pajak"]);
      await app("Dukcapil", ["dukcapil.denpasarkota.go.id"], [single]);
      await app("Shared One", ["one.denpasarkota.go.id"], [shared]);
      await app("Shared Two", ["two.denpasarkota.go.id"], [shared]);
      await app("By Address", ["http://10.30.0.7:8080"]);
      await app("Old Site", ["https://lama.denpasarkota.go.id"]);
      await updateApplication(ctx, { applicationId: ids["Old Site"]!, retired: true });
    });
  });
  afterAll(async () => database?.drop());

  const match = async (target: MatchTarget) => {
    const m = await matchApplication(database.db, target);
    return m ? { name: m.application.name, by: m.matchedBy } : null;
  };

  it("matches the exact host, whatever the case, scheme, port or trailing dot", async () => {
    expect(await match({ url: "HTTP://Dukcapil.DenpasarKota.go.id./login?x=1" })).toEqual({
      name: "Dukcapil",
      by: "url",
    });
    expect(await match({ url: "https://dukcapil.denpasarkota.go.id:443/" })).toEqual({ name: "Dukcapil", by: "url" });
  });

  it("reads defanged addresses as the addresses they stand for", async () => {
    expect(await match({ url: "hxxps://dukcapil[.]denpasarkota[.]go[.]id/login" })).toEqual({
      name: "Dukcapil",
      by: "url",
    });
    expect(await match({ ip: "10.20.0[.]1" })).toEqual({ name: "Dukcapil", by: "ip" });
  });

  it("does not take a subdomain for its parent, but takes www. as the same site", async () => {
    expect(await match({ url: "https://evil.dukcapil.denpasarkota.go.id/" })).toBeNull();
    expect(await match({ url: "https://unknown.denpasarkota.go.id/layanan" })).toBeNull();
    expect(await match({ url: "https://www.dukcapil.denpasarkota.go.id/" })).toEqual({ name: "Dukcapil", by: "url" });
    expect(await match({ url: "https://www.denpasarkota.go.id/berita" })).toEqual({ name: "Portal", by: "url" });
  });

  it("picks the longest registered path prefix, on whole path segments", async () => {
    expect(await match({ url: "https://denpasarkota.go.id/layanan/pajak/bayar" })).toEqual({
      name: "Layanan Pajak",
      by: "url",
    });
    expect(await match({ url: "https://denpasarkota.go.id/layanan/pajak" })).toEqual({
      name: "Layanan Pajak",
      by: "url",
    });
    expect(await match({ url: "https://denpasarkota.go.id/layanan/izin" })).toEqual({
      name: "Portal Layanan",
      by: "url",
    });
    expect(await match({ url: "https://denpasarkota.go.id/layanan-baru" })).toEqual({ name: "Portal", by: "url" });
    expect(await match({ url: "https://denpasarkota.go.id/" })).toEqual({ name: "Portal", by: "url" });
  });

  it("uses the domain when the URL says nothing known", async () => {
    expect(await match({ url: "https://elsewhere.example/", domain: "Dukcapil.denpasarkota.go.id" })).toEqual({
      name: "Dukcapil",
      by: "domain",
    });
    expect(await match({ domain: "denpasarkota.go.id/layanan/pajak" })).toEqual({
      name: "Layanan Pajak",
      by: "domain",
    });
  });

  it("matches an IP address through the server with that address when exactly one application runs there", async () => {
    expect(await match({ ip: "10.20.0.1" })).toEqual({ name: "Dukcapil", by: "ip" });
    expect(await match({ url: "http://10.20.0.1/admin" })).toEqual({ name: "Dukcapil", by: "ip" });
    // Two applications on the shared server: the address alone cannot tell which.
    expect(await match({ ip: "10.20.0.2" })).toBeNull();
    expect(await match({ ip: "2001:DB8:0::2" })).toBeNull();
    expect(await match({ url: "https://nowhere.example", ip: "10.20.0.1" })).toEqual({ name: "Dukcapil", by: "ip" });
    // An application registered at an address matches it directly.
    expect(await match({ ip: "10.30.0.7" })).toEqual({ name: "By Address", by: "ip" });
    expect(await match({ ip: "10.99.0.1" })).toBeNull();
  });

  it("never matches a retired application, and ignores what is not an address at all", async () => {
    expect(await match({ url: "https://lama.denpasarkota.go.id/" })).toBeNull();
    expect(await match({ url: "not a url", domain: "", ip: "999.1.1.1" })).toBeNull();
    expect(await match({})).toBeNull();
  });

  it("returns the whole application row and the registered URL that matched", async () => {
    const m = await matchApplication(database.db, { url: "https://denpasarkota.go.id/layanan/izin" });
    expect(m).toMatchObject({
      application: { id: ids["Portal Layanan"] },
      registeredUrl: "https://denpasarkota.go.id/layanan",
    });
  });
});
