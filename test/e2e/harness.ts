/*
 * End-to-end harness: the real Sigap server (in-process, SQLite in a temporary folder, jobs off)
 * serving the built web app, driven by Debian's Chromium through playwright-core.
 *
 *   const sigap = useSigap();                       // in a describe(): starts/stops per file
 *   const page = await sigap.newPage({ phone: true });
 *   await page.goto(sigap.url + "/aduan");
 *   await snap(page, "report-form");
 *
 * Every page's uncaught errors, console errors and dialogs are collected; `useSigap` fails the
 * test that produced any (after it ran). For the workflow tests: `sigap.adminApi()`,
 * `api.createUser(role)`, `sigap.loginPage(user)` (a signed-in browser context per role).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { loadConfig } from "../../src/config.ts";
import type { Role } from "../../src/core/roles.ts";
import { startServer, type RunningServer } from "../../src/server.ts";
import { buildWeb, staleReason } from "../../scripts/ensure-web-build.mjs";
import { ApiSession, loginApi, type E2eUser } from "./api.ts";

export const CHROMIUM_PATH = "/usr/bin/chromium";
/** Flags from STACK.md: headless, no sandbox (containers run as root), nothing phoning home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const SCREENSHOT_DIR = resolve("test-results/screenshots");
/** A phone of the smallest common width (DESIGN: the public pages work on a 360 px phone). */
export const PHONE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 860 } as const;
/** What the administrator's password becomes when `adminApi()` does the forced change. */
export const E2E_ADMIN_PASSWORD = "admin-e2e-kata-sandi-1";
/** The password `createUser` gives every user it makes. */
export const E2E_PASSWORD = "pengguna-e2e-sandi-1";
/** Generous per-step timeouts: two cores run Chromium, the server and Vitest's other workers. */
export const E2E_TIMEOUT = 180_000;

/**
 * Builds web/dist if it is missing or stale; a lock folder keeps parallel test files from building
 * twice. Under scripts/test.sh, which built it before the run (SIGAP_E2E_WEB_BUILT), nothing is done.
 */
export async function ensureWebBuild(): Promise<void> {
  if (process.env.SIGAP_E2E_WEB_BUILT === "1" && existsSync(resolve("web/dist/index.html"))) return;
  const lock = resolve("web/.build-lock");
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any build takes.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    if (staleReason()) buildWeb();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A screenshot of the whole page, saved as test-results/screenshots/NAME.png (a test artifact). */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** What went wrong in the pages of one test: uncaught errors, console errors, dialogs, server errors. */
export interface BrowserProblems {
  errors: string[];
  dialogs: string[];
}

/**
 * Listens to a page. Chromium logs every 4xx response as a console error ("Failed to load
 * resource"), and the app expects some (401 from the session when signed out); those are left
 * out. A 5xx response, any other console error, an uncaught error or a dialog is a problem.
 */
export function watchPage(page: Page, problems: BrowserProblems): void {
  page.on("pageerror", (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    problems.errors.push(`console.error: ${text}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 500) problems.errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on("dialog", (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
}

export interface NewPageOptions {
  /** 360×740 (and a touch phone's user agent hints) instead of a desktop window. */
  phone?: boolean;
  /** The stored language choice the page starts with (default: none, i.e. Indonesian). */
  language?: "id" | "en";
}

let addressCounter = 0;
/** A client address of its own per browser context, so that per-IP rate limits (login: 10 a minute) apply per user. */
const nextClientAddress = () => `198.51.100.${(++addressCounter % 250) + 1}`;

/** A running Sigap with a browser, for one test file. */
export class Sigap {
  readonly problems: BrowserProblems = { errors: [], dialogs: [] };
  private contexts: BrowserContext[] = [];
  private adminSession: ApiSession | null = null;

  private constructor(
    readonly server: RunningServer,
    readonly browser: Browser,
    readonly dataDir: string,
    /** The first administrator as start-up printed it (the password changes with `adminApi()`). */
    readonly admin: E2eUser,
  ) {}

  /** The server's address, e.g. `http://127.0.0.1:40123`. */
  get url(): string {
    return this.server.url;
  }

  /** Starts the server on a fresh SQLite database and launches Chromium. */
  static async start(): Promise<Sigap> {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (scripts/test.sh does it when run as root)`,
      );
    }
    await ensureWebBuild();
    const dataDir = mkdtempSync(join(tmpdir(), "sigap-e2e-"));
    const config = loadConfig({
      SIGAP_DATA_DIR: dataDir,
      SIGAP_PORT: "0",
      SIGAP_HOST: "127.0.0.1",
      SIGAP_LOG_LEVEL: "silent",
      SIGAP_JOBS: "off",
      SIGAP_SMTP_PORT: "0",
      // Each browser context presents its own X-Forwarded-For, so rate limits count per user.
      SIGAP_TRUST_PROXY: "true",
    });
    const printed: string[] = [];
    const server = await startServer(config, { print: (text) => printed.push(text) });
    const output = printed.join("\n");
    const username = /pengguna \/ user:\s+(\S+)/.exec(output)?.[1];
    const password = /kata sandi \/ password:\s+(\S+)/.exec(output)?.[1];
    if (!username || !password) {
      await server.stop();
      throw new Error(`The first administrator was not printed at start-up:\n${output}`);
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    return new Sigap(server, browser, dataDir, { username, password, role: "admin" });
  }

  /** A page in a new browser context (its own cookies and storage, i.e. a different person). */
  async newPage(options: NewPageOptions = {}): Promise<Page> {
    const context = await this.browser.newContext({
      viewport: options.phone ? PHONE : DESKTOP,
      isMobile: options.phone ?? false,
      hasTouch: options.phone ?? false,
      locale: "id-ID",
      timezoneId: "Asia/Makassar",
      extraHTTPHeaders: { "x-forwarded-for": nextClientAddress() },
    });
    if (options.language) {
      await context.addInitScript({
        content: `if (!localStorage.getItem("sigap.lang")) localStorage.setItem("sigap.lang", ${JSON.stringify(options.language)});`,
      });
    }
    this.contexts.push(context);
    const page = await context.newPage();
    // Long enough for a loaded two-core CI machine; a real hang still fails well before the test timeout.
    page.setDefaultTimeout(30_000);
    watchPage(page, this.problems);
    return page;
  }

  /** Signs `user` in through the login page of a new browser context and returns the page (console or partner portal). */
  async loginPage(user: E2eUser, options: NewPageOptions = {}): Promise<Page> {
    const page = await this.newPage(options);
    await page.goto(`${this.url}/login`);
    await page.getByLabel(/Nama pengguna|Username/).fill(user.username);
    await page.getByLabel(/^(Kata sandi|Password)/).fill(user.password);
    await page.getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
    await page.waitForURL(/\/(console|partner|password)/);
    return page;
  }

  /** An API session as the administrator; the first call makes the forced password change (to E2E_ADMIN_PASSWORD). */
  async adminApi(): Promise<ApiSession> {
    if (this.adminSession) return this.adminSession;
    const session = await loginApi(this.url, this.admin.username, this.admin.password, nextClientAddress());
    if (session.mustChangePassword) {
      await session.request("POST", "/api/v1/auth/password", {
        currentPassword: this.admin.password,
        newPassword: E2E_ADMIN_PASSWORD,
      });
      this.admin.password = E2E_ADMIN_PASSWORD;
    }
    this.adminSession = session;
    return session;
  }

  /** A user of `role` made by the administrator over the API (partners get an organisation of their kind). */
  async createUser(
    role: Role,
    options: { organisationId?: number; specialty?: string; username?: string } = {},
  ): Promise<E2eUser> {
    return (await this.adminApi()).createUser(role, { password: E2E_PASSWORD, ...options });
  }

  /** Fails with every problem the pages reported since the last check, then starts a fresh list. */
  takeProblems(): BrowserProblems {
    const taken = { errors: [...this.problems.errors], dialogs: [...this.problems.dialogs] };
    this.problems.errors.length = 0;
    this.problems.dialogs.length = 0;
    return taken;
  }

  /** Saves a screenshot of every open page (after a failure: what the test saw). */
  async snapAll(prefix: string): Promise<void> {
    const pages = this.contexts.flatMap((c) => c.pages());
    await Promise.all(pages.map((page, i) => snap(page, `${prefix}-${i + 1}`).catch(() => undefined)));
  }

  /** Closes the pages of finished tests (the browser and server stay up for the file). */
  async closeContexts(): Promise<void> {
    const contexts = this.contexts;
    this.contexts = [];
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  }

  async stop(): Promise<void> {
    await this.closeContexts();
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/**
 * Starts Sigap and Chromium once for the test file and stops them after it. After each test the
 * pages close, and the test fails if any of them logged an error or opened a dialog.
 */
export function useSigap(): Sigap {
  let sigap: Sigap | undefined;
  beforeAll(async () => {
    sigap = await Sigap.start();
  }, E2E_TIMEOUT);
  afterEach(async (context) => {
    if (!sigap) return;
    if (context.task.result?.state === "fail") {
      await sigap.snapAll(`FAILED-${context.task.name.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 60)}`);
    }
    await sigap.closeContexts();
    const problems = sigap.takeProblems();
    expect(problems.errors, "errors in the browser").toEqual([]);
    expect(problems.dialogs, "dialogs opened in the browser").toEqual([]);
  });
  afterAll(async () => {
    await sigap?.stop();
  }, E2E_TIMEOUT);
  return new Proxy({} as Sigap, {
    get(_, property) {
      if (!sigap) throw new Error("Sigap is not started yet: use it inside a test or hook");
      const value = Reflect.get(sigap, property, sigap) as unknown;
      return typeof value === "function" ? value.bind(sigap) : value;
    },
  });
}
