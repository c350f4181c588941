import { describe, expect, it } from "vitest";
import type { ApiSession, E2eUser } from "./api.ts";
import { loginApi } from "./api.ts";
import { E2E_PASSWORD, E2E_TIMEOUT, snap, useSigap } from "./harness.ts";

/** Screenshots at 1280×800, a common office laptop. */
const DESKTOP_800 = { width: 1280, height: 800 };

/*
 * The intake desk and the analysts' console pages in Chromium: recording a letter with its scan,
 * forwarding and merging web reports from the inbox, asking a reporter a question, search with a
 * highlighted snippet (markup stays text), and the dashboard's charts with their tables.
 */

let clientCounter = 0;

/** Files a report on the public API as a citizen would (each from an address of its own). */
async function fileWebReport(url: string, fields: { title: string; description: string }): Promise<{ code: string }> {
  const response = await fetch(`${url}/api/v1/public/reports`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `192.0.2.${++clientCounter}` },
    body: JSON.stringify({
      reporter: { name: "Wayan Warga", kind: "public", email: "wayan@example.org" },
      ...fields,
      affected: { url: "https://dukcapil.denpasarkota.go.id/" },
      consent: true,
      truthful: true,
    }),
  });
  if (response.status !== 201) throw new Error(`public report → ${response.status} ${await response.text()}`);
  return (await response.json()) as { code: string };
}

interface ReportRow {
  id: number;
  code: string;
  incidentId: number;
  status: string;
}

describe("the intake desk's and analysts' console pages", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();
  let intake: E2eUser;
  let intakeApi: ApiSession;

  const reportByCode = async (code: string): Promise<ReportRow> => {
    const page = await intakeApi.request<{ items: ReportRow[] }>("GET", "/api/v1/reports?limit=200");
    const row = page.items.find((r) => r.code === code);
    if (!row) throw new Error(`report ${code} not listed`);
    return row;
  };

  it("records a letter report with its scan and shows it with the letter and the file", async () => {
    intake = await sigap.createUser("intake");
    intakeApi = await loginApi(sigap.url, intake.username, E2E_PASSWORD, "203.0.113.60");
    const page = await sigap.loginPage(intake);
    await page.setViewportSize(DESKTOP_800);
    await page.waitForURL(/\/console\/inbox$/);
    await page.getByRole("link", { name: "Catat aduan surat/telepon" }).click();
    await page.getByRole("heading", { level: 1, name: "Catat aduan surat atau telepon" }).waitFor();

    // Nothing is sent while the form is missing what the server needs.
    await page.getByRole("button", { name: "Catat aduan" }).click();
    await page.getByText("Aduan surat memerlukan pindaian suratnya.").waitFor();
    expect(await page.getByText("Wajib diisi.").count()).toBeGreaterThanOrEqual(5);
    expect(await page.evaluate("document.activeElement?.getAttribute('aria-invalid')")).toBe("true");

    await page.getByLabel("Nomor surat").fill("005/217/Disdik/2026");
    await page.getByLabel("Tanggal surat").fill("2026-11-20");
    await page.getByLabel("Pengirim surat").fill("Dinas Pendidikan Kota Denpasar");
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({
        name: "surat-disdik.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
      });
    await page.getByLabel("Nama lengkap").fill("Kepala Dinas Pendidikan");
    await page.getByLabel("Kategori pelapor").selectOption({ label: "ASN / Perangkat Daerah" });
    await page.getByLabel("Judul / hal").fill("Laman PPDB menampilkan iklan judi");
    await page
      .getByLabel("Deskripsi kejadian")
      .fill("Surat melaporkan laman PPDB berisi tautan slot gacor sejak Senin.");
    await snap(page, "console-inbox-record");
    await page.getByRole("button", { name: "Catat aduan" }).click();
    await page.getByRole("heading", { level: 1, name: "Aduan tercatat" }).waitFor();
    const code = (await page.getByTestId("recorded-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^DPS-CSIRT-\d{4}-\d{6}$/);
    await snap(page, "console-inbox-recorded");

    const row = await reportByCode(code);
    const detail = await intakeApi.request<{
      report: { channel: string; letter: { number: string; sender: string } };
      attachments: Array<{ kind: string; filename: string }>;
    }>("GET", `/api/v1/reports/${row.id}`);
    expect(detail.report.channel).toBe("letter");
    expect(detail.report.letter).toMatchObject({
      number: "005/217/Disdik/2026",
      sender: "Dinas Pendidikan Kota Denpasar",
    });
    expect(detail.attachments).toEqual([
      expect.objectContaining({ kind: "letter_scan", filename: "surat-disdik.pdf" }),
    ]);

    await page.getByRole("link", { name: "Buka aduan" }).click();
    await page.getByRole("heading", { level: 1, name: "Laman PPDB menampilkan iklan judi" }).waitFor();
    await page.getByText("005/217/Disdik/2026").waitFor();
    await page.getByRole("link", { name: "surat-disdik.pdf" }).waitFor();
    await page.getByText("Kepala Dinas Pendidikan").waitFor();
  });

  it("forwards a web report from the inbox, asks a reporter a question and merges a duplicate", async () => {
    const analyst = await sigap.createUser("csirt", { specialty: "web_admin" });
    const first = await fileWebReport(sigap.url, {
      title: "Situs Dukcapil dideface",
      description: "Halaman depan dukcapil berganti gambar peretas.",
    });
    const duplicate = await fileWebReport(sigap.url, {
      title: "Dukcapil kena hack",
      description: "Web dukcapil tampil aneh, sepertinya diretas.",
    });
    const page = await sigap.loginPage(intake);
    await page.setViewportSize(DESKTOP_800);
    await page.goto(`${sigap.url}/console/inbox`);
    const inbox = page.getByTestId("inbox-table");
    await inbox.getByRole("link", { name: "Situs Dukcapil dideface" }).waitFor();
    await inbox.getByText("Wayan Warga").first().waitFor();
    await snap(page, "console-inbox");

    await page.getByRole("button", { name: `Teruskan aduan ${first.code} ke CSIRT` }).click();
    const forward = page.getByRole("dialog", { name: "Teruskan ke CSIRT" });
    await forward.getByLabel("Disposisi").fill("Kepada tim web admin, segera diverifikasi");
    await forward.getByLabel("Analis yang memverifikasi").selectOption(String(analyst.id));
    await forward.getByRole("button", { name: "Teruskan" }).click();
    await page.getByText(`Aduan ${first.code} diteruskan ke CSIRT.`).waitFor();
    await inbox.getByRole("link", { name: "Situs Dukcapil dideface" }).waitFor({ state: "detached" });

    const forwarded = await reportByCode(first.code);
    expect(forwarded.status).toBe("verifying");
    const { incident } = await intakeApi.request<{
      incident: { currentStep: { code: string } | null; assignee: { id: number } | null };
    }>("GET", `/api/v1/incidents/${forwarded.incidentId}`);
    expect(incident.currentStep?.code).toBe("verify");
    expect(incident.assignee?.id).toBe(analyst.id);

    // The duplicate: its reporter is asked a question, then it joins the first incident.
    await inbox.getByRole("link", { name: "Dukcapil kena hack" }).click();
    await page.getByRole("heading", { level: 1, name: "Dukcapil kena hack" }).waitFor();
    await page.getByText("wayan@example.org").waitFor();
    await page.getByRole("textbox", { name: "Isi" }).fill("Kapan pertama kali Anda melihat tampilan aneh itu?");
    await page.getByRole("button", { name: "Kirim ke pelapor" }).click();
    await page.getByText("Kapan pertama kali Anda melihat tampilan aneh itu?").last().waitFor();
    await snap(page, "console-inbox-report");

    await page.getByRole("button", { name: "Gabungkan (duplikat)" }).click();
    const merge = page.getByRole("dialog", { name: "Gabungkan sebagai duplikat" });
    await merge.getByLabel("Cari insiden tujuan").fill(first.code);
    await merge.getByRole("radio", { name: new RegExp(first.code) }).check();
    await merge.getByRole("button", { name: "Gabungkan" }).click();
    await page.getByText(`Aduan ${duplicate.code} digabungkan ke ${first.code}.`).waitFor();
    const merged = await reportByCode(duplicate.code);
    expect(merged).toMatchObject({ status: "merged", incidentId: forwarded.incidentId });
    const messages = await intakeApi.request<{
      messages: Array<{ body: string; isQuestion: boolean; visibility: string }>;
    }>("GET", `/api/v1/reports/${merged.id}`);
    expect(messages.messages).toContainEqual(
      expect.objectContaining({
        body: "Kapan pertama kali Anda melihat tampilan aneh itu?",
        isQuestion: true,
        visibility: "public",
      }),
    );
  });

  it("finds a report by a word in its description, the word marked and markup left as text", async () => {
    await fileWebReport(sigap.url, {
      title: "Formulir perizinan lambat",
      description: 'Muncul teks zanzibarku <b>tebal</b> <img src=x onerror="alert(1)"> di halaman izin.',
    });
    const page = await sigap.loginPage(intake);
    await page.setViewportSize(DESKTOP_800);
    await page.getByRole("navigation", { name: "Menu konsol" }).getByRole("link", { name: "Pencarian" }).click();
    await page.getByLabel("Kata kunci").fill("zanzibar");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await page.waitForURL(/\/console\/search\?q=zanzibar$/);
    const results = page.getByTestId("search-results");
    await results.getByText("Formulir perizinan lambat").waitFor();
    const snippet = results.getByTestId("search-snippet");
    expect(await snippet.locator("mark").allTextContents()).toEqual(["zanzibarku"]);
    await snippet.getByText('<b>tebal</b> <img src=x onerror="alert(1)">', { exact: false }).waitFor();
    expect(await snippet.locator("b, img").count()).toBe(0);
    await snap(page, "console-search");

    // Filters narrow it: it is open and not late yet; no closed incident has the word.
    await page.getByLabel("Status").selectOption({ label: "Ditutup" });
    await page.getByText("Tidak ada insiden yang cocok.").waitFor();
    await page.getByLabel("Status").selectOption({ label: "Terbuka" });
    await results.getByText("Formulir perizinan lambat").waitFor();
    expect(page.url()).toMatch(/status=open/);
  });

  it("shows the dashboard's charts, each also as a table", async () => {
    const lead = await sigap.createUser("csirt_lead");
    const leadApi = await loginApi(sigap.url, lead.username, E2E_PASSWORD, "203.0.113.61");
    const figures = await leadApi.request<{
      totals: { cases: number };
      byMonth: Array<{ month: string; count: number }>;
    }>("GET", "/api/v1/figures");
    const thisMonth = figures.byMonth.at(-1)!;
    expect(thisMonth.count).toBeGreaterThanOrEqual(3);
    const page = await sigap.loginPage(lead);
    await page.setViewportSize(DESKTOP_800);
    await page.goto(`${sigap.url}/console/dashboard`);
    await page.getByRole("heading", { level: 1, name: "Dasbor" }).waitFor();
    const byMonth = page.getByTestId("chart-by-month");
    await byMonth.locator("svg.recharts-surface").waitFor();
    for (const id of ["chart-by-type", "chart-by-agency", "chart-by-severity", "chart-compliance", "chart-open-work"]) {
      await page.getByTestId(id).locator("svg.recharts-surface").first().waitFor();
    }
    expect(await page.getByTestId("total-cases").textContent()).toBe(String(figures.totals.cases));
    await page.waitForTimeout(800); // the charts' entry animation
    await snap(page, "console-dashboard");

    await byMonth.getByText("Tabel", { exact: true }).click();
    expect(await byMonth.getByRole("radio", { name: "Tabel" }).isChecked()).toBe(true);
    const table = byMonth.getByRole("table");
    await table.waitFor();
    const [year, month] = thisMonth.month.split("-").map(Number) as [number, number];
    const label = new Intl.DateTimeFormat("id-ID", { month: "short", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(year, month - 1, 1)),
    );
    expect(await table.getByRole("row", { name: label }).getByRole("cell").textContent()).toBe(String(thisMonth.count));
    const openWork = page.getByTestId("chart-open-work");
    await openWork.getByText("Tabel", { exact: true }).click();
    await openWork.getByRole("rowheader", { name: /^3\. Verifikasi/ }).waitFor();
    await page.evaluate("window.scrollTo(0, 0)");
    await snap(page, "console-dashboard-tables");
  });
});
