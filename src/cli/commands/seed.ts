import { InvalidArgumentError, type Command } from "commander";
import { isLocalDate } from "../../core/calendar/index.ts";
import { DEFAULT_SEED_START, seedDemo, type SeedDemoResult } from "../../seed/seed-demo.ts";
import { MIN_DEMO_REPORTS } from "../../seed/plan.ts";
import { withDeps } from "../context.ts";

const wholeNumber = (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("bukan bilangan bulat / not a whole number");
  return Number(value);
};

const localDate = (value: string): string => {
  if (!isLocalDate(value)) throw new InvalidArgumentError("gunakan / use YYYY-MM-DD");
  return value;
};

function printSummary(result: SeedDemoResult): void {
  const lines = [
    `Data demo dibuat / demo data created: ${result.reports} laporan/reports (${result.firstCode} … ${result.lastCode}),`,
    `  simulated from ${result.from} until ${result.until}.`,
    `  Insiden terbuka / open incidents: ${result.incidents.open} (late at the end: ${result.lateOpen}); closed: ${result.incidents.closed}.`,
    `  Open by step: ${Object.entries(result.openBySteps)
      .filter(([, n]) => n > 0)
      .map(([code, n]) => `${code} ${n}`)
      .join(", ")}.`,
    `  Closed by outcome: ${Object.entries(result.outcomes)
      .map(([outcome, n]) => `${outcome} ${n}`)
      .join(", ")}.`,
    `  Escalations: ${result.escalations}; with personal data: ${result.personalData}.`,
    "",
    "  Akun demo / demo accounts (HANYA UNTUK DEMO / DEMO ONLY — never on a server others can reach):",
    ...result.users.map((u) => `    ${u.username.padEnd(22)} ${u.role}`),
    `  Kata sandi semua akun demo / password of every demo account: ${result.password}`,
  ];
  console.log(lines.join("\n"));
}

/** `sigap seed --reports N [--seed S] [--start YYYY-MM-DD] [--force]`: demo data (see src/seed/seed-demo.ts). */
export function registerSeedCommand(program: Command): void {
  program
    .command("seed")
    .description(
      "Isi basis data kosong dengan data demo yang realistis dan dapat diulang / fill an empty database with realistic, reproducible demo data (demo only)",
    )
    .requiredOption("-r, --reports <n>", `number of reports (at least ${MIN_DEMO_REPORTS})`, wholeNumber)
    .option("-s, --seed <s>", "seed of the generator: the same count and seed give the same data", wholeNumber, 1)
    .option(
      "--start <date>",
      "first day of the simulated period (YYYY-MM-DD, team's zone)",
      localDate,
      DEFAULT_SEED_START,
    )
    .option("--force", "seed even though the database already has reports")
    .action(async (opts: { reports: number; seed: number; start: string; force?: boolean }) => {
      await withDeps(async (deps, config) => {
        const result = await seedDemo(deps.database, {
          reports: opts.reports,
          seed: opts.seed,
          start: opts.start,
          dataDir: config.dataDir,
          force: opts.force === true,
        });
        printSummary(result);
      });
    });
}
