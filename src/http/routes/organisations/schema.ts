import { z } from "zod";
import { ORGANISATION_KINDS } from "../../../core/organisation-kinds.ts";
import type { Organisation } from "../../../db/schema.ts";
import { atLeastOneField, nullableOptional, pageOf, pageQuery } from "../../schemas/common.ts";

/** An organisation as the API shows it. */
export const organisationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Row → API shape. */
export function presentOrganisation(row: Organisation): z.infer<typeof organisationSchema> {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind,
    email: row.email,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const listOrganisationsQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  kind: z.enum(ORGANISATION_KINDS).optional(),
  ...pageQuery,
});

export const organisationPage = pageOf(organisationSchema);

const fields = {
  name: z.string().trim().min(1).max(200),
  shortName: nullableOptional(z.string().trim().max(50)),
  kind: z.enum(ORGANISATION_KINDS),
  email: nullableOptional(z.email().max(254)),
  phone: nullableOptional(z.string().trim().max(50)),
};

export const createOrganisationBody = z.strictObject(fields);

export const updateOrganisationBody = z
  .strictObject({ ...fields, name: fields.name.optional(), kind: fields.kind.optional() })
  .refine(atLeastOneField, { message: "at least one field" });
