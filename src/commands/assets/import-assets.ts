import { assetKey, planAssetImport, type ImportPlan } from "../../core/assets/import-plan.ts";
import { assertManageAssets } from "../../core/assets/policy.ts";
import { importProblem, type ImportProblem } from "../../core/assets/problems.ts";
import { invalid } from "../../core/errors.ts";
import type { Application, Server } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { createOrganisation } from "../organisations/create-organisation.ts";
import { addressesOf } from "./asset-rules.ts";
import { createApplication } from "./create-application.ts";
import { createServer } from "./create-server.ts";
import { linkServers } from "./server-links.ts";
import { updateApplication, type UpdateApplicationInput } from "./update-application.ts";
import { updateServer, type UpdateServerInput } from "./update-server.ts";

interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

/** What an import did. Importing the same file again reports only `unchanged`. */
export interface ImportSummary {
  organisationsCreated: string[];
  applications: Counts;
  servers: Counts;
  linksAdded: number;
}

/**
 * Imports applications, servers and where they run from a CSV file (columns in docs/assets.md).
 * All or nothing: every problem in the file — and every URL another application already owns — is
 * reported at once with its row, and nothing is written. Applications and servers are found by
 * name (without regard to case) and updated with the cells that are filled in; URLs and server
 * links are added, never removed; organisations named but not registered are created (owners as
 * agencies, developers as vendors). Each change is audited as if made by hand, plus one summary.
 */
export async function importAssets(ctx: CommandContext, input: { csv: string }): Promise<ImportSummary> {
  assertManageAssets(ctx.actor);
  const planned = planAssetImport(input.csv);
  if (!planned.ok) throw invalid("asset.import_invalid", { count: planned.problems.length }, planned.problems);
  const plan = planned.plan;

  const apps = await existingByName(
    ctx,
    "applications",
    plan.applications.map((a) => a.name),
  );
  const servers = await existingByName(
    ctx,
    "servers",
    plan.servers.map((s) => s.name),
  );
  const problems = await urlProblems(ctx, plan, apps);
  if (problems.length > 0) throw invalid("asset.import_invalid", { count: problems.length }, problems);

  const summary: ImportSummary = {
    organisationsCreated: [],
    applications: { created: 0, updated: 0, unchanged: 0 },
    servers: { created: 0, updated: 0, unchanged: 0 },
    linksAdded: 0,
  };
  const orgIds = await resolveOrganisations(ctx, plan, summary);

  const serverIds = new Map<string, number>();
  for (const s of plan.servers) {
    const current = servers.get(assetKey(s.name));
    if (!current) {
      const row = await createServer(ctx, s);
      serverIds.set(assetKey(s.name), row.id);
      summary.servers.created += 1;
      continue;
    }
    serverIds.set(assetKey(s.name), current.id);
    const change: UpdateServerInput = { serverId: current.id };
    if (s.hostname !== undefined && s.hostname !== current.hostname) change.hostname = s.hostname;
    if (s.addresses !== undefined && !sameSet(s.addresses, addressesOf(current))) change.addresses = s.addresses;
    if (s.location !== undefined && s.location !== current.location) change.location = s.location;
    if (s.provider !== undefined && s.provider !== current.provider) change.provider = s.provider;
    if (Object.keys(change).length === 1) {
      summary.servers.unchanged += 1;
      continue;
    }
    await updateServer(ctx, change);
    summary.servers.updated += 1;
  }

  for (const a of plan.applications) {
    const ownerOrgId = a.ownerAgency !== undefined ? orgIds.get(assetKey(a.ownerAgency)) : undefined;
    const developerOrgId = a.developer !== undefined ? orgIds.get(assetKey(a.developer)) : undefined;
    const current = apps.get(assetKey(a.name));
    let applicationId: number;
    if (!current) {
      const row = await createApplication(ctx, {
        name: a.name,
        description: a.description,
        urls: a.urls.map((u) => u.url),
        ownerOrgId,
        developerOrgId,
        iiv: a.iiv,
        notes: a.notes,
      });
      applicationId = row.id;
      summary.applications.created += 1;
    } else {
      applicationId = current.id;
      const change: UpdateApplicationInput = { applicationId };
      if (a.description !== undefined && a.description !== current.description) change.description = a.description;
      if (ownerOrgId !== undefined && ownerOrgId !== current.owner_org_id) change.ownerOrgId = ownerOrgId;
      if (developerOrgId !== undefined && developerOrgId !== current.developer_org_id)
        change.developerOrgId = developerOrgId;
      if (a.iiv !== undefined && (a.iiv ? 1 : 0) !== current.iiv) change.iiv = a.iiv;
      if (a.notes !== undefined && a.notes !== current.notes) change.notes = a.notes;
      const registered = await ctx.db
        .selectFrom("application_urls")
        .select("url")
        .where("application_id", "=", current.id)
        .orderBy("id")
        .execute();
      const added = a.urls.filter((u) => !registered.some((r) => r.url === u.url)).map((u) => u.url);
      if (added.length > 0) change.urls = [...registered.map((r) => r.url), ...added];
      if (Object.keys(change).length > 1) {
        await updateApplication(ctx, change);
        summary.applications.updated += 1;
      } else {
        summary.applications.unchanged += 1;
      }
    }
    summary.linksAdded += await linkServers(
      ctx,
      applicationId,
      a.servers.map((name) => serverIds.get(assetKey(name))!),
    );
  }

  const changed =
    summary.organisationsCreated.length +
    summary.applications.created +
    summary.applications.updated +
    summary.servers.created +
    summary.servers.updated +
    summary.linksAdded;
  if (changed > 0)
    await appendAudit(ctx, { action: "asset.import", entityType: "asset_import", detail: { ...summary } });
  return summary;
}

/** Existing rows of the named applications or servers, by their folded name. */
async function existingByName<T extends "applications" | "servers">(
  ctx: CommandContext,
  table: T,
  names: readonly string[],
): Promise<Map<string, T extends "applications" ? Application : Server>> {
  const map = new Map<string, T extends "applications" ? Application : Server>();
  const keys = [...new Set(names.map(assetKey))];
  if (keys.length === 0) return map;
  const rows = (await ctx.db
    .selectFrom(table as "applications")
    .selectAll()
    .where((eb) => eb(eb.fn<string>("lower", ["name"]), "in", keys))
    .execute()) as (T extends "applications" ? Application : Server)[];
  for (const row of rows) map.set(assetKey(row.name), row);
  return map;
}

/** Each URL of the file that another active application already owns, with its row. */
async function urlProblems(
  ctx: CommandContext,
  plan: ImportPlan,
  apps: Map<string, Application>,
): Promise<ImportProblem[]> {
  const hosts = [...new Set(plan.applications.flatMap((a) => a.urls.map((u) => u.host)))];
  if (hosts.length === 0) return [];
  const taken = await ctx.db
    .selectFrom("application_urls")
    .innerJoin("applications", "applications.id", "application_urls.application_id")
    .select(["application_urls.host", "application_urls.path_prefix", "applications.id", "applications.name"])
    .where("application_urls.host", "in", hosts)
    .where("applications.retired_at", "is", null)
    .execute();
  const problems: ImportProblem[] = [];
  for (const a of plan.applications) {
    const ownId = apps.get(assetKey(a.name))?.id;
    for (const url of a.urls) {
      const other = taken.find((t) => t.host === url.host && t.path_prefix === url.pathPrefix && t.id !== ownId);
      if (other)
        problems.push(
          importProblem("url_taken", a.urlRows[url.url] ?? null, "urls", { value: url.url, name: other.name }),
        );
    }
  }
  return problems.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
}

/**
 * Organisation ids for every owner and developer named in the file, found by name or short name
 * (without regard to case); those not found are created.
 */
async function resolveOrganisations(
  ctx: CommandContext,
  plan: ImportPlan,
  summary: ImportSummary,
): Promise<Map<string, number>> {
  const wanted = new Map<string, { name: string; kind: "agency" | "vendor" }>();
  for (const a of plan.applications) {
    if (a.ownerAgency !== undefined && !wanted.has(assetKey(a.ownerAgency)))
      wanted.set(assetKey(a.ownerAgency), { name: a.ownerAgency, kind: "agency" });
    if (a.developer !== undefined && !wanted.has(assetKey(a.developer)))
      wanted.set(assetKey(a.developer), { name: a.developer, kind: "vendor" });
  }
  const ids = new Map<string, number>();
  if (wanted.size === 0) return ids;
  const keys = [...wanted.keys()];
  const rows = await ctx.db
    .selectFrom("organisations")
    .select(["id", "name", "short_name"])
    .where((eb) =>
      eb.or([eb(eb.fn<string>("lower", ["name"]), "in", keys), eb(eb.fn<string>("lower", ["short_name"]), "in", keys)]),
    )
    .orderBy("id")
    .execute();
  // A full name beats a short name that happens to read the same.
  for (const r of rows) if (wanted.has(assetKey(r.name))) ids.set(assetKey(r.name), r.id);
  for (const r of rows)
    if (r.short_name && wanted.has(assetKey(r.short_name)) && !ids.has(assetKey(r.short_name)))
      ids.set(assetKey(r.short_name), r.id);
  for (const [key, org] of wanted) {
    if (ids.has(key)) continue;
    const row = await createOrganisation(ctx, { name: org.name, kind: org.kind });
    ids.set(key, row.id);
    summary.organisationsCreated.push(row.name);
  }
  return ids;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));
