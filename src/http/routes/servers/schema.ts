import { z } from "zod";
import { ASSET_LIMITS, SERVER_LOCATIONS } from "../../../core/assets/registry.ts";
import { serverSchema } from "../../presenters/asset.ts";
import { atLeastOneField, booleanQuery, nullableOptional, pageOf, pageQuery } from "../../schemas/common.ts";

const fields = {
  name: z.string().trim().min(1).max(ASSET_LIMITS.name),
  hostname: nullableOptional(z.string().trim().max(ASSET_LIMITS.hostname)),
  addresses: z
    .array(z.string().max(64))
    .max(ASSET_LIMITS.addressesPerServer)
    .optional()
    .describe("IPv4 or IPv6 addresses"),
  location: z
    .enum(SERVER_LOCATIONS)
    .optional()
    .describe("city_dc: city data centre; pdn: PDN/PDNS; third_party: hosting company; cloud; unknown"),
  provider: nullableOptional(z.string().trim().max(ASSET_LIMITS.provider)),
  notes: nullableOptional(z.string().trim().max(ASSET_LIMITS.notes)),
};

export const createServerBody = z.strictObject(fields);

export const updateServerBody = z
  .strictObject({
    ...fields,
    name: fields.name.optional(),
    retired: z.boolean().optional().describe("A retired server no longer puts its co-tenants at risk"),
  })
  .refine(atLeastOneField, { message: "at least one field" });

export const listServersQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe("Part of the name, host name or an address"),
  location: z.enum(SERVER_LOCATIONS).optional(),
  includeRetired: booleanQuery.optional(),
  ...pageQuery,
});

export const serverPage = pageOf(serverSchema);
