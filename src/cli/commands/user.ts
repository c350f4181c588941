import type { Command } from "commander";
import { runCommand } from "../../commands/context.ts";
import { createUser } from "../../commands/users/create-user.ts";
import { resetPassword } from "../../commands/users/reset-password.ts";
import { isRole, ROLES } from "../../core/roles.ts";
import { cliActor, withDeps } from "../context.ts";
import { readSecretFromStdin, resolveOrganisationId } from "../input.ts";

/** `sigap user add|reset-password|list`. */
export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("Kelola pengguna / manage users");

  user
    .command("add")
    .description("Tambah pengguna / add a user (prints a generated password unless --password-stdin)")
    .argument("<username>", "login name")
    .requiredOption("-r, --role <role>", `one of: ${ROLES.join(", ")}`)
    .option("-n, --name <displayName>", "full name (default: the username)")
    .option("-e, --email <email>", "e-mail address")
    .option("-o, --org <organisation>", "organisation id or exact name (required for agency, developer, upstream)")
    .option("-s, --specialty <specialty>", "csirt specialty: server, network, web_admin, application, infosec")
    .option("--password-stdin", "read the password from standard input instead of generating one")
    .action(
      async (
        username: string,
        opts: {
          role: string;
          name?: string;
          email?: string;
          org?: string;
          specialty?: string;
          passwordStdin?: boolean;
        },
      ) => {
        if (!isRole(opts.role)) throw new Error(`unknown role '${opts.role}' (use one of: ${ROLES.join(", ")})`);
        const role = opts.role;
        const password = opts.passwordStdin ? await readSecretFromStdin() : undefined;
        await withDeps(async (deps) => {
          const organisationId = opts.org ? await resolveOrganisationId(deps.database, opts.org) : undefined;
          const result = await runCommand(deps, { actor: cliActor() }, (ctx) =>
            createUser(ctx, {
              username,
              displayName: opts.name ?? username,
              email: opts.email,
              role,
              specialty: opts.specialty,
              organisationId,
              password,
              mustChangePassword: password === undefined,
            }),
          );
          console.log(`User '${result.user.username}' (${result.user.role}) created, id ${result.user.id}.`);
          if (password === undefined) console.log(`Password (shown once): ${result.password}`);
        });
      },
    );

  user
    .command("reset-password")
    .description("Atur ulang kata sandi / reset a password (prints a new one unless --password-stdin)")
    .argument("<username>", "login name")
    .option("--password-stdin", "read the new password from standard input")
    .action(async (username: string, opts: { passwordStdin?: boolean }) => {
      const password = opts.passwordStdin ? await readSecretFromStdin() : undefined;
      await withDeps(async (deps) => {
        const result = await runCommand(deps, { actor: cliActor() }, (ctx) =>
          resetPassword(ctx, { username, password }),
        );
        console.log(`Password of '${username}' reset; the lockout is cleared.`);
        if (password === undefined) console.log(`New password (shown once): ${result.password}`);
      });
    });

  user
    .command("list")
    .description("Daftar pengguna / list users")
    .action(async () => {
      await withDeps(async ({ database }) => {
        const rows = await database.db
          .selectFrom("users")
          .select(["id", "username", "role", "display_name", "disabled"])
          .orderBy("id")
          .execute();
        for (const r of rows)
          console.log(`${r.id}\t${r.username}\t${r.role}\t${r.display_name}${r.disabled ? "\t(disabled)" : ""}`);
      });
    });
}
