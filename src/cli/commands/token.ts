import type { Command } from "commander";
import { runCommand } from "../../commands/context.ts";
import { createApiToken } from "../../commands/tokens/create-token.ts";
import { cliActor, withDeps } from "../context.ts";

/** `sigap token create`. */
export function registerTokenCommands(program: Command): void {
  const token = program.command("token").description("Token API / API tokens");
  token
    .command("create")
    .description("Buat token API untuk pengguna / create an API token for a user (shown once)")
    .argument("<username>", "the user the token acts as")
    .option("-n, --name <name>", "what the token is for", "cli")
    .option("-d, --days <days>", "days until it expires (0 = never)", "90")
    .action(async (username: string, opts: { name: string; days: string }) => {
      const days = Number(opts.days);
      if (!Number.isInteger(days) || days < 0) throw new Error("--days must be a whole number ≥ 0");
      await withDeps(async (deps) => {
        const user = await deps.database.db
          .selectFrom("users")
          .select("id")
          .where("username", "=", username)
          .executeTakeFirst();
        if (!user) throw new Error(`user '${username}' not found`);
        const expiresAt = days === 0 ? null : new Date(deps.clock.now().getTime() + days * 86_400_000);
        const result = await runCommand(deps, { actor: cliActor() }, (ctx) =>
          createApiToken(ctx, { userId: user.id, name: opts.name, expiresAt }),
        );
        console.log(`Token for '${username}' (id ${result.id}, expires ${result.expiresAt ?? "never"}), shown once:`);
        console.log(result.token);
      });
    });
}
