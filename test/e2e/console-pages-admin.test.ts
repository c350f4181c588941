import { expect, describe, it } from "vitest";
import type { Page } from "playwright-core";
import type { Role } from "../../src/core/roles.ts";
import { loginApi } from "./api.ts";
import { E2E_TIMEOUT, snap, useSigap } from "./harness.ts";

/** Screenshots at 1280×800, a common office laptop. */
const DESKTOP_800 = { width: 1280, height: 800 };

/*
 * The administrator's console pages in Chromium: users of every role made on the Users page, the
 * asset register's CSV import (a row error in the reader's language, then success) and the
 * server → applications view, and the settings with their live preview and listed problems.
 */

/** A new user of `role` made through the dialog; returns the password the page showed once. */
async function createUserInPage(
  page: Page,
  user: { role: string; username: string; name: string; specialty?: string; organisation?: string },
): Promise<string> {
  await page.getByRole("button", { name: "Buat pengguna" }).click();
  const dialog = page.getByRole("dialog", { name: "Buat pengguna" });
  await dialog.getByLabel("Peran").selectOption({ label: user.role });
  await dialog.getByLabel("Nama pengguna").fill(user.username);
  await dialog.getByLabel(/^Nama( \*)?$/).fill(user.name);
  if (user.specialty) await dialog.getByLabel("Keahlian (tim)").selectOption({ label: user.specialty });
  if (user.organisation) await dialog.getByLabel("Organisasi").selectOption({ label: user.organisation });
  await dialog.getByRole("button", { name: "Buat pengguna" }).click();
  const shown = page.getByRole("dialog", { name: `Pengguna ${user.name} dibuat` });
  const password = (await shown.getByTestId("generated-password").textContent())?.trim() ?? "";
  await shown.getByRole("button", { name: "Sudah dicatat" }).click();
  await shown.waitFor({ state: "detached" });
  return password;
}

describe("the administrator's console pages", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();

  it("creates a user of each role on the Users page, shows each password once, disables and resets", async () => {
    const api = await sigap.adminApi();
    await api.createOrganisation("agency", "Dinas Kominfo Uji");
    await api.createOrganisation("vendor", "PT Pengembang Uji");
    await api.createOrganisation("upstream", "BaliProv-CSIRT Uji");
    const page = await sigap.loginPage(sigap.admin);
    await page.setViewportSize(DESKTOP_800);
    await page.getByRole("navigation", { name: "Menu konsol" }).getByRole("link", { name: "Pengguna" }).click();
    await page.getByRole("heading", { level: 1, name: "Pengguna" }).waitFor();

    // The form asks for what the role needs before anything is sent.
    await page.getByRole("button", { name: "Buat pengguna" }).click();
    const dialog = page.getByRole("dialog", { name: "Buat pengguna" });
    await dialog.getByLabel("Peran").selectOption({ label: "Perangkat Daerah" });
    await dialog.getByRole("button", { name: "Buat pengguna" }).click();
    expect(await dialog.getByText("Wajib diisi.").count()).toBe(3); // username, name, organisation
    await snap(page, "console-users-create");
    await dialog.getByRole("button", { name: "Batal" }).click();

    const people: Array<{ role: Role; label: string; specialty?: string; organisation?: string }> = [
      { role: "intake", label: "Petugas Penerima Aduan (DKIS)" },
      { role: "csirt", label: "Analis CSIRT", specialty: "Web admin" },
      { role: "csirt_lead", label: "Koordinator CSIRT" },
      { role: "agency", label: "Perangkat Daerah", organisation: "Dinas Kominfo Uji" },
      { role: "developer", label: "Pengembang", organisation: "PT Pengembang Uji" },
      { role: "upstream", label: "CSIRT Hulu (Prov/BSSN)", organisation: "BaliProv-CSIRT Uji" },
      { role: "viewer", label: "Pimpinan (baca saja)" },
      { role: "admin", label: "Administrator" },
    ];
    const passwords = new Map<Role, string>();
    for (const person of people) {
      const username = `ui-${person.role.replace("_", "-")}`;
      const password = await createUserInPage(page, {
        role: person.label,
        username,
        name: `Uji ${person.label}`,
        specialty: person.specialty,
        organisation: person.organisation,
      });
      expect(password.length).toBeGreaterThanOrEqual(10);
      passwords.set(person.role, password);
    }
    const table = page.getByTestId("users-table");
    for (const person of people)
      await table.getByText(`ui-${person.role.replace("_", "-")}`, { exact: true }).waitFor();
    await table.getByText("Dinas Kominfo Uji").waitFor();
    await snap(page, "console-users");

    // The server holds what the page sent: roles, organisations, the analyst's specialty.
    const listed = await api.request<{
      items: Array<{
        username: string;
        role: string;
        specialty: string | null;
        organisationId: number | null;
        mustChangePassword: boolean;
      }>;
    }>("GET", "/api/v1/users?q=ui-&pageSize=50");
    const byName = new Map(listed.items.map((u) => [u.username, u]));
    expect([...byName.keys()].sort()).toEqual(people.map((p) => `ui-${p.role.replace("_", "-")}`).sort());
    expect(byName.get("ui-csirt")).toMatchObject({ role: "csirt", specialty: "web_admin", organisationId: null });
    expect(byName.get("ui-agency")?.organisationId).not.toBeNull();
    expect(byName.get("ui-viewer")?.mustChangePassword).toBe(true);

    // The password shown once works, and the new user must choose their own.
    const intake = await loginApi(sigap.url, "ui-intake", passwords.get("intake")!, "203.0.113.40");
    expect(intake.mustChangePassword).toBe(true);

    // Disabling asks first; a disabled account cannot sign in.
    await page.getByRole("button", { name: "Nonaktifkan ui-viewer" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
    await page.getByRole("button", { name: "Aktifkan ui-viewer" }).waitFor();
    await expect(loginApi(sigap.url, "ui-viewer", passwords.get("viewer")!, "203.0.113.41")).rejects.toThrow(/401|403/);

    // A reset shows the new password once; the old one stops working.
    await page.getByRole("button", { name: "Atur ulang kata sandi ui-csirt", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
    const shown = page.getByRole("dialog", { name: "Kata sandi baru" });
    const fresh = (await shown.getByTestId("generated-password").textContent())?.trim() ?? "";
    await shown.getByRole("button", { name: "Sudah dicatat" }).click();
    expect(fresh).not.toBe(passwords.get("csirt"));
    await expect(loginApi(sigap.url, "ui-csirt", passwords.get("csirt")!, "203.0.113.42")).rejects.toThrow(/401/);
    expect((await loginApi(sigap.url, "ui-csirt", fresh, "203.0.113.43")).mustChangePassword).toBe(true);
  });

  it("imports assets from CSV: a row error in the reader's language, then the corrected file", async () => {
    await sigap.adminApi();
    const page = await sigap.loginPage(sigap.admin);
    await page.setViewportSize(DESKTOP_800);
    await page.goto(`${sigap.url}/console/assets/import`);
    await page.getByRole("tab", { name: "Impor CSV", selected: true }).waitFor();
    const header = "application,urls,owner_agency,developer,iiv,server,server_addresses,server_location";
    const bad = [
      header,
      "SIAK,https://siak.denpasarkota.go.id,Disdukcapil,PT Maju Jaya,ya,srv-pdn-01,10.1.0.11,pdn",
      "E-Kinerja,https://ekinerja.denpasarkota.go.id,Diskominfo,,mungkin,srv-pdn-01,,",
    ].join("\n");
    const file = page.locator('input[type="file"]');
    await file.setInputFiles({ name: "aset.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    const problems = page.getByTestId("import-problems");
    await problems.getByText("Baris 3: kolom 'iiv' harus 'ya' atau 'tidak'; tertulis 'mungkin'.").waitFor();
    await snap(page, "console-assets-import-error");

    // The same file read by someone working in English gets the problem in English.
    await page.getByTestId("language-switch").getByText("EN").click();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await problems.getByText(/^Row 3: /).waitFor();
    await page.getByTestId("language-switch").getByText("ID").click();
    const api = await sigap.adminApi();
    expect((await api.request<{ total: number }>("GET", "/api/v1/applications")).total).toBe(0);

    await file.setInputFiles({
      name: "aset.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bad.replace(",mungkin,", ",tidak,")),
    });
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    await page.getByText("Aplikasi: 2 baru, 0 diubah, 0 tetap.").waitFor();
    await page.getByText("Organisasi baru: Disdukcapil, PT Maju Jaya, Diskominfo.").waitFor();
    await snap(page, "console-assets-import");

    await page.getByRole("tab", { name: "Aplikasi" }).click();
    const apps = page.getByTestId("applications-table");
    await apps.getByText("https://siak.denpasarkota.go.id").waitFor();
    await apps.getByRole("row", { name: /SIAK/ }).getByText("IIV").waitFor();
    await snap(page, "console-assets-applications");

    // An application's page names the co-tenants at risk on its servers.
    await apps.getByRole("button", { name: "SIAK", exact: true }).click();
    const drawer = page.getByRole("dialog", { name: "SIAK" });
    await drawer.getByText("E-Kinerja").waitFor();
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });

    // The server → applications view: both applications run on srv-pdn-01.
    await page.getByRole("tab", { name: "Server" }).click();
    await page.getByRole("button", { name: "Aplikasi di server srv-pdn-01" }).click();
    const onServer = page.getByTestId("server-applications");
    await onServer.getByText("SIAK").waitFor();
    await onServer.getByText("E-Kinerja").waitFor();
    await page.waitForTimeout(500); // the drawer's slide-in
    await snap(page, "console-assets-server");
    await page.keyboard.press("Escape");

    // Organisations: the importer made three; the administrator adds an upstream CSIRT by hand.
    await page.getByRole("tab", { name: "Organisasi" }).click();
    await page.getByRole("cell", { name: "PT Maju Jaya", exact: true }).waitFor();
    await page.getByRole("button", { name: "Tambah organisasi" }).click();
    const org = page.getByRole("dialog", { name: "Tambah organisasi" });
    await org.getByLabel(/^Nama/).fill("BSSN Gov-CSIRT");
    await org.getByLabel("Singkatan").fill("BSSN");
    await org.getByLabel("Jenis").selectOption({ label: "CSIRT hulu (Prov/BSSN)" });
    await org.getByLabel("Email").fill("bukan-email");
    await org.getByRole("button", { name: "Simpan" }).click();
    await org.getByText("Isian tidak valid.").waitFor();
    expect(await org.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
    await org.getByLabel("Email").fill("gov-csirt@bssn.go.id");
    await org.getByRole("button", { name: "Simpan" }).click();
    await page.getByRole("cell", { name: "BSSN Gov-CSIRT", exact: true }).waitFor();
    await snap(page, "console-assets-organisations");
    const orgs = await api.request<{ items: Array<{ name: string; kind: string; shortName: string | null }> }>(
      "GET",
      "/api/v1/organisations?kind=upstream",
    );
    expect(orgs.items).toContainEqual(expect.objectContaining({ name: "BSSN Gov-CSIRT", shortName: "BSSN" }));
  });

  it("edits the ticket format with a live preview, lists refused settings in the reader's language, and keeps holidays", async () => {
    await sigap.adminApi();
    const page = await sigap.loginPage(sigap.admin);
    await page.setViewportSize(DESKTOP_800);
    await page.goto(`${sigap.url}/console/settings`);
    await page.getByRole("heading", { level: 1, name: "Pengaturan" }).waitFor();
    const tickets = page.getByTestId("settings-tickets");
    const preview = tickets.getByTestId("ticket-preview");
    const year = new Date().getFullYear();
    await preview.getByText(`DPS-CSIRT-${year}-000123`).waitFor();

    await tickets.getByLabel("Format").fill("{prefix}/{year}");
    await tickets.getByText("Format harus memuat {seq}.").waitFor();
    await tickets.getByRole("button", { name: "Simpan" }).click();
    await tickets.getByTestId("settings-problems").getByText("Format nomor tiket harus memuat {seq}.").waitFor();

    await tickets.getByLabel("Format").fill("{prefix}/{seq}/{year}");
    await preview.getByText(`DPS-CSIRT/000123/${year}`).waitFor();
    await tickets.getByRole("button", { name: "Simpan" }).click();
    await page.getByText("Nomor tiket: tersimpan.").waitFor();
    const api = await sigap.adminApi();
    const saved = await api.request<{ tickets: { format: string } }>("GET", "/api/v1/settings");
    expect(saved.tickets.format).toBe("{prefix}/{seq}/{year}");

    // A SOP file the server cannot read is refused with the reason, and nothing changes.
    const sop = page.getByTestId("settings-sop");
    await sop.getByLabel("Lokasi berkas di server").fill("/tidak/ada/sop.json");
    await sop.getByRole("button", { name: "Simpan" }).click();
    await sop
      .getByTestId("settings-problems")
      .getByText("Berkas '/tidak/ada/sop.json' tidak ditemukan atau tidak dapat dibaca oleh server.")
      .waitFor();
    expect((await api.request<{ sopDefinitionFile: string }>("GET", "/api/v1/settings")).sopDefinitionFile).toBe("");

    // A holiday of the team's own, added and removed again.
    const holidays = page.getByTestId("settings-holidays");
    const form = holidays.getByRole("form", { name: "Tambah hari libur" });
    await form.getByLabel("Tanggal").fill(`${year}-10-14`);
    await form.getByLabel("Nama").fill("Hari Uji Sigap");
    await form.getByRole("button", { name: "Tambah hari libur" }).click();
    await holidays.getByRole("row", { name: /Hari Uji Sigap/ }).waitFor();
    const listed = await api.request<{ items: Array<{ date: string; kind: string }> }>(
      "GET",
      `/api/v1/holidays?year=${year}`,
    );
    expect(listed.items).toContainEqual(expect.objectContaining({ date: `${year}-10-14`, kind: "local" }));
    await page.evaluate("window.scrollTo(0, 0)");
    await snap(page, "console-settings");
    await holidays.getByRole("button", { name: "Hapus hari libur Hari Uji Sigap" }).click();
    await holidays.getByRole("row", { name: /Hari Uji Sigap/ }).waitFor({ state: "detached" });
  });
});
