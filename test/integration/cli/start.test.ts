import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

const BIN = join(import.meta.dirname, "../../../bin/sigap.js");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  url: string;
}

/** Starts `sigap start` as a real process and waits until it prints where it runs. */
async function startSigap(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, "start"], {
    env: { ...process.env, SIGAP_PORT: String(port), SIGAP_HOST: "127.0.0.1", SIGAP_LOG_LEVEL: "warn", ...env },
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr.on("data", (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!/Sigap berjalan di/.test(out)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`sigap did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => out, url: `http://127.0.0.1:${port}` };
}

async function stop(started: Started): Promise<number | null> {
  if (started.child.exitCode !== null) return started.child.exitCode;
  const exited = new Promise<number | null>((resolve) => started.child.once("exit", (code) => resolve(code)));
  started.child.kill("SIGTERM");
  return exited;
}

describe.each(DIALECTS)("sigap start on %s", { timeout: 180_000 }, (dialect) => {
  let running: Started | undefined;
  let database: TestDatabase | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    if (running) await stop(running);
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    running = undefined;
    database = undefined;
  });

  it("serves /healthz, prints a first administrator who can log in and make an API token, and stops on SIGTERM", async () => {
    dataDir = mkdtempSync(join(tmpdir(), "sigap-start-"));
    const env: Record<string, string> = { SIGAP_DATA_DIR: dataDir };
    if (dialect === "postgres") {
      database = await createTestDatabase("postgres", { migrate: false });
      env.SIGAP_DATABASE_URL = database.url;
    }
    running = await startSigap(env);
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });

    const user = /pengguna \/ user:\s+(\S+)/.exec(running.output())?.[1];
    const password = /kata sandi \/ password:\s+(\S+)/.exec(running.output())?.[1];
    expect(user).toBe("admin");
    expect(password).toBeTruthy();

    const login = await fetch(`${running.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: user, password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie")?.split(";")[0] ?? "";
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    // The printed password is one-time: the administrator must choose a new one before anything else.
    const change = await fetch(`${running.url}/api/v1/auth/password`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify({ currentPassword: password, newPassword: "a-new-long-password-2026" }),
    });
    expect(change.status).toBeLessThan(300);
    const token = await fetch(`${running.url}/api/v1/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
      body: JSON.stringify({ name: "integration" }),
    });
    expect(token.status).toBe(201);
    const { token: bearer } = (await token.json()) as { token: string };
    const me = await fetch(`${running.url}/api/v1/auth/session`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(me.status).toBe(200);

    expect(await stop(running)).toBe(0);
    // A second start on the same database creates no second administrator.
    running = await startSigap(env);
    expect(running.output()).not.toMatch(/kata sandi \/ password/);
  });
});
