import { createHash } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/messages.ts";
import { buildIncidentWorld, forward, phoneReport, scrollToTop, type IncidentWorld } from "./console-incident-world.ts";
import { E2E_TIMEOUT, snap, useSigap } from "./harness.ts";

/*
 * The CSIRT console's board and incident page in Chromium: an analyst takes an incident from the
 * board through verification, mitigation and handling (escalated to BSSN), the lead sends the
 * analysis with two recommendations; an agency officer cannot open another agency's incident.
 */

const TITLE = "Situs Dinas Kesehatan disusupi konten judi online";
const WEBSHELL = Buffer.from("<?php system($_GET['c']); ?>\n");

/** Waits for the current step's form to be the one of `number` (after the previous one was saved). */
async function currentStepIs(page: Page, number: number): Promise<void> {
  await page
    .getByTestId("current-step")
    .getByRole("heading", { name: new RegExp(`^Langkah saat ini: ${number}\\.`) })
    .waitFor();
}

/** An attribute of every element the locator finds, in page order. */
async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  const values: (string | null)[] = [];
  for (let i = 0, n = await locator.count(); i < n; i++) values.push(await locator.nth(i).getAttribute(name));
  return values;
}

describe("the console's board and incident page", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();
  let world: IncidentWorld;

  it("takes an incident from the board through verify, mitigate, handle (escalated to BSSN) and the lead's analysis", async () => {
    world = await buildIncidentWorld(sigap);
    const incidentId = await phoneReport(world, TITLE, "https://diskes.denpasarkota.go.id/berita");
    await forward(world, incidentId, world.analyst.id);
    // Another incident, not the analyst's: "my work" leaves it out.
    const other = await phoneReport(world, "Situs SIMPEG lambat diakses", "https://simpeg.denpasarkota.go.id");
    await forward(world, other);

    const page = await sigap.loginPage(world.analyst);
    await page.getByRole("navigation", { name: "Menu konsol" }).getByRole("link", { name: "Papan" }).click();
    await page.getByRole("heading", { level: 1, name: "Papan Insiden" }).waitFor();
    const board = page.getByTestId("board");
    const verifyColumn = board.locator('[data-step="verify"]');
    await verifyColumn.getByText(TITLE).waitFor();
    await verifyColumn.getByText("Situs SIMPEG lambat diakses").waitFor();
    // Columns come from the SOP definition, in its order.
    const steps = await attributes(board.getByTestId("board-column"), "data-step");
    expect(steps).toEqual([
      "receive",
      "forward",
      "verify",
      "mitigate",
      "handle",
      "analyse",
      "upstream_followup",
      "agency_coordination",
      "developer_reply",
      "final_report",
    ]);
    await page.getByLabel("Pekerjaan saya").click();
    await page.waitForURL(/mine=true/);
    await verifyColumn.getByText("Situs SIMPEG lambat diakses").waitFor({ state: "detached" });
    const card = verifyColumn.getByTestId("incident-card").filter({ hasText: TITLE });
    await card.getByTestId("sla-badge").getByText("Tepat waktu").waitFor();
    await card.getByText("Dinas Kesehatan Kota Denpasar").waitFor();
    expect(await card.getByTestId("sla-badge").textContent()).toMatch(/sisa .* waktu kerja.*WITA/);
    // A saved view comes back after a reload (stored in this browser).
    await page.getByLabel("Nama tampilan").fill("Pekerjaan saya (verifikasi)");
    await page.getByRole("button", { name: "Simpan tampilan" }).click();
    await page.goto(`${sigap.url}/console/board`);
    await page.getByRole("button", { name: "Pekerjaan saya (verifikasi)", exact: true }).click();
    await page.waitForURL(/mine=true/);
    await page.evaluate(scrollToTop);
    await snap(page, "console-board");

    await card.click();
    await page.waitForURL(new RegExp(`/console/incidents/${incidentId}$`));
    await page.getByTestId("incident-title").getByText(TITLE).waitFor();
    await currentStepIs(page, 3);
    // Co-tenants at risk: the other applications on the same server.
    await page.getByTestId("co-tenants").getByText("Situs Dinas Pendidikan").waitFor();

    // Step 3: verification, valid. The form refuses a missing note before anything is sent.
    const verify = page.locator("#step-form-verify");
    await verify.getByRole("button", { name: "Simpan verifikasi" }).click();
    await verify.getByTestId("step-form-errors").waitFor();
    for (const [item, note] of [
      ["Identitas pelapor", "Pelapor ASN Kelurahan Dauh Puri, dikonfirmasi lewat telepon"],
      ["Jenis insiden", "Tautan judi tersembunyi di beranda"],
      ["Lokasi server", "Pusat Data Pemkot, srv-web-01"],
      ["Log sistem", "Log akses menunjukkan unggahan webshell"],
    ] as const) {
      await verify.getByLabel(item, { exact: true }).check();
      await verify.getByLabel(`Catatan: ${item}`).fill(note);
    }
    await verify.getByLabel("Jenis insiden terkonfirmasi").selectOption("JUD");
    await verify.getByLabel("Dampak (1–5)").selectOption("4");
    await verify.getByLabel("Kemungkinan (1–5)").selectOption("4");
    await verify.getByLabel("Lokasi server yang terkonfirmasi").selectOption("city_dc");
    await verify.getByRole("button", { name: "Simpan verifikasi" }).click();
    await currentStepIs(page, 4);
    await page.getByTestId("incident-summary").getByText("dampak 4 × kemungkinan 4 = 16").waitFor();

    // Step 4: the mitigation plan, two actions from the catalogue.
    const mitigate = page.locator("#step-form-mitigate");
    await mitigate
      .getByLabel("Strategi penanganan sementara")
      .fill("Ganti situs dengan halaman pemeliharaan, amankan data.");
    await mitigate.getByLabel("Jenis tindakan 1").selectOption("maintenance_page");
    await mitigate.getByRole("button", { name: "Tambah tindakan" }).click();
    await mitigate.getByLabel("Jenis tindakan 2").selectOption("backup");
    await mitigate.getByLabel("Status tindakan 2").selectOption("done");
    await mitigate.getByRole("button", { name: "Simpan rencana mitigasi" }).click();
    await currentStepIs(page, 5);
    await page.getByTestId("mitigation-actions").getByText("Backup data").waitFor();

    // Evidence: uploaded, listed with its SHA-256, a download link (as an attachment).
    const evidence = page.getByTestId("evidence");
    await evidence
      .locator("input[type=file]")
      .setInputFiles({ name: "webshell.txt", mimeType: "text/plain", buffer: WEBSHELL });
    await evidence.getByLabel("Catatan rantai bukti").fill("Salinan berkas dari /uploads");
    await evidence.getByRole("button", { name: "Unggah" }).click();
    await evidence
      .getByTestId("evidence-sha256")
      .getByText(createHash("sha256").update(WEBSHELL).digest("hex"))
      .waitFor();
    expect(await evidence.getByRole("link", { name: "webshell.txt" }).getAttribute("href")).toMatch(
      /^\/api\/v1\/evidence\/\d+\/download$/,
    );
    // Observables: one added by hand, its TLP changed.
    const observables = page.getByTestId("observables");
    await observables.getByLabel(/^Jenis/).selectOption("ip");
    await observables.getByLabel(/^Nilai/).fill("203.0.113[.]77");
    await observables.getByRole("button", { name: "Tambah observable" }).click();
    await observables.getByText("203.0.113.77").waitFor();
    await observables.getByLabel("TLP untuk 203.0.113.77").selectOption("RED");
    await expect.poll(() => observables.getByLabel("TLP untuk 203.0.113.77").inputValue()).toBe("RED");

    // Step 5: handled only in part, escalated to BSSN.
    const handle = page.locator("#step-form-handle");
    await handle.getByLabel("Yang dilakukan (catatan 1)").fill("Webshell di /uploads dihapus, kata sandi CMS diganti.");
    await handle.getByLabel("webshell.txt").check();
    await handle.getByLabel("Tidak dapat ditangani").check();
    await handle.getByLabel("Hal yang tidak dapat ditangani").fill("Celah pada plugin CMS belum ada tambalannya.");
    await handle.getByRole("button", { name: "Simpan laporan penanganan" }).click();
    // Not handled without an escalation: the server's own rule, checked in the browser.
    await handle.getByRole("alert").getByText(translate("id", "workflow.escalation_required")).waitFor();
    await handle.getByRole("button", { name: "Tambah eskalasi" }).click();
    await handle.getByLabel(/^Tujuan eskalasi 1/).selectOption("bssn");
    await handle.getByLabel("Organisasi tujuan eskalasi 1").selectOption({ label: world.orgs.bssn.name });
    await handle.getByLabel("Alasan eskalasi 1").fill("Butuh analisis forensik plugin CMS oleh BSSN.");
    await handle.getByLabel("Cara penyerahan eskalasi 1").selectOption("email");
    await handle.getByRole("button", { name: "Simpan laporan penanganan" }).click();
    await currentStepIs(page, 6);
    await page.getByTestId("escalations").getByText(world.orgs.bssn.name, { exact: false }).waitFor();

    // The lead sends the analysis with two recommendations.
    const lead = await sigap.loginPage(world.lead);
    await lead.goto(`${sigap.url}/console/incidents/${incidentId}`);
    await currentStepIs(lead, 6);
    const analyse = lead.locator("#step-form-analyse");
    await analyse.getByLabel("Akar masalah").fill("Plugin CMS usang memungkinkan unggah berkas tanpa autentikasi.");
    await analyse.getByLabel(/^Dampak/).fill("Reputasi Pemkot; pengunjung diarahkan ke situs judi.");
    await analyse.getByLabel("Isi rekomendasi 1").fill("Perbarui CMS dan semua plugin ke versi terbaru.");
    await analyse.getByLabel("Pelaksana rekomendasi 1").selectOption("developer");
    await analyse.getByLabel("Tenggat rekomendasi 1").fill("2027-01-15");
    await analyse.getByRole("button", { name: "Tambah rekomendasi" }).click();
    await analyse.getByLabel("Isi rekomendasi 2").fill("Aktifkan WAF dan pemantauan integritas berkas.");
    await analyse.getByLabel("Pelaksana rekomendasi 2").selectOption("agency");
    await analyse.getByLabel("Tenggat rekomendasi 2").fill("2027-01-31");
    await analyse.getByLabel(world.orgs.prov.name).check();
    expect(await analyse.getByTestId("copy-sekda").inputValue()).toBe("Sekretaris Daerah Kota Denpasar");
    await analyse.getByRole("button", { name: "Kirim laporan analisis" }).click();
    await currentStepIs(lead, 7);
    const recommendations = lead.getByTestId("recommendations");
    await recommendations.getByText("Perbarui CMS dan semua plugin ke versi terbaru.").waitFor();
    await recommendations.getByText("Aktifkan WAF dan pemantauan integritas berkas.").waitFor();

    // The timeline: steps 1–6 done with their due times in WITA, step 7 running, the rest not reached.
    const timeline = lead.getByTestId("step-timeline");
    const runs = timeline.getByTestId("step-run");
    expect(await runs.count()).toBe(7);
    const status = await attributes(runs, "data-status");
    for (const due of await timeline.getByTestId("step-due").allTextContents()) expect(due).toMatch(/WITA$/);
    const statuses = (await attributes(runs, "data-step")).map((step, i) => `${step}:${status[i]}`);
    expect(statuses).toEqual([
      "receive:done",
      "forward:done",
      "verify:done",
      "mitigate:done",
      "handle:done",
      "analyse:done",
      "upstream_followup:active",
    ]);
    await timeline.getByText("Sekretaris Daerah Kota Denpasar", { exact: false }).waitFor();
    await timeline.getByText("Tautan judi tersembunyi di beranda", { exact: false }).waitFor();
    // The lead records outside parties' steps on their behalf, and may issue them a signed link.
    await lead.getByLabel("Dicatat atas nama").waitFor();
    await lead.getByTestId("audit").getByText("step.completed").first().waitFor();
    await lead.getByRole("button", { name: "Buat tautan" }).click();
    const url = await lead.getByTestId("access-link-url").textContent();
    expect(url).toMatch(/\/partner\/links\//);
    // In English too: the page's own words switch, the SOP's step names come from the definition.
    await lead.getByTestId("language-switch").getByText("EN").click();
    await lead.getByRole("heading", { name: "SOP steps" }).waitFor();
    await lead
      .getByTestId("current-step")
      .getByRole("heading", { name: /^Current step: 7\. Follow up/ })
      .waitFor();
    await lead.getByTestId("language-switch").getByText("ID").click();
    await lead.getByRole("heading", { name: "Tahapan SOP" }).waitFor();
    // A full-page picture from the top (a scrolled page repeats the fixed header in it).
    await lead.evaluate(scrollToTop);
    await snap(lead, "console-incident");
  });

  it("shows an agency officer a not-found page for another agency's incident, and none of its data", async () => {
    world ??= await buildIncidentWorld(sigap);
    const secret = "Rahasia Dinas Pendidikan: bocoran data siswa";
    const incidentB = await phoneReport(world, secret, "https://disdik.denpasarkota.go.id");
    const page = await sigap.loginPage(world.agencyUserA);
    const answers: number[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith(`/api/v1/incidents/${incidentB}`)) answers.push(r.status());
    });
    await page.goto(`${sigap.url}/console/incidents/${incidentB}`);
    await page.waitForURL(new RegExp(`/partner/incidents/${incidentB}$`));
    await page.getByRole("heading", { level: 1, name: "Insiden tidak ditemukan" }).waitFor();
    expect(answers).toEqual([404]);
    expect(await page.content()).not.toContain("Rahasia Dinas Pendidikan");
    await snap(page, "console-incident-other-agency");

    // A staff member opening an incident that does not exist gets the same kind of page.
    const analyst = await sigap.loginPage(world.analyst);
    await analyst.goto(`${sigap.url}/console/incidents/999999`);
    await analyst.getByTestId("incident-not-found").waitFor();
  });
});
