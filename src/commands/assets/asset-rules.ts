import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { Actor } from "../../core/actor.ts";
import { partnerApplicationColumn } from "../../core/assets/policy.ts";
import { normaliseHost, normaliseIp, normaliseUrl, type NormalisedUrl } from "../../core/assets/url.ts";
import { conflict, invalid, notFound } from "../../core/errors.ts";
import { forUpdate, isUniqueViolation } from "../../db/dialect.ts";
import type { Application, DB, Server } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";

/*
 * What the asset commands share: loading with a lock, checking names and URLs, and the shape the
 * audit log records.
 */

/** The applications an actor may see, as a SQL condition (the twin of `canSeeApplication`). */
export function visibleApplications(actor: Actor) {
  return (eb: ExpressionBuilder<DB, "applications">): Expression<SqlBool> => {
    if (actor.type === "system") return eb.lit(true);
    if (actor.type === "public") return eb.lit(false);
    const column = partnerApplicationColumn(actor);
    if (column === null) return eb.lit(true);
    if (column === "none" || actor.organisationId === null) return eb.lit(false);
    return eb(`applications.${column}`, "=", actor.organisationId);
  };
}

/**
 * The servers an actor may see: staff see all; a partner sees the servers its own applications run
 * on (where they are hosted is part of knowing their application).
 */
export function visibleServers(actor: Actor) {
  return (eb: ExpressionBuilder<DB, "servers">): Expression<SqlBool> => {
    if (actor.type === "system") return eb.lit(true);
    if (actor.type === "public") return eb.lit(false);
    const column = partnerApplicationColumn(actor);
    if (column === null) return eb.lit(true);
    if (column === "none" || actor.organisationId === null) return eb.lit(false);
    return eb.exists(
      eb
        .selectFrom("application_servers")
        .innerJoin("applications", "applications.id", "application_servers.application_id")
        .select("application_servers.server_id")
        .whereRef("application_servers.server_id", "=", "servers.id")
        .where(`applications.${column}`, "=", actor.organisationId),
    );
  };
}

/** Case-insensitive name comparison, the same on both databases. */
export const sameName = (column: "applications.name" | "servers.name", name: string) =>
  sql<SqlBool>`lower(${sql.ref(column)}) = ${name.toLowerCase()}`;

export async function loadApplicationForUpdate(ctx: CommandContext, id: number): Promise<Application> {
  const row = await ctx.db
    .selectFrom("applications")
    .selectAll()
    .where("id", "=", id)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();
  if (!row) throw notFound("application");
  return row;
}

export async function loadServerForUpdate(ctx: CommandContext, id: number): Promise<Server> {
  const row = await ctx.db
    .selectFrom("servers")
    .selectAll()
    .where("id", "=", id)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();
  if (!row) throw notFound("server");
  return row;
}

/** 409 when another application already has this name (compared without case). */
export async function checkApplicationNameFree(ctx: CommandContext, name: string, exceptId?: number): Promise<void> {
  let query = ctx.db.selectFrom("applications").select("id").where(sameName("applications.name", name));
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  if (await query.executeTakeFirst()) throw conflict("asset.application_name_taken", { name });
}

export async function checkServerNameFree(ctx: CommandContext, name: string, exceptId?: number): Promise<void> {
  let query = ctx.db.selectFrom("servers").select("id").where(sameName("servers.name", name));
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  if (await query.executeTakeFirst()) throw conflict("asset.server_name_taken", { name });
}

/** A unique violation from a concurrent insert, as the same 409 the check gives. */
export function nameConflictOr(error: unknown, kind: "application" | "server", name: string): unknown {
  if (!isUniqueViolation(error)) return error;
  return conflict(kind === "application" ? "asset.application_name_taken" : "asset.server_name_taken", { name });
}

/** 400 unless every organisation id exists. */
export async function checkOrganisationsExist(
  ctx: CommandContext,
  ids: readonly (number | null | undefined)[],
): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === "number"))];
  if (wanted.length === 0) return;
  const found = await ctx.db.selectFrom("organisations").select("id").where("id", "in", wanted).execute();
  const missing = wanted.find((id) => !found.some((f) => f.id === id));
  if (missing !== undefined) throw invalid("asset.organisation_not_found", { organisationId: missing });
}

/** URLs as given → normalised, without repeats; 400 on the first one that is not a web address. */
export function normaliseUrls(given: readonly string[]): NormalisedUrl[] {
  const out: NormalisedUrl[] = [];
  for (const raw of given) {
    const url = normaliseUrl(raw);
    if (url === null) throw invalid("asset.url_invalid", { value: raw });
    if (!out.some((u) => u.url === url.url)) out.push(url);
  }
  return out;
}

/** IP addresses as given → canonical, without repeats; 400 on the first that is not one. */
export function normaliseAddresses(given: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of given) {
    const ip = normaliseIp(raw);
    if (ip === null) throw invalid("asset.address_invalid", { value: raw });
    if (!out.includes(ip)) out.push(ip);
  }
  return out;
}

/** A host name as given → normalised; null stays null; 400 when it is not one. */
export function normaliseHostname(given: string | null | undefined): string | null {
  if (given === null || given === undefined || given.trim() === "") return null;
  const host = normaliseHost(given);
  if (host === null) throw invalid("asset.hostname_invalid", { value: given });
  return host;
}

/**
 * 409 when an active application other than `applicationId` already answers at one of these hosts
 * and paths: a report there could not tell the two apart. Retired applications do not count.
 */
export async function checkUrlsFree(
  ctx: CommandContext,
  urls: readonly NormalisedUrl[],
  applicationId?: number,
): Promise<void> {
  if (urls.length === 0) return;
  let query = ctx.db
    .selectFrom("application_urls")
    .innerJoin("applications", "applications.id", "application_urls.application_id")
    .select(["application_urls.host", "application_urls.path_prefix", "applications.name"])
    .where("application_urls.host", "in", [...new Set(urls.map((u) => u.host))])
    .where("applications.retired_at", "is", null);
  if (applicationId !== undefined) query = query.where("applications.id", "!=", applicationId);
  const taken = await query.execute();
  for (const url of urls) {
    const other = taken.find((t) => t.host === url.host && t.path_prefix === url.pathPrefix);
    if (other) throw conflict("asset.url_taken", { url: url.url, name: other.name });
  }
}

/** Makes the application's URLs exactly `urls`; returns whether anything changed. */
export async function replaceApplicationUrls(
  ctx: CommandContext,
  applicationId: number,
  urls: readonly NormalisedUrl[],
): Promise<boolean> {
  const current = await ctx.db
    .selectFrom("application_urls")
    .select(["id", "url"])
    .where("application_id", "=", applicationId)
    .execute();
  const stale = current.filter((c) => !urls.some((u) => u.url === c.url)).map((c) => c.id);
  const fresh = urls.filter((u) => !current.some((c) => c.url === u.url));
  if (stale.length > 0) await ctx.db.deleteFrom("application_urls").where("id", "in", stale).execute();
  if (fresh.length > 0) {
    await ctx.db
      .insertInto("application_urls")
      .values(
        fresh.map((u) => ({ application_id: applicationId, url: u.url, host: u.host, path_prefix: u.pathPrefix })),
      )
      .execute();
  }
  return stale.length > 0 || fresh.length > 0;
}

/** The registered URLs of an application, in the order they were added. */
export async function urlsOf(ctx: Pick<CommandContext, "db">, applicationId: number): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom("application_urls")
    .select("url")
    .where("application_id", "=", applicationId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.url);
}

/** What the audit log records of an application (everything: it holds no secrets). */
export function auditableApplication(row: Application, urls: readonly string[]): Record<string, unknown> {
  return {
    name: row.name,
    description: row.description,
    owner_org_id: row.owner_org_id,
    developer_org_id: row.developer_org_id,
    iiv: row.iiv,
    notes: row.notes,
    retired_at: row.retired_at,
    urls: [...urls].sort(),
  };
}

/** What the audit log records of a server. */
export function auditableServer(row: Server): Record<string, unknown> {
  return {
    name: row.name,
    hostname: row.hostname,
    addresses: JSON.parse(row.addresses) as string[],
    location: row.location,
    provider: row.provider,
    notes: row.notes,
    retired_at: row.retired_at,
  };
}

/** A server's addresses, parsed from their JSON column. */
export const addressesOf = (row: Pick<Server, "addresses">): string[] => JSON.parse(row.addresses) as string[];
