import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { importAssets } from "../../commands/assets/import-assets.ts";
import { runCommand } from "../../commands/context.ts";
import { cliActor, withDeps } from "../context.ts";
import { withProblemsPrinted } from "../print-problems.ts";

/** `sigap assets import FILE`: the asset registry from a CSV file (columns in docs/assets.md). */
export function registerAssetCommands(program: Command): void {
  const assets = program
    .command("assets")
    .description("Daftar aset: aplikasi dan server / the asset registry: applications and servers");
  assets
    .command("import")
    .description(
      "Impor aplikasi dan server dari CSV (semua atau tidak sama sekali) / import applications and servers from CSV, all or nothing",
    )
    .argument("<file>", "CSV file; columns: see docs/assets.md")
    .action(async (file: string) => {
      const csv = readFileSync(file, "utf8");
      await withDeps(async (deps) => {
        const summary = await withProblemsPrinted(() =>
          runCommand(deps, { actor: cliActor() }, (ctx) => importAssets(ctx, { csv })),
        );
        const { applications: a, servers: s } = summary;
        console.log(`Applications: ${a.created} created, ${a.updated} updated, ${a.unchanged} unchanged.`);
        console.log(`Servers: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged.`);
        console.log(`Links added: ${summary.linksAdded}.`);
        if (summary.organisationsCreated.length > 0)
          console.log(`Organisations created: ${summary.organisationsCreated.join("; ")}.`);
      });
    });
}
