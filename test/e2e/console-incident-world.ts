import { runCommand } from "../../src/commands/context.ts";
import { completeStep } from "../../src/commands/incidents/complete-step.ts";
import { submitReport } from "../../src/commands/reports/submit-report.ts";
import type { UserActor } from "../../src/core/actor.ts";
import { systemClock } from "../../src/core/clock.ts";
import { readTeamContext } from "../../src/settings/team-settings.ts";
import { loginApi, type ApiSession, type E2eUser } from "./api.ts";
import type { Sigap } from "./harness.ts";

/*
 * A small Denpasar for the console's incident tests, made through the API as an administrator
 * would: agencies with their applications on one shared server (so an incident shows co-tenants
 * at risk), a vendor, the provincial CSIRT and BSSN, and the people who work the incidents.
 */

export interface IncidentWorld {
  orgs: Record<"agencyA" | "agencyB" | "vendor" | "prov" | "bssn", { id: number; name: string }>;
  apps: { portalA: number; siteB: number; simpeg: number };
  intake: E2eUser;
  analyst: E2eUser;
  lead: E2eUser;
  /** An officer of agency A. */
  agencyUserA: E2eUser;
  intakeApi: ApiSession;
}

/** The few browser globals the tests read inside the page (the test project has no DOM types). */
export interface PageGlobals {
  document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
  scrollTo(x: number, y: number): void;
  __longTasks?: [number, number][];
}

/** Scrolls the page to the top, so that a full-page screenshot does not repeat the fixed header. */
export const scrollToTop = (): void => (globalThis as unknown as PageGlobals).scrollTo(0, 0);

let address = 0;
const nextAddress = () => `203.0.113.${(++address % 200) + 20}`;

/** Builds the world over the API (administrator, then the intake desk's own session). */
export async function buildIncidentWorld(sigap: Sigap): Promise<IncidentWorld> {
  const admin = await sigap.adminApi();
  const org = (name: string, kind: string, email?: string) =>
    admin.request<{ id: number; name: string }>("POST", "/api/v1/organisations", {
      name,
      kind,
      ...(email ? { email } : {}),
    });
  const orgs = {
    agencyA: await org("Dinas Kesehatan Kota Denpasar", "agency", "diskes@denpasarkota.go.id"),
    agencyB: await org("Dinas Pendidikan Kota Denpasar", "agency", "disdik@denpasarkota.go.id"),
    vendor: await org("PT Vendor Digital Nusantara", "vendor", "support@vendor.example"),
    prov: await org("BaliProv-CSIRT", "upstream", "csirt@baliprov.go.id"),
    bssn: await org("BSSN (Gov-CSIRT Indonesia)", "upstream", "bantuan70@bssn.go.id"),
  };
  const server = await admin.request<{ id: number }>("POST", "/api/v1/servers", {
    name: "srv-web-01",
    location: "city_dc",
  });
  const app = (name: string, url: string, owner: number, developer: number | null) =>
    admin.request<{ id: number }>("POST", "/api/v1/applications", {
      name,
      urls: [url],
      ownerOrganisationId: owner,
      developerOrganisationId: developer,
      serverIds: [server.id],
    });
  const apps = {
    portalA: (await app("Portal Dinas Kesehatan", "https://diskes.denpasarkota.go.id", orgs.agencyA.id, orgs.vendor.id))
      .id,
    siteB: (await app("Situs Dinas Pendidikan", "https://disdik.denpasarkota.go.id", orgs.agencyB.id, null)).id,
    simpeg: (await app("SIMPEG Kota Denpasar", "https://simpeg.denpasarkota.go.id", orgs.agencyA.id, null)).id,
  };
  const intake = await sigap.createUser("intake");
  const analyst = await sigap.createUser("csirt", { specialty: "web_admin" });
  const lead = await sigap.createUser("csirt_lead");
  const agencyUserA = await sigap.createUser("agency", { organisationId: orgs.agencyA.id });
  const intakeApi = await loginApi(sigap.url, intake.username, intake.password, nextAddress());
  return { orgs, apps, intake, analyst, lead, agencyUserA, intakeApi };
}

/** The intake desk records a phone report about `url`; the answer names the incident opened for it. */
export async function phoneReport(world: IncidentWorld, title: string, url: string): Promise<number> {
  const created = await world.intakeApi.request<{ incidentId: number }>("POST", "/api/v1/reports", {
    channel: "phone",
    reporter: { name: "Ni Made Pelapor", kind: "asn", phone: "0812 3456 7890", organisation: "Kelurahan Dauh Puri" },
    title,
    description: "Pengunjung melihat tautan judi online di halaman beranda.",
    affected: { url },
  });
  return created.incidentId;
}

/** The intake desk forwards the incident to the CSIRT, assigning the analyst. */
export function forward(world: IncidentWorld, incidentId: number, assigneeUserId?: number): Promise<unknown> {
  return world.intakeApi.request("POST", `/api/v1/incidents/${incidentId}/steps/forward`, {
    output: { note: "Mohon segera diverifikasi", disposition: "Tim Website Administrator", assigneeUserId },
  });
}

const actorOf = (user: E2eUser): UserActor => ({
  type: "user",
  id: user.id!,
  username: user.username,
  role: user.role,
  specialty: null,
  organisationId: user.organisationId ?? null,
  via: "session",
});

const check = (note: string) => ({ checked: true, note });

/**
 * Fills the database with `count` open incidents spread over the SOP's first steps, straight
 * through the commands (the board is what is measured, not the set-up): each report through
 * `submitReport`, then forward, verify, mitigate and handle for a share of them.
 */
export async function seedOpenIncidents(sigap: Sigap, world: IncidentWorld, count: number): Promise<void> {
  const deps = { database: sigap.server.database, clock: systemClock };
  const team = await readTeamContext(deps.database.db);
  const intake = actorOf(world.intake);
  const analyst = actorOf(world.analyst);
  const urls = [
    "https://diskes.denpasarkota.go.id",
    "https://disdik.denpasarkota.go.id",
    "https://simpeg.denpasarkota.go.id",
  ];
  const types = ["JUD", "DEF", "PHI", "MAL", "WEB"] as const;
  const outputs = {
    forward: { note: "Diteruskan" },
    verify: {
      checklist: {
        reporterIdentity: check("Pelapor ASN terverifikasi"),
        incidentType: check("Konten judi di beranda"),
        serverLocation: check("Pusat Data Pemkot"),
        systemLogs: check("Unggahan berkas mencurigakan"),
      },
      verdict: "valid",
      typeCode: "JUD",
      impact: 3,
      likelihood: 4,
    },
    mitigate: { actions: [{ kind: "maintenance_page" }] },
    handle: { entries: [{ at: new Date().toISOString(), body: "Berkas webshell dihapus" }], outcome: "handled" },
  } as const;
  const order = ["forward", "verify", "mitigate", "handle"] as const;
  const batch = 100;
  for (let start = 0; start < count; start += batch) {
    const ids: number[] = [];
    await runCommand(deps, { actor: intake, requestId: `seed-${start}` }, async (ctx) => {
      for (let i = start; i < Math.min(count, start + batch); i++) {
        const result = await submitReport(
          ctx,
          team,
          {
            channel: "phone",
            reporter: { name: `Pelapor ${i + 1}`, kind: "public", phone: "0812 0000 0000" },
            title: `Insiden uji beban ${i + 1}: ${types[i % types.length]} di ${urls[i % urls.length]!.slice(8)}`,
            typeCode: types[i % types.length],
            description: "Data uji untuk mengukur papan insiden.",
            affected: { url: urls[i % urls.length] },
          },
          [],
        );
        ids.push(result.incident.id);
      }
    });
    // i % 10: 0–2 stay at forward, 3–5 verify, 6–7 mitigate, 8 handle, 9 analyse.
    const depth = [0, 0, 0, 1, 1, 1, 2, 2, 3, 4];
    await runCommand(deps, { actor: analyst, requestId: `seed-steps-${start}` }, async (ctx) => {
      for (const [k, incidentId] of ids.entries()) {
        const steps = depth[(start + k) % 10]!;
        for (let s = 0; s < steps; s++) {
          const stepCode = order[s]!;
          const as = stepCode === "forward" ? { ...ctx, actor: intake } : ctx;
          await completeStep(as, team, { incidentId, stepCode, output: outputs[stepCode] });
        }
      }
    });
  }
}
