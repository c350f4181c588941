import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerErrorHandling } from "../../src/http/errors.ts";
import { builtFile, webRoutes } from "../../src/http/routes/web/index.ts";
import { DIALECTS } from "../helpers/databases.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";

const INDEX =
  '<!doctype html><html lang="id"><body><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script></body></html>';

/** A built app in a temporary folder, served with the API's error handling and one API route. */
async function serve(root: string): Promise<FastifyInstance> {
  const app = Fastify();
  registerErrorHandling(app, { bodyLimit: 1024 });
  app.get("/api/v1/known", async () => ({ ok: true }));
  await app.register(webRoutes({ root }));
  await app.ready();
  return app;
}

describe("serving the built web app", () => {
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "sigap-web-"));
    mkdirSync(join(root, "assets"));
    mkdirSync(join(root, ".vite"));
    writeFileSync(join(root, "index.html"), INDEX);
    writeFileSync(join(root, "assets", "app-abc123.js"), "console.log('app')");
    writeFileSync(join(root, "assets", "app-abc123.js.br"), brotliCompressSync("console.log('app')"));
    writeFileSync(join(root, "favicon.svg"), "<svg/>");
    writeFileSync(join(root, ".vite", "manifest.json"), '{"secret":true}');
    app = await serve(root);
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("answers the app's page for the root and for any page path, never cached", async () => {
    for (const url of ["/", "/aduan", "/track/DPS-CSIRT-2026-000001", "/console/board?view=mine"]) {
      const response = await app.inject({ url });
      expect([url, response.statusCode, response.body]).toEqual([url, 200, INDEX]);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("serves build files, precompressed when the browser accepts it, hashed assets cached for a year", async () => {
    const script = await app.inject({ url: "/assets/app-abc123.js" });
    expect([script.statusCode, script.body]).toEqual([200, "console.log('app')"]);
    expect(script.headers["content-type"]).toMatch(/javascript/);
    expect(script.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const compressed = await app.inject({ url: "/assets/app-abc123.js", headers: { "accept-encoding": "br, gzip" } });
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe("console.log('app')");
    const icon = await app.inject({ url: "/favicon.svg", headers: { "accept-encoding": "br" } });
    expect(icon.headers["content-encoding"]).toBeUndefined();
    expect([icon.statusCode, icon.headers["cache-control"]]).toEqual([200, "public, max-age=3600"]);
  });

  it("keeps the API's JSON 404 for unknown API paths, other methods and missing assets", async () => {
    for (const [method, url] of [
      ["GET", "/api/v1/unknown"],
      ["GET", "/api"],
      ["POST", "/console"],
      ["GET", "/assets/gone-999.js"],
    ] as const) {
      const response = await app.inject({ method, url, headers: { "accept-language": "en" } });
      expect([method, url, response.statusCode]).toEqual([method, url, 404]);
      expect(response.json()).toEqual({ error: { code: "not_found", message: "No such address." } });
    }
    expect((await app.inject({ url: "/api/v1/known" })).json()).toEqual({ ok: true });
  });

  it("never serves a dot-folder or anything outside the build", async () => {
    for (const url of ["/.vite/manifest.json", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2f..%2fpackage.json"]) {
      const response = await app.inject({ url });
      expect(response.body).not.toContain("secret");
      expect(response.body).not.toContain("root:");
    }
    expect(builtFile(root, "/.vite/manifest.json")).toBeNull();
    expect(builtFile(root, "/../index.html")).toBeNull();
    expect(builtFile(root, "/assets")).toBeNull();
    expect(builtFile(root, "/assets/app-abc123.js")).toBe("assets/app-abc123.js");
  });

  it("says how to build the app when it has not been built", async () => {
    const empty = mkdtempSync(join(tmpdir(), "sigap-web-empty-"));
    const bare = await serve(empty);
    try {
      const response = await bare.inject({ url: "/console", headers: { "accept-language": "en" } });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.message).toContain("npm run build:web");
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe.each(DIALECTS)("the web app inside Sigap (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it("leaves the API, the health check and the API docs to their own routes", async () => {
    const missing = await t.app.inject({ url: "/api/v1/no-such-thing" });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, "not_found"]);
    expect((await t.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    const docs = await t.app.inject({ url: "/api/docs/json" });
    expect(docs.statusCode).toBe(200);
    expect(JSON.stringify(docs.json().paths)).not.toContain('"/*"');
  });

  it("sends the strict content security policy with the app's page", async () => {
    const page = await t.app.inject({ url: "/aduan" });
    const directives = String(page.headers["content-security-policy"])
      .split(";")
      .map((d) => d.trim());
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("frame-ancestors 'none'");
  });

  it("sends the same security headers with API answers, errors included", async () => {
    for (const url of ["/healthz", "/api/v1/no-such-thing"]) {
      const answer = await t.app.inject({ url });
      expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(answer.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(answer.headers["strict-transport-security"]).toContain("max-age=");
      expect(answer.headers["cross-origin-embedder-policy"]).toBeUndefined();
    }
  });
});
