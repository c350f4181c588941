import { z } from "zod";
import { ASSET_LIMITS } from "../../../core/assets/registry.ts";
import { applicationSchema } from "../../presenters/asset.ts";
import { atLeastOneField, booleanQuery, nullableOptional, pageOf, pageQuery } from "../../schemas/common.ts";

const id = z.number().int().positive();
const text = (max: number) => z.string().trim().max(max);

const fields = {
  name: z.string().trim().min(1).max(ASSET_LIMITS.name),
  description: nullableOptional(text(ASSET_LIMITS.description)),
  urls: z
    .array(z.string().max(ASSET_LIMITS.urlLength))
    .max(ASSET_LIMITS.urlsPerApplication)
    .optional()
    .describe("URLs or bare domains, e.g. https://siak.denpasarkota.go.id or denpasarkota.go.id/layanan"),
  ownerOrganisationId: nullableOptional(id),
  developerOrganisationId: nullableOptional(id),
  iiv: z.boolean().optional(),
  notes: nullableOptional(text(ASSET_LIMITS.notes)),
};

export const createApplicationBody = z.strictObject({
  ...fields,
  serverIds: z.array(id).max(100).optional().describe("Servers it runs on"),
});

export const updateApplicationBody = z
  .strictObject({
    ...fields,
    name: fields.name.optional(),
    retired: z
      .boolean()
      .optional()
      .describe("Retire it (kept for its incidents, no longer matched to reports) or bring it back"),
  })
  .refine(atLeastOneField, { message: "at least one field" });

export const listApplicationsQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe("Part of the name or of a URL"),
  owner: z.coerce.number().int().positive().optional().describe("Owning organisation id"),
  developer: z.coerce.number().int().positive().optional().describe("Developer organisation id"),
  server: z.coerce.number().int().positive().optional().describe("Runs on this server id"),
  iiv: booleanQuery.optional(),
  includeRetired: booleanQuery.optional(),
  ...pageQuery,
});

export const applicationPage = pageOf(applicationSchema);

export const applicationServerParams = z.strictObject({
  id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  serverId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const importSummarySchema = z.object({
  organisationsCreated: z.array(z.string()),
  applications: counts,
  servers: counts,
  linksAdded: z.number().int(),
});
