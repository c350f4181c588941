import type { Kysely } from "kysely";
import type { DB } from "../../db/schema.ts";

/** An organisation named in an asset: enough to show and link it. */
export interface OrganisationRef {
  id: number;
  name: string;
  kind: string;
}

/** The organisations with these ids (nulls ignored), by id. */
export async function organisationRefs(
  db: Kysely<DB>,
  ids: readonly (number | null)[],
): Promise<Map<number | null, OrganisationRef>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const map = new Map<number | null, OrganisationRef>();
  if (wanted.length === 0) return map;
  const rows = await db.selectFrom("organisations").select(["id", "name", "kind"]).where("id", "in", wanted).execute();
  for (const r of rows) map.set(r.id, r);
  return map;
}
