import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

const BIN = join(import.meta.dirname, "../../../bin/sigap.js");
const run = promisify(execFile);
/** Each run starts Node and tsx afresh: seconds apiece on a busy machine. */
const CLI_TIMEOUT = 180_000;

async function sigap(
  env: Record<string, string>,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, SIGAP_LOG_LEVEL: "silent", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe.each(DIALECTS)("sigap assets import on %s", (dialect) => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    database = await createTestDatabase(dialect, { migrate: false });
    dir = mkdtempSync(join(tmpdir(), "sigap-cli-"));
    env = { SIGAP_DATABASE_URL: database.url, SIGAP_DATA_DIR: dir };
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "imports a file, reports nothing new the second time, and refuses a bad file listing its rows",
    async () => {
      const good = join(dir, "aset.csv");
      writeFileSync(
        good,
        "\uFEFFapplication;urls;owner_agency;server;server_location\r\nSimpeg;https://simpeg.denpasarkota.go.id;BKPSDM;srv-01;pdn\r\n",
      );
      const first = await sigap(env, ["assets", "import", good]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain("Applications: 1 created, 0 updated, 0 unchanged.");
      expect(first.stdout).toContain("Organisations created: BKPSDM.");
      const second = await sigap(env, ["assets", "import", good]);
      expect(second.stdout).toContain("Applications: 0 created, 0 updated, 1 unchanged.");

      const bad = join(dir, "salah.csv");
      writeFileSync(bad, "application,iiv\nSimpeg Baru,mungkin\n");
      const refused = await sigap(env, ["assets", "import", bad]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("Baris 2: kolom 'iiv' harus 'ya' atau 'tidak'; tertulis 'mungkin'.");
      expect(refused.stderr).toContain("Row 2: column 'iiv' must be 'yes' or 'no'; found 'mungkin'.");
      const names = await database.db.selectFrom("applications").select("name").execute();
      expect(names).toEqual([{ name: "Simpeg" }]);
    },
    CLI_TIMEOUT,
  );
});
