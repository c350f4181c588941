import type { Command } from "commander";
import { verifyAuditChain } from "../../audit/verify-chain.ts";
import { withDeps } from "../context.ts";

/** `sigap audit verify`: exits 0 when the chain is intact, 3 when it names a tampered event. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command("audit").description("Log audit / audit log");
  audit
    .command("verify")
    .description("Periksa rantai hash log audit / re-compute the audit hash chain and name the first bad event")
    .action(async () => {
      await withDeps(async ({ database }) => {
        const result = await verifyAuditChain(database.db);
        if (result.ok) {
          console.log(`Audit log intact: ${result.count} events verified.`);
        } else {
          console.log(
            `Audit log TAMPERED at event #${result.seq}: ${result.reason}${result.detail ? ` (${result.detail})` : ""}`,
          );
          process.exitCode = 3;
        }
      });
    });
}
