import { z } from "zod";

/** `{id}` in a path: a positive integer. */
export const idParams = z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** `page` (1-based) and `pageSize` (1–200, default 50) of a list. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

/** `true` / `false` in a query string. */
export const booleanQuery = z.enum(["true", "false"]).transform((value) => value === "true");

/** A page of items with the total count of all pages. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** 204 responses carry no body. */
export const noContent = z.null().describe("No content");

/**
 * A route without a body still refuses one with fields, like every other route refuses unknown
 * fields. No body at all arrives as null.
 */
export const emptyBody = z.strictObject({}).nullish();

/** Turns an absent optional field and an explicit `null` apart in a PATCH body. */
export const nullableOptional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Rejects a PATCH body that changes nothing. */
export const atLeastOneField = (body: object) => Object.keys(body).length > 0;

/** A query string with no parameters: unknown ones are refused, as unknown body fields are. */
export const emptyQuery = z.strictObject({});
