import { describe, expect, it } from "vitest";
import { totpCode } from "../../src/auth/totp.ts";
import { loginApi } from "./api.ts";
import { E2E_TIMEOUT, snap, useSigap } from "./harness.ts";

const NEW_ADMIN_PASSWORD = "kata-sandi-admin-baru-2026";

describe("sign-in for staff and partners", { timeout: E2E_TIMEOUT }, () => {
  const sigap = useSigap();

  it("the printed administrator signs in, must change the password, then reaches the console", async () => {
    const page = await sigap.newPage();
    await page.goto(`${sigap.url}/console/users`);
    // Not signed in: the console sends to the login page, and back afterwards.
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole("heading", { name: "Masuk" }).waitFor();
    await snap(page, "login");

    await page.getByLabel("Nama pengguna").fill(sigap.admin.username);
    await page.getByLabel("Kata sandi").fill("salah-sekali-kata-sandinya");
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByTestId("error-alert").getByText("Nama pengguna atau kata sandi salah.").waitFor();

    await page.getByLabel("Kata sandi").fill(sigap.admin.password);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(/\/password$/);
    await page.getByText("Anda harus mengganti kata sandi sebelum dapat melanjutkan.").waitFor();
    await snap(page, "password-change-forced");

    // The server refuses everything else meanwhile; the console sends back here.
    await page.goto(`${sigap.url}/console`);
    await page.waitForURL(/\/password$/);

    await page.getByLabel("Kata sandi saat ini").fill(sigap.admin.password);
    await page.getByLabel(/^Kata sandi baru/).fill("pendek");
    await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await page.getByText("Kata sandi minimal 10 karakter.").waitFor();

    await page.getByLabel(/^Kata sandi baru/).fill(NEW_ADMIN_PASSWORD);
    await page.getByLabel("Ulangi kata sandi baru").fill(NEW_ADMIN_PASSWORD);
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await page.waitForURL(/\/console\/inbox$/);
    sigap.admin.password = NEW_ADMIN_PASSWORD;

    const nav = page.getByRole("navigation", { name: "Menu konsol" });
    for (const item of ["Kotak Masuk", "Papan", "Aset", "Dasbor", "Pencarian", "Pengaturan", "Pengguna"]) {
      await nav.getByRole("link", { name: item }).waitFor();
    }
    await snap(page, "console-admin");

    await nav.getByRole("link", { name: "Pengguna" }).click();
    await page.getByRole("heading", { level: 1, name: "Pengguna" }).waitFor();

    // The language switch works in the console too.
    await page.getByTestId("language-switch").getByText("EN").click();
    await page.getByRole("navigation", { name: "Console menu" }).getByRole("link", { name: "Users" }).waitFor();
    await page.getByTestId("language-switch").getByText("ID").click();

    await page.getByRole("button", { name: "Keluar" }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${sigap.url}/console`);
    await page.waitForURL(/\/login\?next=/);
  });

  it("asks for the authenticator code when the account has TOTP on", async () => {
    const analyst = await sigap.createUser("csirt", { specialty: "web_admin" });
    const own = await loginApi(sigap.url, analyst.username, analyst.password, "203.0.113.7");
    const { secret } = await own.request<{ secret: string }>("POST", "/api/v1/auth/totp/setup", {});
    await own.request("POST", "/api/v1/auth/totp/enable", { code: totpCode(secret, new Date()) });

    const page = await sigap.newPage();
    await page.goto(`${sigap.url}/login`);
    await page.getByLabel("Nama pengguna").fill(analyst.username);
    await page.getByLabel("Kata sandi").fill(analyst.password);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByLabel("Kode autentikator").waitFor();
    await snap(page, "login-totp");
    const right = totpCode(secret, new Date());
    const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
    await page.getByLabel("Kode autentikator").fill(wrong);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByTestId("error-alert").waitFor();
    await page.getByLabel("Kode autentikator").fill(totpCode(secret, new Date()));
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.waitForURL(/\/console\/inbox$/);
  });

  it("shows each role only the console pages its abilities allow", async () => {
    const intake = await sigap.createUser("intake");
    const page = await sigap.loginPage(intake);
    await page.waitForURL(/\/console\/inbox$/);
    const nav = page.getByRole("navigation", { name: "Menu konsol" });
    await nav.getByRole("link", { name: "Kotak Masuk" }).waitFor();
    expect(await nav.getByRole("link", { name: "Pengguna" }).count()).toBe(0);
    expect(await nav.getByRole("link", { name: "Pengaturan" }).count()).toBe(0);
    await snap(page, "console-intake");
  });

  it("lets a signed-in staff member file a report on the public form (the session's CSRF token goes along)", async () => {
    const intake = await sigap.createUser("intake");
    const page = await sigap.loginPage(intake);
    await page.goto(`${sigap.url}/aduan`);
    await page.getByLabel("Nama lengkap").fill("Warga lewat telepon");
    await page.getByLabel("Kategori pelapor").selectOption("public");
    await page.getByLabel("Telepon / WhatsApp").fill("0812 3456 7890");
    await page.getByLabel("Judul / hal").fill("Situs kelurahan tidak bisa dibuka");
    await page.getByLabel("Deskripsi kejadian").fill("Dilaporkan warga lewat telepon.");
    await page.getByLabel(/Saya menyatakan bahwa data/).check();
    await page.getByLabel(/Saya menyetujui pemrosesan/).check();
    await page.getByRole("button", { name: "Kirim Aduan" }).click();
    await page.getByTestId("ticket-code").waitFor();
  });

  it("sends a partner (agency officer) to the partner portal, never the console", async () => {
    const agency = await sigap.createUser("agency");
    const page = await sigap.loginPage(agency, { phone: true });
    await page.waitForURL(/\/partner$/);
    await page.getByRole("heading", { name: "Tugas untuk Anda" }).waitFor();
    await snap(page, "partner-home-phone");
    await page.goto(`${sigap.url}/console/board`);
    await page.waitForURL(/\/partner$/);
  });
});
