import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { E2E_TIMEOUT, snap, useSigap } from "./harness.ts";

/** A real 2×2 PNG (the server checks that an image's bytes agree with its type). */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==",
  "base64",
);

const MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";

/** Picks files through the browser's file chooser, as a person does, for the file field labelled `label`. */
async function chooseFiles(
  page: Page,
  label: RegExp,
  files: Array<{ name: string; mimeType: string; buffer: Buffer }>,
) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: label }).click();
  await (await chooser).setFiles(files);
}

/** Fills the required fields of the Aduan Siber form (Indonesian labels). */
async function fillRequired(page: Page, title: string) {
  await page.getByLabel("Nama lengkap").fill("Made Wirawan");
  await page.getByLabel("Kategori pelapor").selectOption("public");
  await page.getByLabel("Email").fill("made@example.id");
  await page.getByLabel("Judul / hal").fill(title);
  await page.getByLabel("Deskripsi kejadian").fill(`Halaman berita menampilkan tautan judi online.\n${title}`);
  await page.getByLabel(/Saya menyatakan bahwa data/).check();
  await page.getByLabel(/Saya menyetujui pemrosesan/).check();
}

describe("public portal on a phone", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();

  it("a citizen files a report with a screenshot, gets the ticket code and tracks it", async () => {
    const page = await sigap.newPage({ phone: true });
    await page.goto(sigap.url);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Laporkan insiden siber");
    await page.getByText("Profil tim (RFC 2350)").waitFor();
    await snap(page, "public-landing-phone");

    await page.getByRole("link", { name: "Buat Aduan" }).click();
    await page.getByRole("heading", { name: "Formulir Aduan Siber" }).waitFor();
    await fillRequired(page, "Situs dinas disusupi judi online");
    await page.getByLabel("Alamat (URL) yang terdampak").fill("https://dinas.denpasarkota.go.id/berita");
    await page.getByLabel("Melibatkan data pribadi").check();
    await chooseFiles(page, /Berkas bukti/, [{ name: "tangkapan-layar.png", mimeType: "image/png", buffer: PNG }]);
    await page.getByText("tangkapan-layar.png (").waitFor();
    await snap(page, "public-report-form-phone");

    await page.getByRole("button", { name: "Kirim Aduan" }).click();
    await page.getByRole("heading", { name: "Aduan terkirim" }).waitFor();
    const code = (await page.getByTestId("ticket-code").textContent()) ?? "";
    expect(code).toMatch(/^DPS-CSIRT-\d{4}-\d+$/);
    await expect.poll(() => page.getByTestId("tracking-link").textContent()).toContain(`/track/${code}#token=`);
    // Nothing is wider than the phone: no sideways scrolling on the confirmation page.
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await snap(page, "public-confirmation-phone");

    await page.getByRole("link", { name: "Buka halaman pelacakan" }).click();
    await page.getByTestId("report-status").waitFor();
    expect(await page.getByTestId("tracked-code").textContent()).toBe(code);
    expect(await page.getByTestId("report-status").textContent()).toMatch(/Diterima|Diteruskan ke CSIRT/);
    expect(await page.getByTestId("report-title").textContent()).toBe("Situs dinas disusupi judi online");
    await page.getByText("tangkapan-layar.png").waitFor();
    await expect.poll(() => page.getByText(/WITA/).count()).toBeGreaterThan(0);
    await snap(page, "public-tracking-phone");

    // The reporter writes back, and the message appears in the thread.
    await page.getByLabel("Tulis jawaban atau informasi tambahan").fill("Tautan judi juga ada di halaman profil.");
    await page.getByRole("button", { name: "Kirim pesan" }).click();
    await page.getByTestId("messages").getByText("Tautan judi juga ada di halaman profil.").waitFor();
  });

  it("serves a page whose scripts are all files, so the strict CSP (script-src 'self') holds", async () => {
    const response = await fetch(`${sigap.url}/aduan`);
    const html = await response.text();
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((tag) => !/\ssrc="\/assets\//.test(tag))).toEqual([]);
  });

  it("refuses, field by field, what the server would refuse, before sending anything", async () => {
    const page = await sigap.newPage({ phone: true });
    const posts: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST") posts.push(request.url());
    });
    await page.goto(`${sigap.url}/aduan`);
    await page.getByLabel("Judul / hal").fill("x".repeat(301));
    await page.getByRole("button", { name: "Kirim Aduan" }).click();
    await page.getByTestId("form-errors").waitFor();
    await page.getByText("Terlalu panjang: paling banyak 300 karakter.").waitFor();
    await page.getByText("Isi email atau nomor telepon agar kami dapat menghubungi Anda.", { exact: true }).waitFor();
    expect(await page.getByText("Centang pernyataan ini untuk mengirim aduan.").count()).toBe(2);
    // The keyboard lands on the first field to fix.
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-invalid")')).toBe("true");
    await snap(page, "public-report-form-errors-phone");
    expect(posts).toEqual([]);
  });

  it("switches the whole interface to English and back, and remembers the choice", async () => {
    const page = await sigap.newPage();
    await page.goto(sigap.url);
    await page.getByRole("heading", { name: "Laporkan insiden siber" }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("id");

    await page.getByTestId("language-switch").getByText("EN").click();
    await page.getByRole("heading", { name: "Report a cyber incident" }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("en");
    await page.getByRole("link", { name: "Track a report" }).first().waitFor();
    await snap(page, "public-landing-english");

    await page.reload();
    await page.getByRole("heading", { name: "Report a cyber incident" }).waitFor();
    await page.getByRole("link", { name: "Report an incident" }).first().click();
    await page.getByRole("heading", { name: "Cyber Incident Report Form" }).waitFor();
    await page.getByLabel("Full name").waitFor();

    await page.getByTestId("language-switch").getByText("ID").click();
    await page.getByRole("heading", { name: "Formulir Aduan Siber" }).waitFor();
    expect(await page.evaluate('localStorage.getItem("sigap.lang")')).toBe("id");
  });

  it("shows markup in a report as inert text on the tracking page", async () => {
    const page = await sigap.newPage({ phone: true });
    await page.goto(`${sigap.url}/aduan`);
    await fillRequired(page, MARKUP);
    await page.getByRole("button", { name: "Kirim Aduan" }).click();
    await page.getByRole("heading", { name: "Aduan terkirim" }).waitFor();
    await page.getByRole("link", { name: "Buka halaman pelacakan" }).click();
    await page.getByTestId("report-status").waitFor();

    expect(await page.getByTestId("report-title").textContent()).toBe(MARKUP);
    await page.getByLabel("Tulis jawaban atau informasi tambahan").fill(MARKUP);
    await page.getByRole("button", { name: "Kirim pesan" }).click();
    await page.getByTestId("messages").getByText(MARKUP, { exact: true }).waitFor();
    // Inert: no element came from the text, and (checked after the test) no dialog opened.
    expect(await page.locator("main script, main img[src='x']").count()).toBe(0);
    await snap(page, "public-tracking-markup");
    expect(sigap.problems.dialogs).toEqual([]);
  });
});
