import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/connect.ts";
import { CLI_TIMEOUT, createCliWorld, sigap, type CliWorld } from "../../helpers/cli.ts";
import { DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

describe("sigap --help", { timeout: CLI_TIMEOUT }, () => {
  it("describes every command", async () => {
    const top = await sigap({}, ["--help"]);
    expect(top.code).toBe(0);
    for (const command of ["start", "migrate", "user", "token", "audit", "backup", "restore"]) {
      expect(top.stdout).toContain(command);
    }
    for (const args of [
      ["user", "add", "--help"],
      ["token", "create", "--help"],
      ["audit", "verify", "--help"],
      ["backup", "--help"],
    ]) {
      const help = await sigap({}, args);
      expect(help.code, args.join(" ")).toBe(0);
      expect(help.stdout).toMatch(/Usage: sigap/);
    }
  });

  it("refuses an unknown role with a clear message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sigap-cli-"));
    try {
      const result = await sigap({ SIGAP_DATA_DIR: dir }, ["user", "add", "eve", "--role", "hacker"]);
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/unknown role 'hacker'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(DIALECTS)("sigap commands on %s", { timeout: CLI_TIMEOUT }, (dialect) => {
  let world: CliWorld;
  let database: TestDatabase;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    world = await createCliWorld(dialect);
    ({ database, env, dir } = world);
  });
  afterAll(async () => world.drop());

  it("migrate up, status and down", async () => {
    expect((await sigap(env, ["migrate"])).stdout).toMatch(/Applied: .*foundation/);
    expect((await sigap(env, ["migrate", "status"])).stdout).not.toMatch(/pending/);
    const down = await sigap(env, ["migrate", "down"]);
    expect(down.code).toBe(0);
    expect(down.stdout).toMatch(/Reverted: /);
    expect((await sigap(env, ["migrate", "status"])).stdout).toMatch(/pending/);
    expect((await sigap(env, ["migrate", "up"])).code).toBe(0);
  });

  it("adds a user, resets the password, creates a token, and records all of it in an intact audit log", async () => {
    const added = await sigap(env, [
      "user",
      "add",
      "wayan",
      "--role",
      "csirt",
      "--specialty",
      "server",
      "--name",
      "I Wayan Sudarsana",
    ]);
    expect(added.code, added.stderr).toBe(0);
    const firstPassword = /Password \(shown once\): (\S+)/.exec(added.stdout)?.[1];
    expect(firstPassword).toBeTruthy();

    const withStdin = await sigap(
      env,
      ["user", "add", "made", "--role", "viewer", "--password-stdin"],
      "a-chosen-password-123\n",
    );
    expect(withStdin.code, withStdin.stderr).toBe(0);
    expect(withStdin.stdout).not.toMatch(/Password/);

    const reset = await sigap(env, ["user", "reset-password", "wayan"]);
    expect(reset.code, reset.stderr).toBe(0);
    const newPassword = /New password \(shown once\): (\S+)/.exec(reset.stdout)?.[1];
    expect(newPassword).toBeTruthy();
    expect(newPassword).not.toBe(firstPassword);

    const token = await sigap(env, ["token", "create", "wayan", "--name", "siem", "--days", "30"]);
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout).toMatch(/sgp_\S+/);

    const list = await sigap(env, ["user", "list"]);
    expect(list.stdout).toMatch(/wayan\tcsirt/);

    const verify = await sigap(env, ["audit", "verify"]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/intact/);
  });

  it("audit verify names the tampered event and exits 3", async () => {
    const db = openDatabase(database.url);
    try {
      const row = await db.db
        .selectFrom("audit_events")
        .select("seq")
        .orderBy("seq")
        .limit(1)
        .offset(1)
        .executeTakeFirstOrThrow();
      await sql`update audit_events set actor_label = 'someone-else' where seq = ${row.seq}`.execute(db.db);
      const verify = await sigap(env, ["audit", "verify"]);
      expect(verify.code).toBe(3);
      expect(verify.stdout).toContain(`#${row.seq}`);
    } finally {
      await db.close();
    }
  });

  it("backup and restore", async () => {
    const target = join(dir, "backup.db");
    const backup = await sigap(env, ["backup", target]);
    if (dialect === "postgres") {
      expect(backup.code).toBe(2);
      expect(backup.stderr).toMatch(/pg_dump/);
      return;
    }
    expect(backup.code, backup.stderr).toBe(0);
    expect(existsSync(target)).toBe(true);
    // A user added after the backup is gone after the restore; the one before it is there.
    await sigap(env, ["user", "add", "after-backup", "--role", "viewer"]);
    const restore = await sigap(env, ["restore", target]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/previous database is kept/);
    const list = await sigap(env, ["user", "list"]);
    expect(list.stdout).toMatch(/wayan/);
    expect(list.stdout).not.toMatch(/after-backup/);
  });
});
