import { z } from "zod";
import { invalid } from "../core/errors.ts";

/** The sort key of a search result: newest first, by when the incident was opened, then by id. */
export interface SearchCursor {
  openedAt: string;
  id: number;
}

const cursorSchema = z.tuple([z.iso.datetime(), z.number().int().positive()]);

/** The opaque cursor a client sends back for the next page: base64url of the last result's sort key. */
export function encodeCursor(key: SearchCursor): string {
  return Buffer.from(JSON.stringify([key.openedAt, key.id]), "utf8").toString("base64url");
}

/** Reads a cursor made by `encodeCursor`; anything else is a validation error, never a query. */
export function decodeCursor(cursor: string): SearchCursor {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.success) return { openedAt: parsed.data[0], id: parsed.data[1] };
  } catch {
    // Not base64 JSON: fall through to the same answer as a wrong shape.
  }
  throw invalid("search.bad_cursor");
}
