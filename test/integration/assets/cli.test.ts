import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_TIMEOUT, createCliWorld, sigap, type CliWorld } from "../../helpers/cli.ts";
import { DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(DIALECTS)("sigap assets import on %s", (dialect) => {
  let world: CliWorld;
  let database: TestDatabase;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    world = await createCliWorld(dialect);
    ({ database, env, dir } = world);
  });
  afterAll(async () => world.drop());

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
