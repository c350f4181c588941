import { assertManageAssets } from "../../core/assets/policy.ts";
import type { Application } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  auditableApplication,
  checkApplicationNameFree,
  checkOrganisationsExist,
  checkUrlsFree,
  nameConflictOr,
  normaliseUrls,
  replaceApplicationUrls,
} from "./asset-rules.ts";
import { linkServers } from "./server-links.ts";

export interface CreateApplicationInput {
  name: string;
  description?: string | null;
  /** URLs or bare domains, normalised before they are stored. */
  urls?: readonly string[];
  ownerOrgId?: number | null;
  developerOrgId?: number | null;
  iiv?: boolean;
  notes?: string | null;
  /** Servers it runs on. */
  serverIds?: readonly number[];
}

/**
 * Registers an application with its URLs (and, optionally, the servers it runs on). Its name is
 * unique without regard to case, and no other active application may own one of its URLs.
 */
export async function createApplication(ctx: CommandContext, input: CreateApplicationInput): Promise<Application> {
  assertManageAssets(ctx.actor);
  const name = input.name.trim();
  const urls = normaliseUrls(input.urls ?? []);
  await checkApplicationNameFree(ctx, name);
  await checkOrganisationsExist(ctx, [input.ownerOrgId, input.developerOrgId]);
  await checkUrlsFree(ctx, urls);
  const now = ctx.now.toISOString();
  let row: Application;
  try {
    row = await ctx.db
      .insertInto("applications")
      .values({
        name,
        description: input.description?.trim() || null,
        owner_org_id: input.ownerOrgId ?? null,
        developer_org_id: input.developerOrgId ?? null,
        iiv: input.iiv ? 1 : 0,
        notes: input.notes?.trim() || null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    throw nameConflictOr(error, "application", name);
  }
  await replaceApplicationUrls(ctx, row.id, urls);
  await appendAudit(ctx, {
    action: "application.create",
    entityType: "application",
    entityId: row.id,
    before: null,
    after: auditableApplication(
      row,
      urls.map((u) => u.url),
    ),
  });
  await linkServers(ctx, row.id, input.serverIds ?? []);
  return row;
}
