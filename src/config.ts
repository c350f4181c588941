import { resolve } from "node:path";
import { z } from "zod";
import { PUBLIC_REPORT_RATE_LIMIT } from "./core/reports/limits.ts";

/** Every setting Sigap reads from its environment, with defaults. Documented in README.md. */
const envSchema = z.object({
  SIGAP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SIGAP_HOST: z.string().default("0.0.0.0"),
  SIGAP_DATA_DIR: z.string().default("./data"),
  SIGAP_DATABASE_URL: z.string().optional(),
  SIGAP_PUBLIC_URL: z.string().url().optional(),
  SIGAP_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SIGAP_SESSION_HOURS: z.coerce.number().positive().default(12),
  SIGAP_BODY_LIMIT_MB: z.coerce.number().positive().default(25),
  SIGAP_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  SIGAP_LOGIN_LOCK_MINUTES: z.coerce.number().positive().default(15),
  SIGAP_JOBS: z.enum(["on", "off"]).default("on"),
  SIGAP_TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  SIGAP_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  SIGAP_PUBLIC_REPORTS_PER_HOUR: z.coerce.number().int().positive().default(PUBLIC_REPORT_RATE_LIMIT.max),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>["SIGAP_LOG_LEVEL"];
  sessionHours: number;
  bodyLimitBytes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  jobs: boolean;
  trustProxy: boolean;
  smtpPort: number;
  /** Public report submissions accepted per client address per hour (then 429). */
  publicReportsPerHour: number;
};

/** Reads the configuration from an environment (process.env by default); throws a readable error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Konfigurasi tidak valid / invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.SIGAP_DATA_DIR);
  return {
    port: e.SIGAP_PORT,
    host: e.SIGAP_HOST,
    dataDir,
    databaseUrl: e.SIGAP_DATABASE_URL ?? `sqlite://${resolve(dataDir, "sigap.db")}`,
    publicUrl: e.SIGAP_PUBLIC_URL,
    logLevel: e.SIGAP_LOG_LEVEL,
    sessionHours: e.SIGAP_SESSION_HOURS,
    bodyLimitBytes: Math.round(e.SIGAP_BODY_LIMIT_MB * 1024 * 1024),
    loginMaxFailures: e.SIGAP_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.SIGAP_LOGIN_LOCK_MINUTES,
    jobs: e.SIGAP_JOBS === "on",
    trustProxy: e.SIGAP_TRUST_PROXY === "true",
    smtpPort: e.SIGAP_SMTP_PORT,
    publicReportsPerHour: e.SIGAP_PUBLIC_REPORTS_PER_HOUR,
  };
}
