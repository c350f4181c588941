import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_TIMEOUT, snap, useSigap } from "./harness.ts";
import { apiAs, castOfSop, incidentOf, linkPath, type Cast } from "./partner-scenario.ts";

/*
 * One incident through the whole SOP in the browser, in Indonesian: a citizen reports on a phone
 * and tracks it; the intake desk forwards it; an analyst verifies, plans mitigation, handles and
 * escalates; the lead sends the analysis; the upstream CSIRT, the agency (through a signed link,
 * without an account) and the developer (switching the portal to English) complete their steps;
 * the final report closes the incident, and the citizen's tracking page shows it done.
 *
 * Everything goes through the browser; the API is used only to set up the register (organisations,
 * the application, the accounts) and to check what the database holds after a screen said "done".
 */

const TITLE = "Situs Dinas Kesehatan menampilkan iklan judi online";

/** Waits for the incident page's current step to be number `number` (after the previous one was saved). */
async function currentStepIs(page: Page, number: number): Promise<void> {
  await page
    .getByTestId("current-step")
    .getByRole("heading", { name: new RegExp(`^Langkah saat ini: ${number}\\.`) })
    .waitFor();
}

/** Scrolls to the top before a full-page picture of the console (a scrolled page repeats its fixed header in it). */
const toTop = (page: Page) => page.evaluate("window.scrollTo(0, 0)");

/** No sideways scrolling: the page fits a 360 px phone. */
async function fitsPhone(page: Page) {
  expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
}

describe("an incident through all ten SOP steps in the browser", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();
  let cast: Cast;
  /** The citizen's tracking page (the secret rides in the fragment). */
  let trackingUrl = "";
  let reportCode = "";
  let incidentId = 0;
  let incidentCode = "";

  it("1. a citizen files the report on a phone and tracks it", async () => {
    cast = await castOfSop(sigap, "Alur");
    const page = await sigap.newPage({ phone: true });
    await page.goto(sigap.url);
    await page.getByRole("link", { name: "Buat Aduan" }).click();
    await page.getByRole("heading", { name: "Formulir Aduan Siber" }).waitFor();
    await page.getByLabel("Nama lengkap").fill("Ni Luh Putu Sari");
    await page.getByLabel("Kategori pelapor").selectOption("public");
    await page.getByLabel("Email").fill("luhputu.sari@example.org");
    await page.getByLabel("Judul / hal").fill(TITLE);
    await page.getByLabel("Jenis insiden").selectOption("JUD");
    await page
      .getByLabel("Deskripsi kejadian")
      .fill("Sejak pagi halaman berita berisi tautan slot gacor yang mengarah ke situs judi.");
    await page.getByLabel("Alamat (URL) yang terdampak").fill(`${cast.applicationUrl}/berita`);
    await page.getByLabel(/Saya menyatakan bahwa data/).check();
    await page.getByLabel(/Saya menyetujui pemrosesan/).check();
    await fitsPhone(page);
    await snap(page, "flow-01-report-form-phone");
    await page.getByRole("button", { name: "Kirim Aduan" }).click();
    await page.getByRole("heading", { name: "Aduan terkirim" }).waitFor();
    reportCode = (await page.getByTestId("ticket-code").textContent()) ?? "";
    expect(reportCode).toMatch(/^DPS-CSIRT-\d{4}-\d+$/);
    await snap(page, "flow-02-confirmation-phone");

    await page.getByRole("link", { name: "Buka halaman pelacakan" }).click();
    await page.getByTestId("report-status").waitFor();
    trackingUrl = page.url();
    expect(trackingUrl).toContain("#token=");
    expect(await page.getByTestId("report-status").textContent()).toMatch(/Diterima|Diteruskan ke CSIRT/);
    await fitsPhone(page);
    await snap(page, "flow-03-tracking-received-phone");
  });

  it("2. the intake desk forwards it to the CSIRT from the inbox", async () => {
    const page = await sigap.loginPage(cast.intake);
    await page.waitForURL(/\/console\/inbox$/);
    const inbox = page.getByTestId("inbox-table");
    await inbox.getByRole("link", { name: TITLE }).waitFor();
    await snap(page, "flow-04-console-inbox");
    await page.getByRole("button", { name: `Teruskan aduan ${reportCode} ke CSIRT` }).click();
    const forward = page.getByRole("dialog", { name: "Teruskan ke CSIRT" });
    await forward.getByLabel("Disposisi").fill("Kepada tim web admin, segera diverifikasi");
    await forward.getByLabel("Analis yang memverifikasi").selectOption(String(cast.analyst.id));
    await snap(page, "flow-05-console-forward-dialog");
    await forward.getByRole("button", { name: "Teruskan" }).click();
    await page.getByText(`Aduan ${reportCode} diteruskan ke CSIRT.`).waitFor();
    await inbox.getByRole("link", { name: TITLE }).waitFor({ state: "detached" });

    incidentId = await incidentOf(await apiAs(sigap, cast.intake), reportCode);
  });

  it("3. an analyst verifies (valid), plans the mitigation, handles and escalates to BSSN", async () => {
    const page = await sigap.loginPage(cast.analyst);
    await page.getByRole("navigation", { name: "Menu konsol" }).getByRole("link", { name: "Papan" }).click();
    const card = page
      .getByTestId("board")
      .locator('[data-step="verify"]')
      .getByTestId("incident-card")
      .filter({ hasText: TITLE });
    await card.waitFor();
    await snap(page, "flow-06-console-board");
    await card.click();
    await page.waitForURL(new RegExp(`/console/incidents/${incidentId}$`));
    incidentCode = ((await page.getByTestId("incident-code").textContent()) ?? "").trim();
    await currentStepIs(page, 3);

    const verify = page.locator("#step-form-verify");
    for (const [item, note] of [
      ["Identitas pelapor", "Pelapor dihubungi lewat e-mail, identitas jelas"],
      ["Jenis insiden", "Tautan judi tersembunyi di halaman berita"],
      ["Lokasi server", "Pusat Data Pemkot, srv-web-01"],
      ["Log sistem", "Log akses: unggahan webshell lewat plugin galeri"],
    ] as const) {
      await verify.getByLabel(item, { exact: true }).check();
      await verify.getByLabel(`Catatan: ${item}`).fill(note);
    }
    await verify.getByLabel("Jenis insiden terkonfirmasi").selectOption("JUD");
    await verify.getByLabel("Dampak (1–5)").selectOption("4");
    await verify.getByLabel("Kemungkinan (1–5)").selectOption("4");
    await verify.getByLabel("Lokasi server yang terkonfirmasi").selectOption("city_dc");
    await toTop(page);
    await snap(page, "flow-07-console-verify");
    await verify.getByRole("button", { name: "Simpan verifikasi" }).click();
    await currentStepIs(page, 4);

    const mitigate = page.locator("#step-form-mitigate");
    await mitigate
      .getByLabel("Strategi penanganan sementara")
      .fill("Situs diganti halaman pemeliharaan, IP penyerang diblokir.");
    await mitigate.getByLabel("Jenis tindakan 1").selectOption("maintenance_page");
    await mitigate.getByLabel("Status tindakan 1").selectOption("done");
    await mitigate.getByRole("button", { name: "Tambah tindakan" }).click();
    await mitigate.getByLabel("Jenis tindakan 2").selectOption("block_ip");
    await mitigate.getByRole("button", { name: "Simpan rencana mitigasi" }).click();
    await currentStepIs(page, 5);

    const handle = page.locator("#step-form-handle");
    await handle
      .getByLabel("Yang dilakukan (catatan 1)")
      .fill("Webshell dihapus; konten judi muncul lagi setelah 2 jam.");
    await handle.getByLabel("Tidak dapat ditangani").check();
    await handle.getByLabel("Hal yang tidak dapat ditangani").fill("Injeksi berulang, butuh analisis forensik.");
    await handle.getByRole("button", { name: "Tambah eskalasi" }).click();
    await handle.getByLabel(/^Tujuan eskalasi 1/).selectOption("bssn");
    await handle.getByLabel("Organisasi tujuan eskalasi 1").selectOption({ label: cast.bssnOrg.name });
    await handle.getByLabel("Alasan eskalasi 1").fill("Injeksi konten judi berulang, butuh dukungan forensik.");
    await handle.getByLabel("Cara penyerahan eskalasi 1").selectOption("email");
    await toTop(page);
    await snap(page, "flow-08-console-handle");
    await handle.getByRole("button", { name: "Simpan laporan penanganan" }).click();
    await currentStepIs(page, 6);
    await page.getByTestId("escalations").getByText(cast.bssnOrg.name, { exact: false }).waitFor();
  });

  it("4. the lead sends the analysis with recommendations", async () => {
    const page = await sigap.loginPage(cast.lead);
    await page.goto(`${sigap.url}/console/incidents/${incidentId}`);
    await currentStepIs(page, 6);
    const analyse = page.locator("#step-form-analyse");
    await analyse.getByLabel("Akar masalah").fill("Plugin galeri CMS versi lama dengan celah unggah berkas.");
    await analyse.getByLabel(/^Dampak/).fill("Reputasi Pemerintah Kota; pengunjung diarahkan ke situs judi.");
    await analyse.getByLabel("Isi rekomendasi 1").fill("Perbarui CMS dan seluruh plugin ke versi terbaru");
    await analyse.getByLabel("Pelaksana rekomendasi 1").selectOption("developer");
    await analyse.getByLabel("Tenggat rekomendasi 1").fill("2027-01-15");
    await analyse.getByRole("button", { name: "Tambah rekomendasi" }).click();
    await analyse.getByLabel("Isi rekomendasi 2").fill("Ganti kata sandi semua akun admin CMS dan aktifkan 2FA");
    await analyse.getByLabel("Pelaksana rekomendasi 2").selectOption("agency");
    await analyse.getByLabel("Tenggat rekomendasi 2").fill("2027-01-31");
    await analyse.getByLabel(cast.upstreamOrg.name).check();
    await toTop(page);
    await snap(page, "flow-09-console-analyse");
    await analyse.getByRole("button", { name: "Kirim laporan analisis" }).click();
    await currentStepIs(page, 7);
    await page.getByTestId("recommendations").getByText("Perbarui CMS dan seluruh plugin ke versi terbaru").waitFor();
  });

  it("5. the upstream CSIRT confirms in its portal", async () => {
    const page = await sigap.loginPage(cast.upstream, { phone: true });
    await page.waitForURL(/\/partner$/);
    const card = page.locator(`[data-testid="partner-incident"][data-code="${incidentCode}"]`);
    await card.getByTestId("awaiting-you").waitFor();
    await card.getByRole("link", { name: incidentCode }).click();
    await page.getByTestId("analysis").getByText("Plugin galeri CMS versi lama").waitFor();
    await page.getByLabel("Konfirmasi").fill("BaliProv-CSIRT mengonfirmasi insiden dan menyetujui rekomendasi.");
    await page.getByRole("button", { name: "Tambah rekomendasi" }).click();
    await page.getByLabel("Isi rekomendasi tambahan 1").fill("Pasang web application firewall di depan portal");
    await page.getByTestId("upstream-recommendation-1").getByLabel("Pelaksana").selectOption("developer");
    await page.getByTestId("upstream-recommendation-1").getByLabel("Tenggat").fill("2027-01-15");
    await fitsPhone(page);
    await snap(page, "flow-10-partner-upstream-phone");
    await page.getByRole("button", { name: "Kirim tindak lanjut" }).click();
    await page.getByTestId("step-done").waitFor();
  });

  it("6. the lead issues a signed link, and the agency officer coordinates through it without an account", async () => {
    const lead = await sigap.loginPage(cast.lead);
    await lead.goto(`${sigap.url}/console/incidents/${incidentId}`);
    await currentStepIs(lead, 8);
    await lead.getByRole("button", { name: "Buat tautan" }).click();
    const url = ((await lead.getByTestId("access-link-url").textContent()) ?? "").trim();
    expect(url).toMatch(/\/partner\/links\//);
    await toTop(lead);
    await snap(lead, "flow-11-console-access-link");

    const page = await sigap.newPage({ phone: true });
    await page.goto(sigap.url + linkPath(url));
    await page.getByTestId("incident-code").getByText(incidentCode).waitFor();
    await page.getByLabel("Hasil koordinasi").fill("Rapat dengan PT Bali Digital Solusi: perbaikan disanggupi.");
    await page.getByLabel("Cara koordinasi").selectOption("meeting");
    await fitsPhone(page);
    await snap(page, "flow-12-partner-link-agency-phone");
    await page.getByRole("button", { name: "Kirim hasil koordinasi" }).click();
    await page.getByTestId("step-done").waitFor();
  });

  it("7. the developer replies per recommendation, after switching the portal to English", async () => {
    const page = await sigap.loginPage(cast.developer);
    await page.waitForURL(/\/partner$/);
    await page.getByRole("heading", { name: "Tugas untuk Anda" }).waitFor();
    await page.getByTestId("language-switch").getByText("EN").click();
    await page.getByRole("heading", { name: "Your tasks" }).waitFor();
    await page.getByRole("link", { name: incidentCode }).click();
    await page.getByRole("heading", { name: /^Your step: / }).waitFor();
    const first = page.getByTestId("reply-1");
    await first.getByLabel("Done", { exact: true }).check();
    await first.getByLabel("Steps taken").fill("CMS and 14 plugins updated; the gallery plugin was replaced.");
    await first.getByLabel("Evidence", { exact: true }).fill("Release notes v2.8.1");
    const third = page.getByTestId("reply-3");
    await third.getByLabel("In progress", { exact: true }).check();
    await third.getByLabel("Steps taken").fill("A WAF is being procured.");
    await snap(page, "flow-13-partner-developer-en");
    await page.getByRole("button", { name: "Send the reply" }).click();
    await page.getByTestId("step-done").waitFor();
    await page.getByTestId("language-switch").getByText("ID").click();
    await page.getByRole("heading", { name: "Rincian insiden" }).waitFor();
  });

  it("8. the analyst's final report closes the incident, and the citizen sees it done", async () => {
    const analyst = await sigap.loginPage(cast.analyst);
    await analyst.goto(`${sigap.url}/console/incidents/${incidentId}`);
    await currentStepIs(analyst, 10);
    // The developer's replies are on the incident page for the report.
    await analyst.getByTestId("recommendations").getByText("A WAF is being procured.").waitFor();
    const final = analyst.locator("#step-form-final");
    await final
      .getByLabel("Ringkasan laporan penanganan")
      .fill("Injeksi konten judi pada Portal Dinas Kesehatan ditangani bersama BSSN dan pengembang.");
    await final.getByLabel("Pelajaran yang dipetik").fill("Pembaruan CMS dan plugin wajib dijadwalkan bulanan.");
    await final.getByRole("button", { name: "Simpan laporan akhir dan tutup insiden" }).click();
    await analyst.getByTestId("current-step").waitFor({ state: "detached" });
    await toTop(analyst);
    await snap(analyst, "flow-14-console-closed");

    // What the screens said is what the database holds: every step done, the partners' answers on record.
    const lead = await apiAs(sigap, cast.lead);
    const detail = await lead.request<{
      incident: { status: string; outcome: string };
      stepRuns: Array<{ stepCode: string; status: string; completedBy: string | null }>;
      recommendations: Array<{ number: number; source: string; status: string }>;
      escalations: Array<{ target: string }>;
    }>("GET", `/api/v1/incidents/${incidentId}`);
    expect(detail.incident).toMatchObject({ status: "closed", outcome: "resolved" });
    expect(detail.stepRuns.map((r) => `${r.stepCode}:${r.status}`)).toEqual([
      "receive:done",
      "forward:done",
      "verify:done",
      "mitigate:done",
      "handle:done",
      "analyse:done",
      "upstream_followup:done",
      "agency_coordination:done",
      "developer_reply:done",
      "final_report:done",
    ]);
    expect(detail.stepRuns.find((r) => r.stepCode === "agency_coordination")?.completedBy).toMatch(/^link:\d+$/);
    expect(detail.recommendations.map((r) => [r.number, r.source, r.status])).toEqual([
      [1, "csirt", "done"],
      [2, "csirt", "open"],
      [3, "upstream", "in_progress"],
    ]);
    expect(detail.escalations.map((e) => e.target)).toEqual(["bssn"]);

    const page = await sigap.newPage({ phone: true });
    await page.goto(trackingUrl);
    await expect.poll(() => page.getByTestId("report-status").textContent()).toBe("Selesai");
    await fitsPhone(page);
    await snap(page, "flow-15-tracking-done-phone");
  });
});
