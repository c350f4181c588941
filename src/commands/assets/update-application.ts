import { assertManageAssets } from "../../core/assets/policy.ts";
import type { Application } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  auditableApplication,
  checkApplicationNameFree,
  checkOrganisationsExist,
  checkUrlsFree,
  loadApplicationForUpdate,
  nameConflictOr,
  normaliseUrls,
  replaceApplicationUrls,
  urlsOf,
} from "./asset-rules.ts";

/** Fields left out stay as they are; `null` clears an optional field; `urls` replaces the whole list. */
export interface UpdateApplicationInput {
  applicationId: number;
  name?: string;
  description?: string | null;
  urls?: readonly string[];
  ownerOrgId?: number | null;
  developerOrgId?: number | null;
  iiv?: boolean;
  notes?: string | null;
  /** Retire (kept for the incidents that refer to it, no longer matched) or bring back. */
  retired?: boolean;
}

/**
 * Changes an application. Bringing a retired one back checks its URLs again, since another
 * application may have taken them meanwhile. A change that changes nothing writes nothing.
 */
export async function updateApplication(ctx: CommandContext, input: UpdateApplicationInput): Promise<Application> {
  assertManageAssets(ctx.actor);
  const before = await loadApplicationForUpdate(ctx, input.applicationId);
  const beforeUrls = await urlsOf(ctx, before.id);
  const name = input.name?.trim() ?? before.name;
  if (name.toLowerCase() !== before.name.toLowerCase()) await checkApplicationNameFree(ctx, name, before.id);
  await checkOrganisationsExist(ctx, [input.ownerOrgId, input.developerOrgId]);

  const retiredAt =
    input.retired === undefined
      ? before.retired_at
      : input.retired
        ? (before.retired_at ?? ctx.now.toISOString())
        : null;
  const urls = input.urls !== undefined ? normaliseUrls(input.urls) : undefined;
  const comesBack = before.retired_at !== null && retiredAt === null;
  if (retiredAt === null && (urls !== undefined || comesBack)) {
    await checkUrlsFree(ctx, urls ?? normaliseUrls(beforeUrls), before.id);
  }

  const fields = {
    name,
    description: input.description !== undefined ? input.description?.trim() || null : before.description,
    owner_org_id: input.ownerOrgId !== undefined ? input.ownerOrgId : before.owner_org_id,
    developer_org_id: input.developerOrgId !== undefined ? input.developerOrgId : before.developer_org_id,
    iiv: input.iiv !== undefined ? (input.iiv ? 1 : 0) : before.iiv,
    notes: input.notes !== undefined ? input.notes?.trim() || null : before.notes,
    retired_at: retiredAt,
  };
  const urlsChanged = urls !== undefined && (await replaceApplicationUrls(ctx, before.id, urls));
  const fieldsChanged = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => fields[k] !== before[k]);
  if (!fieldsChanged && !urlsChanged) return before;

  let after: Application;
  try {
    after = await ctx.db
      .updateTable("applications")
      .set({ ...fields, updated_at: ctx.now.toISOString() })
      .where("id", "=", before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    throw nameConflictOr(error, "application", name);
  }
  const afterUrls = urls ? urls.map((u) => u.url) : beforeUrls;
  const action =
    before.retired_at === null && after.retired_at !== null
      ? "application.retire"
      : before.retired_at !== null && after.retired_at === null
        ? "application.unretire"
        : "application.update";
  await appendAudit(ctx, {
    action,
    entityType: "application",
    entityId: after.id,
    before: auditableApplication(before, beforeUrls),
    after: auditableApplication(after, afterUrls),
  });
  return after;
}
