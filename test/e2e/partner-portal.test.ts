import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_TIMEOUT, snap, useSigap } from "./harness.ts";
import {
  accessLink,
  apiAs,
  castOfSop,
  completeStep,
  incidentAtUpstreamStep,
  linkPath,
  type Cast,
} from "./partner-scenario.ts";

/** A real 2×2 PNG (the server checks that an image's bytes agree with its type). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
  "base64",
);

/** No sideways scrolling: the page fits a 360 px phone. */
async function fitsPhone(page: Page) {
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
}

describe("partner portal", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();
  let cast: Cast;
  let incident: { id: number; code: string };

  it("the upstream CSIRT signs in on a phone, reads the analysis and sends its follow-up", async () => {
    cast = await castOfSop(sigap, "Portal");
    incident = await incidentAtUpstreamStep(sigap, cast, "Situs Diskes menampilkan iklan judi online");

    const page = await sigap.loginPage(cast.upstream, { phone: true });
    await page.waitForURL(/\/partner$/);
    const card = page.locator(`[data-testid="partner-incident"][data-code="${incident.code}"]`);
    await card.getByTestId("awaiting-you").waitFor();
    await card.getByText("Situs Diskes menampilkan iklan judi online").waitFor();
    await fitsPhone(page);
    await snap(page, "partner-list-upstream-phone");

    await card.getByRole("link", { name: incident.code }).click();
    await page.waitForURL(new RegExp(`/partner/incidents/${incident.id}$`));
    await page.getByRole("heading", { name: /^Langkah Anda: / }).waitFor();
    // The upstream CSIRT reads the analysis and the recommendations; no reporter, no handling log.
    await page.getByTestId("analysis").getByText("Plugin galeri CMS versi lama dengan celah unggah berkas.").waitFor();
    await page.getByTestId("recommendation-1").getByText("Perbarui CMS dan seluruh plugin ke versi terbaru").waitFor();
    expect(await page.getByText("Ni Luh Putu Sari").count()).toBe(0);
    expect(await page.getByText("Webshell dihapus").count()).toBe(0);

    // Nothing filled in: the form says what is missing, and sends nothing.
    await page.getByRole("button", { name: "Kirim tindak lanjut" }).click();
    await page.getByTestId("form-errors").waitFor();
    await expect.poll(() => page.evaluate(`document.activeElement?.getAttribute("aria-invalid")`)).toBe("true");

    await page
      .getByLabel("Konfirmasi")
      .fill("BaliProv-CSIRT mengonfirmasi injeksi konten judi dan menyetujui rekomendasi.");
    await page.getByRole("button", { name: "Tambah rekomendasi" }).click();
    await page.getByLabel("Isi rekomendasi tambahan 1").fill("Pasang web application firewall di depan portal");
    await page.getByTestId("upstream-recommendation-1").getByLabel("Pelaksana").selectOption("developer");
    await page.getByTestId("upstream-recommendation-1").getByLabel("Tenggat").fill("2027-01-15");
    await page.getByLabel("Eskalasikan insiden ini ke BSSN").check();
    await page.getByLabel("Alasan eskalasi").fill("Butuh dukungan forensik BSSN.");
    await page.getByLabel("Melalui").selectOption("email");
    await fitsPhone(page);
    await snap(page, "partner-upstream-form-phone");
    await page.getByRole("button", { name: "Kirim tindak lanjut" }).click();
    await page.getByTestId("step-done").waitFor();
    await page
      .getByTestId("step-done")
      .getByText(/Langkah berikutnya: /)
      .waitFor();
    // Its recommendation joined the list as number 3; the step is no longer the partner's.
    await page.getByTestId("recommendation-3").getByText("Pasang web application firewall di depan portal").waitFor();
    await page.getByTestId("no-action").waitFor();
    await snap(page, "partner-upstream-done-phone");

    const lead = await apiAs(sigap, cast.lead);
    const detail = await lead.request<{
      incident: { currentStep: { code: string } };
      escalations: Array<{ target: string; reason: string }>;
      stepRuns: Array<{ stepCode: string; completedBy: string | null; output: { confirmation?: string } | null }>;
    }>("GET", `/api/v1/incidents/${incident.id}`);
    expect(detail.incident.currentStep.code).toBe("agency_coordination");
    expect(detail.escalations.map((e) => [e.target, e.reason])).toContainEqual([
      "bssn",
      "Butuh dukungan forensik BSSN.",
    ]);
    const run = detail.stepRuns.find((r) => r.stepCode === "upstream_followup");
    expect(run?.output?.confirmation).toBe(
      "BaliProv-CSIRT mengonfirmasi injeksi konten judi dan menyetujui rekomendasi.",
    );
  });

  it("the agency officer without an account coordinates through the signed link on a phone", async () => {
    const link = await accessLink(sigap, cast.lead, incident.id, {
      stepCode: "agency_coordination",
      partyRole: "agency",
      organisationId: cast.agencyOrg.id,
    });
    expect(linkPath(link.url)).toBe(`/partner/links/${link.token}`);

    const page = await sigap.newPage({ phone: true });
    await page.goto(sigap.url + linkPath(link.url));
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByText(/^Tautan berlaku sampai/).waitFor();
    await page.getByTestId("incident-code").getByText(incident.code).waitFor();
    await page.getByTestId("recommendation-2").getByText("Ganti kata sandi semua akun admin CMS").waitFor();
    await page.getByLabel("Hasil koordinasi").fill("Rapat dengan PT Bali Digital Solusi: perbaikan disanggupi.");
    await page.getByLabel("Cara koordinasi").selectOption("meeting");
    expect(await page.getByLabel(/^Waktu koordinasi \(WITA\)/).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await fitsPhone(page);
    await snap(page, "partner-link-agency-phone");
    await page.getByRole("button", { name: "Kirim hasil koordinasi" }).click();
    await page.getByTestId("step-done").waitFor();
    await snap(page, "partner-link-agency-done-phone");

    // Opened again later: the step is done, nothing more to send.
    await page.reload();
    await page.getByTestId("link-step-done").waitFor();
    expect(await page.getByRole("button", { name: "Kirim hasil koordinasi" }).count()).toBe(0);

    const lead = await apiAs(sigap, cast.lead);
    const detail = await lead.request<{
      incident: { currentStep: { code: string } };
      stepRuns: Array<{ stepCode: string; completedBy: string | null; output: { channel?: string } | null }>;
    }>("GET", `/api/v1/incidents/${incident.id}`);
    expect(detail.incident.currentStep.code).toBe("developer_reply");
    const run = detail.stepRuns.find((r) => r.stepCode === "agency_coordination");
    expect(run?.output?.channel).toBe("meeting");
    expect(run?.completedBy).toBe(`link:${link.id}`);
  });

  it("an expired, revoked or unknown link shows a friendly 'no longer valid' page and nothing of the incident", async () => {
    const forDeveloper = { stepCode: "developer_reply", partyRole: "developer", organisationId: cast.vendorOrg.id };
    const revoked = await accessLink(sigap, cast.lead, incident.id, forDeveloper);
    await (await apiAs(sigap, cast.lead)).request("DELETE", `/api/v1/access-links/${revoked.id}`);
    // Expired: the link's time has run out (moved into the past rather than waiting an hour).
    const expired = await accessLink(sigap, cast.lead, incident.id, { ...forDeveloper, expiresInHours: 1 });
    await sigap.server.database.db
      .updateTable("access_links")
      .set({ expires_at: new Date(Date.now() - 60_000).toISOString() })
      .where("id", "=", expired.id)
      .execute();

    const page = await sigap.newPage({ phone: true });
    for (const path of [linkPath(expired.url), linkPath(revoked.url), "/partner/links/bukan-tautan-yang-sah"]) {
      await page.goto(sigap.url + path);
      await page.getByTestId("link-invalid").getByRole("heading", { name: "Tautan tidak berlaku lagi" }).waitFor();
      expect(await page.getByText(incident.code).count()).toBe(0);
      expect(await page.getByText("Situs Diskes").count()).toBe(0);
    }
    await fitsPhone(page);
    await snap(page, "partner-link-invalid-phone");
  });

  it("the developer signs in, in English, and replies per recommendation (a reason when it cannot be done)", async () => {
    const page = await sigap.loginPage(cast.developer, { language: "en" });
    await page.waitForURL(/\/partner$/);
    await page.getByRole("heading", { name: "Your tasks" }).waitFor();
    await page.getByRole("link", { name: incident.code }).click();
    await page.getByRole("heading", { name: /^Your step: / }).waitFor();

    const first = page.getByTestId("reply-1");
    const second = page.getByTestId("reply-2");
    const third = page.getByTestId("reply-3");
    // The developer's own recommendations (1 and 3) are ticked; the agency's (2) is not.
    expect(await first.getByLabel("Answer recommendation 1").isChecked()).toBe(true);
    expect(await second.getByLabel("Answer recommendation 2").isChecked()).toBe(false);
    expect(await third.getByLabel("Answer recommendation 3").isChecked()).toBe(true);

    await first.getByLabel("Done", { exact: true }).check();
    await first.getByLabel("Steps taken").fill("CMS and 14 plugins updated; the gallery plugin was replaced.");
    await first.getByLabel("Evidence", { exact: true }).fill("Release notes v2.8.1");
    // A screenshot backs the reply: uploaded with the step, named (with its hash) in the evidence text.
    const chooser = page.waitForEvent("filechooser");
    await first.getByRole("button", { name: "Attach files" }).click();
    await (await chooser).setFiles([{ name: "patch-proof.png", mimeType: "image/png", buffer: PNG }]);
    await first.getByTestId("reply-1-upload-done").getByText("Stored: patch-proof.png").waitFor();
    await expect
      .poll(() => first.getByLabel("Evidence", { exact: true }).inputValue())
      .toMatch(/^Release notes v2\.8\.1; Files: patch-proof\.png \(sha256 [0-9a-f]{12}…\)$/);
    await page.getByTestId("own-evidence-item").getByText("patch-proof.png").waitFor();
    await third.getByLabel("Cannot be done").check();
    await third.getByLabel("Steps taken").fill("A WAF quotation was prepared.");
    await page.getByRole("button", { name: "Send the reply" }).click();
    // "Cannot be done" needs its reason.
    await third.getByText("Say why the recommendation cannot be carried out.").waitFor();
    await third.getByLabel(/^Why it cannot be done/).fill("The WAF budget is only available in 2027.");
    await page.getByLabel("Name of the person responsible").fill("Putu Eka");
    await snap(page, "partner-developer-form-en");
    await page.getByRole("button", { name: "Send the reply" }).click();
    await page.getByTestId("step-done").waitFor();
    await page.getByTestId("recommendation-3").getByText("The WAF budget is only available in 2027.").waitFor();
    await snap(page, "partner-developer-done-en");

    const lead = await apiAs(sigap, cast.lead);
    const detail = await lead.request<{
      incident: { currentStep: { code: string } };
      recommendations: Array<{
        number: number;
        status: string;
        replyReason: string | null;
        replyEvidence: string | null;
      }>;
    }>("GET", `/api/v1/incidents/${incident.id}`);
    expect(detail.incident.currentStep.code).toBe("final_report");
    expect(detail.recommendations.map((r) => [r.number, r.status])).toEqual([
      [1, "done"],
      [2, "open"],
      [3, "cannot"],
    ]);
    expect(detail.recommendations[0]?.replyEvidence).toMatch(
      /^Release notes v2\.8\.1; Files: patch-proof\.png \(sha256 [0-9a-f]{12}…\)$/,
    );
    const evidence = await lead.request<{ items: Array<{ kind: string; filename: string; uploadedBy: string }> }>(
      "GET",
      `/api/v1/incidents/${incident.id}/evidence`,
    );
    expect(evidence.items.filter((e) => e.kind === "reply_evidence")).toEqual([
      expect.objectContaining({ filename: "patch-proof.png", uploadedBy: cast.developer.username }),
    ]);
    expect(detail.recommendations[2]?.replyReason).toBe("The WAF budget is only available in 2027.");
  });

  it("a user of another agency cannot open the incident by its address: not found, no data", async () => {
    const otherAgency = await sigap.createUser("agency");
    const page = await sigap.loginPage(otherAgency, { phone: true });
    await page.waitForURL(/\/partner$/);
    await page.getByTestId("no-incidents").waitFor();
    expect(await page.getByText(incident.code).count()).toBe(0);

    await page.goto(`${sigap.url}/partner/incidents/${incident.id}`);
    await page.getByTestId("incident-not-found").getByRole("heading", { name: "Insiden tidak ditemukan" }).waitFor();
    expect(await page.getByText(incident.code).count()).toBe(0);
    expect(await page.getByText("Situs Diskes").count()).toBe(0);
    expect(await page.getByTestId("incident-summary").count()).toBe(0);
    await snap(page, "partner-other-agency-not-found-phone");

    // The agency that owns it still sees it, its step done.
    const own = await sigap.loginPage(cast.agency);
    await own.goto(`${sigap.url}/partner/incidents/${incident.id}`);
    await own.getByTestId("incident-code").getByText(incident.code).waitFor();
    await own.getByTestId("no-action").waitFor();
    await snap(own, "partner-incident-agency-desktop");
  });

  it("closes the loop: after the final report the partner sees the incident under finished ones", async () => {
    const analyst = await apiAs(sigap, cast.analyst);
    await completeStep(analyst, incident.id, "final_report", {
      summary: "Injeksi konten judi ditangani bersama BSSN dan pengembang.",
      lessonsLearned: "Pembaruan CMS dijadwalkan bulanan.",
    });
    const page = await sigap.loginPage(cast.upstream);
    await page.getByTestId("status-filter").getByText("Selesai").click();
    const card = page.locator(`[data-testid="partner-incident"][data-code="${incident.code}"]`);
    await card.getByText("Ditutup: selesai ditangani").waitFor();
    await snap(page, "partner-list-closed-desktop");
  });
});
