import { z } from "zod";
import type { ApplicationDetail } from "../../commands/assets/get-application.ts";
import type { HostedApplication, ServerDetail } from "../../commands/assets/get-server.ts";
import type { ApplicationSummary } from "../../commands/assets/list-applications.ts";
import type { Actor } from "../../core/actor.ts";
import { SERVER_LOCATIONS } from "../../core/assets/registry.ts";
import { isPartner } from "../../core/policies/scope.ts";
import type { Server } from "../../db/schema.ts";

/*
 * Applications and servers as the API shows them. Internal notes reach staff only: for a partner
 * the presenter leaves them out and the schema has nothing else that could carry them.
 */

const organisationRef = z.object({ id: z.number().int(), name: z.string(), kind: z.string() }).nullable();

export const applicationSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string().nullable(),
  urls: z
    .array(z.string())
    .describe("Normalised: lower-case scheme and host, punycode, no default port, no trailing slash"),
  owner: organisationRef.describe("The agency (Perangkat Daerah) that owns it"),
  developer: organisationRef.describe("Its developer or vendor"),
  iiv: z
    .boolean()
    .describe("Vital information infrastructure (IIV, Perpres 82/2022): a 1×24 h upstream report applies"),
  notes: z.string().nullable().optional().describe("Internal notes; staff only"),
  retired: z.boolean(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const serverFields = {
  id: z.number().int(),
  name: z.string(),
  hostname: z.string().nullable(),
  addresses: z.array(z.string()),
  location: z.enum(SERVER_LOCATIONS),
  provider: z.string().nullable(),
};

export const applicationDetailSchema = applicationSchema.extend({
  servers: z.array(z.object(serverFields)),
  coTenants: z
    .array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        owner: z.string().nullable(),
        iiv: z.boolean(),
        sharedServers: z.array(z.object({ id: z.number().int(), name: z.string() })),
      }),
    )
    .describe("Other applications on the same servers: at risk when this one is hit"),
  openIncidents: z.number().int(),
});

export const serverSchema = z.object({
  ...serverFields,
  notes: z.string().nullable().optional().describe("Internal notes; staff only"),
  retired: z.boolean(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  applications: z.array(z.object({ id: z.number().int(), name: z.string(), retired: z.boolean() })),
});

type ApplicationOut = z.infer<typeof applicationSchema>;
const staff = (actor: Actor) => actor.type === "system" || (actor.type === "user" && !isPartner(actor));

/** A listed application. */
export function presentApplication(item: ApplicationSummary, actor: Actor): ApplicationOut {
  const a = item.application;
  return {
    id: a.id,
    name: a.name,
    description: a.description,
    urls: item.urls,
    owner: item.owner,
    developer: item.developer,
    iiv: a.iiv === 1,
    ...(staff(actor) ? { notes: a.notes } : {}),
    retired: a.retired_at !== null,
    retiredAt: a.retired_at,
    createdAt: a.created_at,
    updatedAt: a.updated_at,
  };
}

/** An application's page: its servers, its co-tenants at risk, its open incidents. */
export function presentApplicationDetail(
  detail: ApplicationDetail,
  actor: Actor,
): z.infer<typeof applicationDetailSchema> {
  return {
    ...presentApplication({ ...detail, urls: detail.urls.map((u) => u.url) }, actor),
    servers: detail.servers.map(serverBasics),
    coTenants: detail.coTenants.map((t) => ({
      id: t.id,
      name: t.name,
      owner: t.ownerName,
      iiv: t.iiv,
      sharedServers: t.sharedServers,
    })),
    openIncidents: detail.openIncidents,
  };
}

function serverBasics(s: Server) {
  return {
    id: s.id,
    name: s.name,
    hostname: s.hostname,
    addresses: JSON.parse(s.addresses) as string[],
    location: s.location,
    provider: s.provider,
  };
}

/** A server with the applications on it that the actor may see. */
export function presentServer(
  server: Server,
  applications: readonly HostedApplication[],
  actor: Actor,
): z.infer<typeof serverSchema> {
  return {
    ...serverBasics(server),
    ...(staff(actor) ? { notes: server.notes } : {}),
    retired: server.retired_at !== null,
    retiredAt: server.retired_at,
    createdAt: server.created_at,
    updatedAt: server.updated_at,
    applications: [...applications],
  };
}

export const presentServerDetail = (detail: ServerDetail, actor: Actor) =>
  presentServer(detail.server, detail.applications, actor);
