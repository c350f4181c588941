import type { Database } from "../db/connect.ts";

/** Reads one secret (a password) from standard input, without the trailing newline. */
export async function readSecretFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const value = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (!value) throw new Error("no password on standard input");
  return value;
}

/** An organisation given by id or exact name. */
export async function resolveOrganisationId(database: Database, given: string): Promise<number> {
  const byId = /^\d+$/.test(given) ? Number(given) : undefined;
  const row = await database.db
    .selectFrom("organisations")
    .select("id")
    .where((eb) => (byId !== undefined ? eb("id", "=", byId) : eb("name", "=", given)))
    .executeTakeFirst();
  if (!row) throw new Error(`organisation '${given}' not found`);
  return row.id;
}
