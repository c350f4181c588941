/*
 * The cast and the SOP steps of the partner tests, set up over the API: the screens under test
 * are the partner portal's (and, in full-workflow.test.ts, everyone's); what comes before a
 * partner's step is prepared here the way docs/api-walkthrough.md does it with curl.
 */
import { ApiSession, loginApi, type E2eUser } from "./api.ts";
import type { Sigap } from "./harness.ts";

let addressCounter = 0;
/** Addresses of their own for API sessions, apart from the browser contexts' (per-IP rate limits). */
const nextAddress = () => `192.0.2.${(++addressCounter % 250) + 1}`;

/** The organisations and people of one incident's SOP. */
export interface Cast {
  agencyOrg: { id: number; name: string };
  vendorOrg: { id: number; name: string };
  upstreamOrg: { id: number; name: string };
  bssnOrg: { id: number; name: string };
  /** The health agency's web portal, registered so a report about its address is matched to it. */
  applicationUrl: string;
  intake: E2eUser;
  analyst: E2eUser;
  lead: E2eUser;
  agency: E2eUser;
  developer: E2eUser;
  upstream: E2eUser;
}

/** Registers the organisations, the application and one user per SOP actor. `tag` keeps names apart between casts. */
export async function castOfSop(sigap: Sigap, tag: string): Promise<Cast> {
  const admin = await sigap.adminApi();
  const agencyOrg = await admin.createOrganisation("agency", `Dinas Kesehatan ${tag}`);
  const vendorOrg = await admin.createOrganisation("vendor", `PT Bali Digital Solusi ${tag}`);
  const upstreamOrg = await admin.createOrganisation("upstream", `BaliProv-CSIRT ${tag}`);
  const bssnOrg = await admin.createOrganisation("upstream", `BSSN Gov-CSIRT ${tag}`);
  const applicationUrl = `https://diskes-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.denpasarkota.go.id`;
  await admin.request("POST", "/api/v1/applications", {
    name: `Portal Dinas Kesehatan ${tag}`,
    urls: [applicationUrl],
    ownerOrganisationId: agencyOrg.id,
    developerOrganisationId: vendorOrg.id,
  });
  return {
    agencyOrg,
    vendorOrg,
    upstreamOrg,
    bssnOrg,
    applicationUrl,
    intake: await sigap.createUser("intake"),
    analyst: await sigap.createUser("csirt", { specialty: "web_admin" }),
    lead: await sigap.createUser("csirt_lead"),
    agency: await sigap.createUser("agency", { organisationId: agencyOrg.id }),
    developer: await sigap.createUser("developer", { organisationId: vendorOrg.id }),
    upstream: await sigap.createUser("upstream", { organisationId: upstreamOrg.id }),
  };
}

/** An API session of `user`. */
export const apiAs = (sigap: Sigap, user: E2eUser): Promise<ApiSession> =>
  loginApi(sigap.url, user.username, user.password, nextAddress());

/** Files a citizen's report through the public API; returns its ticket code and tracking secret. */
export async function fileReport(sigap: Sigap, title: string, url: string): Promise<{ code: string; token: string }> {
  const response = await fetch(`${sigap.url}/api/v1/public/reports`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": nextAddress() },
    body: JSON.stringify({
      reporter: { name: "Ni Luh Putu Sari", kind: "public", email: "luhputu.sari@example.org" },
      title,
      typeCode: "JUD",
      description: "Halaman berita berisi tautan slot yang mengarah ke situs judi.",
      affected: { url: `${url}/berita` },
      consent: true,
      truthful: true,
    }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`public report → ${response.status} ${text}`);
  return JSON.parse(text) as { code: string; token: string };
}

/** The incident a report opened, found by its ticket code. */
export async function incidentOf(session: ApiSession, code: string): Promise<number> {
  const page = await session.request<{ items: Array<{ id: number }> }>(
    "GET",
    `/api/v1/incidents?q=${encodeURIComponent(code)}`,
  );
  const id = page.items[0]?.id;
  if (!id) throw new Error(`no incident for report ${code}`);
  return id;
}

/** Completes a step over the API. */
export const completeStep = (session: ApiSession, incidentId: number, stepCode: string, output: unknown) =>
  session.request("POST", `/api/v1/incidents/${incidentId}/steps/${stepCode}`, { output });

const inDays = (days: number) => new Date(Date.now() + days * 864e5).toISOString().slice(0, 10);

/** The outputs of the CSIRT's steps 2–6 (the walkthrough's), for the incident's cast. */
export const STAFF_OUTPUTS = {
  forward: (cast: Cast) => ({
    note: "Laporan masyarakat via portal, mohon segera diverifikasi.",
    disposition: "Tim Website Administrator",
    assigneeUserId: cast.analyst.id,
  }),
  verify: () => ({
    checklist: {
      reporterIdentity: { checked: true, note: "Pelapor dihubungi lewat e-mail" },
      incidentType: { checked: true, note: "Tautan judi tersembunyi di halaman berita" },
      serverLocation: { checked: true, note: "Pusat Data Pemkot, srv-web-01" },
      systemLogs: { checked: true, note: "Unggahan webshell lewat plugin galeri" },
    },
    verdict: "valid",
    typeCode: "JUD",
    impact: 4,
    likelihood: 4,
    serverLocation: "city_dc",
  }),
  mitigate: () => ({
    strategy: "Situs diganti halaman pemeliharaan, IP penyerang diblokir.",
    actions: [{ kind: "maintenance_page", status: "done" }, { kind: "block_ip" }],
  }),
  handle: (cast: Cast) => ({
    entries: [{ at: new Date().toISOString(), body: "Webshell dihapus; konten judi muncul lagi setelah 2 jam." }],
    outcome: "not_handled",
    unhandled: "Injeksi berulang, butuh analisis forensik.",
    escalations: [
      {
        target: "bssn",
        targetOrganisationId: cast.bssnOrg.id,
        reason: "Injeksi konten judi berulang",
        handedOffAt: new Date().toISOString(),
        channel: "email",
      },
    ],
  }),
  analyse: (cast: Cast) => ({
    rootCause: "Plugin galeri CMS versi lama dengan celah unggah berkas.",
    impact: "Reputasi Pemerintah Kota; pengunjung diarahkan ke situs judi.",
    recommendations: [
      { body: "Perbarui CMS dan seluruh plugin ke versi terbaru", owner: "developer", deadline: inDays(14) },
      { body: "Ganti kata sandi semua akun admin CMS dan aktifkan 2FA", owner: "agency", deadline: inDays(14) },
    ],
    recipients: [cast.upstreamOrg.id, cast.agencyOrg.id],
  }),
} as const;

/** A report matched to the cast's application, taken through steps 2–6 over the API: it waits for the upstream CSIRT. */
export async function incidentAtUpstreamStep(
  sigap: Sigap,
  cast: Cast,
  title: string,
): Promise<{ id: number; code: string }> {
  const report = await fileReport(sigap, title, cast.applicationUrl);
  const intake = await apiAs(sigap, cast.intake);
  const analyst = await apiAs(sigap, cast.analyst);
  const lead = await apiAs(sigap, cast.lead);
  const id = await incidentOf(intake, report.code);
  await completeStep(intake, id, "forward", STAFF_OUTPUTS.forward(cast));
  await completeStep(analyst, id, "verify", STAFF_OUTPUTS.verify());
  await completeStep(analyst, id, "mitigate", STAFF_OUTPUTS.mitigate());
  await completeStep(analyst, id, "handle", STAFF_OUTPUTS.handle(cast));
  await completeStep(lead, id, "analyse", STAFF_OUTPUTS.analyse(cast));
  const detail = await lead.request<{ incident: { code: string } }>("GET", `/api/v1/incidents/${id}`);
  return { id, code: detail.incident.code };
}

/** A signed link for a partner's step, made by the lead (the token is in `url`). */
export async function accessLink(
  sigap: Sigap,
  lead: E2eUser,
  incidentId: number,
  link: { stepCode: string; partyRole: string; organisationId: number; expiresInHours?: number },
): Promise<{ id: number; token: string; url: string }> {
  const session = await apiAs(sigap, lead);
  return session.request("POST", `/api/v1/incidents/${incidentId}/access-links`, link);
}

/** The link's address in this test server (the server builds it from the request's host or SIGAP_PUBLIC_URL). */
export const linkPath = (url: string): string => new URL(url).pathname;
