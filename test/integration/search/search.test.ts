import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandDeps } from "../../../src/commands/context.ts";
import { queryContext } from "../../../src/commands/query-context.ts";
import { FakeClock } from "../../../src/core/clock.ts";
import { AppError } from "../../../src/core/errors.ts";
import type { Incident, User } from "../../../src/db/schema.ts";
import { searchIncidents, type SearchInput, type SearchPage } from "../../../src/search/search-incidents.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";
import { addOrganisation, addUser, openTestCase } from "../../helpers/open-case.ts";
import { actorForUser } from "../../../src/commands/users/user-actor.ts";

// Monday 30 November 2026, 10:00 WITA.
const T0 = "2026-11-30T02:00:00.000Z";
const DAY = 86_400_000;
const at = (ms: number) => new Date(new Date(T0).getTime() + ms).toISOString();

const actorOf = (u: User) => actorForUser(u, "session");

describe.each(DIALECTS)("search on %s", (dialect) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let deps: CommandDeps;
  let analyst: User;
  let dinkes: number;
  /** By name: the cases the tests look for. */
  let cases: Record<"defacement" | "gambling" | "phishing" | "leak" | "scan", Incident>;

  const search = async (input: Partial<SearchInput> = {}, user: User = analyst): Promise<SearchPage> =>
    searchIncidents(queryContext(deps, actorOf(user)), { limit: 20, ...input });
  const codes = (page: SearchPage) => page.items.map((i) => i.code);
  const codeOf = (...names: (keyof typeof cases)[]) => names.map((n) => cases[n].code);

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    clock = new FakeClock(T0);
    deps = { database, clock };
    analyst = await addUser(deps, "csirt");
    dinkes = await addOrganisation(deps, "agency", "Dinas Kesehatan");
    // Opened one day apart, oldest first: newest-first order is scan, leak, phishing, gambling, defacement.
    clock.set(at(-5 * DAY));
    const defacement = (
      await openTestCase(deps, {
        title: "Tampilan situs kelurahan berubah",
        description: "Halaman depan diganti pesan peretas. Útok terlihat sejak pagi.",
        affectedUrl: "https://kelurahan-sumerta.denpasarkota.go.id/",
        typeCode: "DEF",
      })
    ).incident;
    clock.set(at(-4 * DAY));
    const gambling = (
      await openTestCase(deps, {
        title: "Konten judi online di portal",
        description: "Ditemukan tautan tersembunyi slot gacor pada halaman berita.",
        chronology: "Dilaporkan warga melalui WhatsApp; dicek ulang oleh operator.",
        affectedDomain: "dinkes.denpasarkota.go.id",
        reporterOrg: "Yayasan Bali Aman",
        typeCode: "JUD",
        agencyOrgId: dinkes,
      })
    ).incident;
    clock.set(at(-3 * DAY));
    const phishing = (
      await openTestCase(deps, {
        title: "Email palsu atas nama BKPSDM",
        description: "Pegawai menerima email meminta kata sandi ᬅᬓ᭄ᬱᬭ dan tautan login palsu.",
        typeCode: "PHI",
      })
    ).incident;
    clock.set(at(-2 * DAY));
    const leak = (
      await openTestCase(deps, {
        title: "Data pasien bocor",
        description: "Berkas CSV berisi NIK pasien beredar di forum; judi tidak terkait.",
        typeCode: "LEK",
        personalData: true,
      })
    ).incident;
    clock.set(at(-1 * DAY));
    const scan = (
      await openTestCase(deps, {
        title: "Pemindaian port dari luar",
        description: "Log firewall mencatat pemindaian.",
        typeCode: "SCN",
      })
    ).incident;
    clock.set(T0);
    cases = { defacement, gambling, phishing, leak, scan };
    await database.db
      .updateTable("incidents")
      .set({ agency_org_id: dinkes, severity: "tinggi" })
      .where("id", "=", gambling.id)
      .execute();
    await database.db
      .updateTable("incidents")
      .set({ status: "closed", outcome: "invalid", closed_at: at(-1 * DAY), current_step: null })
      .where("id", "=", scan.id)
      .execute();
    await database.db
      .updateTable("step_runs")
      .set({ status: "done", completed_at: at(-1 * DAY) })
      .where("incident_id", "=", scan.id)
      .execute();
  });
  afterEach(async () => database.drop());

  it("finds words in a report's description, chronology, address and reporter organisation, and in an incident's title and code", async () => {
    expect(codes(await search({ q: "tautan tersembunyi" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ q: "whatsapp" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ q: "denpasarkota" }))).toEqual(codeOf("gambling", "defacement"));
    expect(codes(await search({ q: "Bali Aman" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ q: "BKPSDM" }))).toEqual(codeOf("phishing"));
    expect(codes(await search({ q: cases.leak.code }))).toEqual(codeOf("leak"));
    expect(codes(await search({ q: "tidak ada kata ini" }))).toEqual([]);
  });

  it("needs every word, matches the last one as a prefix, and ignores case and diacritics", async () => {
    expect(codes(await search({ q: "judi" }))).toEqual(codeOf("leak", "gambling"));
    expect(codes(await search({ q: "judi onl" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ q: "SLOT GAC" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ q: "utok" }))).toEqual(codeOf("defacement"));
    expect(codes(await search({ q: "ᬅᬓ᭄ᬱᬭ" }))).toEqual(codeOf("phishing"));
  });

  it("highlights the words found in a fragment of plain text, and names the report", async () => {
    const [hit] = (await search({ q: "slot" })).items;
    expect(hit?.match?.in).toBe("report");
    expect(hit?.match?.reportCode).toBe(cases.gambling.code);
    expect(hit?.match?.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(["slot"]);
    expect(hit?.match?.snippet.map((p) => p.text).join("")).toContain("tautan tersembunyi slot gacor");
  });

  it("treats query syntax and any script as plain text: no input is an error", async () => {
    const all = codeOf("scan", "leak", "phishing", "gambling", "defacement");
    for (const q of ['"', "*", "(", ")", ":", "^", "-", "'", "\\", "🙂"])
      expect(codes(await search({ q })), q).toEqual(all);
    expect(codes(await search({ q: "AND (" }))).toEqual([]);
    expect(codes(await search({ q: 'NEAR(judi slot) "' }))).toEqual([]);
    expect(codes(await search({ q: 'judi" OR *' }))).toEqual([]);
    expect(codes(await search({ q: "judi* AND NOT" }))).toEqual([]);
    expect(codes(await search({ q: "title:judi" }))).toEqual([]);
    expect(codes(await search({ q: "'; drop table incidents; --" }))).toEqual([]);
    expect(codes(await search({ q: "日本語 ᬩᬮᬶ 🙂 ñ" }))).toEqual([]);
    expect(codes(await search({ q: "x".repeat(200) }))).toEqual([]);
    expect((await database.db.selectFrom("incidents").select("id").execute()).length).toBe(5);
  });

  it("without words lists every case newest first, without fragments", async () => {
    for (const q of [undefined, "", "   "]) {
      const page = await search({ q });
      expect(codes(page)).toEqual(codeOf("scan", "leak", "phishing", "gambling", "defacement"));
      expect(page.items.every((i) => i.match === null)).toBe(true);
    }
  });

  it("filters by status, step, category, severity, agency, lateness and period", async () => {
    expect(codes(await search({ status: "closed" }))).toEqual(codeOf("scan"));
    expect(codes(await search({ status: "open", q: "judi" }))).toEqual(codeOf("leak", "gambling"));
    expect(codes(await search({ step: "forward" }))).toEqual(codeOf("leak", "phishing", "gambling", "defacement"));
    expect(codes(await search({ step: "verify" }))).toEqual([]);
    expect(codes(await search({ category: "JUD" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ severity: "tinggi", q: "judi" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ agency: dinkes }))).toEqual(codeOf("gambling"));
    // Step 2's 10 minutes are long gone for the open cases.
    expect(codes(await search({ late: true }))).toEqual(codeOf("leak", "phishing", "gambling", "defacement"));
    expect(codes(await search({ late: false }))).toEqual(codeOf("scan"));
    // Dates are days in the team's zone (WITA); the cases were opened at 10:00 WITA.
    expect(codes(await search({ from: "2026-11-26", to: "2026-11-27" }))).toEqual(codeOf("phishing", "gambling"));
    expect(codes(await search({ from: at(-2 * DAY) }))).toEqual(codeOf("scan", "leak"));
    expect(codes(await search({ to: at(-4 * DAY) }))).toEqual(codeOf("defacement"));
    const [hit] = (await search({ category: "JUD" })).items;
    expect(hit).toMatchObject({
      status: "open",
      severity: "tinggi",
      typeCode: "JUD",
      agency: { id: dinkes, name: "Dinas Kesehatan" },
      step: { number: 2, code: "forward", late: true },
      late: true,
    });
  });

  it("pages by keyset: stable while new cases arrive, and a wrong cursor is refused", async () => {
    const first = await search({ limit: 2 });
    expect(codes(first)).toEqual(codeOf("scan", "leak"));
    expect(first.nextCursor).not.toBeNull();
    // A case opened between two page loads does not shift the pages that follow.
    await openTestCase(deps, { title: "Kasus baru" });
    const second = await search({ limit: 2, cursor: first.nextCursor! });
    expect(codes(second)).toEqual(codeOf("phishing", "gambling"));
    const third = await search({ limit: 2, cursor: second.nextCursor! });
    expect(codes(third)).toEqual(codeOf("defacement"));
    expect(third.nextCursor).toBeNull();
    const withWords = await search({ q: "denpasarkota", limit: 1 });
    expect(codes(await search({ q: "denpasarkota", limit: 1, cursor: withWords.nextCursor! }))).toEqual(
      codeOf("defacement"),
    );
    const error = await search({ cursor: "bukan-kursor" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("validation_failed");
  });

  it("keeps the index in step with edits to reports and incidents", async () => {
    await database.db
      .updateTable("reports")
      .set({ description: "Ransomware mengenkripsi berkas" })
      .where("incident_id", "=", cases.scan.id)
      .execute();
    await database.db
      .updateTable("incidents")
      .set({ title: "Serangan berantai" })
      .where("id", "=", cases.phishing.id)
      .execute();
    expect(codes(await search({ q: "ransomware" }))).toEqual(codeOf("scan"));
    expect(codes(await search({ q: "firewall" }))).toEqual([]);
    expect(codes(await search({ q: "berantai" }))).toEqual(codeOf("phishing"));
    expect(codes(await search({ q: "palsu" }))).toEqual(codeOf("phishing"));
  });

  it("finds words among the filters as the incidents are now, after their filters change or a report moves", async () => {
    expect(codes(await search({ q: "judi", category: "JUD" }))).toEqual(codeOf("gambling"));
    await database.db
      .updateTable("incidents")
      .set({ type_code: "DEF", severity: "sedang", agency_org_id: null, status: "closed", outcome: "resolved" })
      .where("id", "=", cases.gambling.id)
      .execute();
    await database.db.updateTable("incidents").set({ agency_org_id: dinkes }).where("id", "=", cases.leak.id).execute();
    expect(codes(await search({ q: "judi", category: "JUD" }))).toEqual([]);
    expect(codes(await search({ q: "judi", category: "DEF", status: "closed" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ q: "judi", agency: dinkes }))).toEqual(codeOf("leak"));
    expect(codes(await search({ category: "DEF", severity: "sedang", status: "closed" }))).toEqual(codeOf("gambling"));
    expect(codes(await search({ category: "SCN", status: "open" }))).toEqual([]);
    // The leak's report joins the defacement case, and is found with it.
    await database.db
      .updateTable("reports")
      .set({ incident_id: cases.defacement.id })
      .where("incident_id", "=", cases.leak.id)
      .execute();
    expect(codes(await search({ q: "judi", category: "DEF", status: "open" }))).toEqual(codeOf("defacement"));
    expect(codes(await search({ q: "judi", agency: dinkes }))).toEqual([]);
    if (dialect === "sqlite") {
      // FTS5 compares its index with what its content views say now: a stale term is an error.
      for (const table of ["reports_fts", "incidents_fts"])
        await sql.raw(`insert into ${table}(${table}, rank) values ('integrity-check', 1)`).execute(database.db);
    }
  });

  it("shows partners nothing and leadership everything", async () => {
    const viewer = await addUser(deps, "viewer");
    const officer = await addUser(deps, "agency", { organisationId: dinkes });
    expect(codes(await search({ q: "judi" }, viewer))).toEqual(codeOf("leak", "gambling"));
    expect(await search({ q: "judi" }, officer)).toEqual({ items: [], nextCursor: null });
  });

  it("refuses a period that ends before it starts and a malformed date", async () => {
    for (const input of [
      { from: "2026-11-30", to: "2026-11-29" },
      { from: "30/11/2026" },
      { to: "2026-02-30" },
      { from: "2026-11-30T10:00:00" },
    ]) {
      const error = await search(input).catch((e: unknown) => e);
      expect((error as AppError).code, JSON.stringify(input)).toBe("validation_failed");
    }
  });
});
