import { Secret, TOTP } from "otpauth";

const ISSUER = "Sigap";

function totpFor(secretBase32: string, username: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit TOTP secret in base32, and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(username: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, username).toString() };
}

/** True when `code` is valid at `now`, allowing one 30-second step of clock drift either way. */
export function verifyTotp(secretBase32: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secretBase32, "x").validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

/** The code for `now`; for tests and the CLI. */
export function totpCode(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, "x").generate({ timestamp: now.getTime() });
}
