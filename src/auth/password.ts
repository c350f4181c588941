import { randomBytes } from "node:crypto";
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";
import { invalid } from "../core/errors.ts";

/** Shortest password Sigap accepts. Length matters more than character classes (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 10;
/** Longest accepted: long enough for any passphrase, short enough not to be a hashing DoS. */
export const PASSWORD_MAX_LENGTH = 256;

// OWASP's argon2id baseline. `Algorithm` is a const enum, which isolatedModules cannot inline: 2 = Argon2id.
const ARGON2ID: Options = { algorithm: 2 as Algorithm, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Throws a validation error (in the user's language) when the password is too short or too long. */
export function checkPasswordPolicy(password: string): void {
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    throw invalid("auth.password_too_short", { min: PASSWORD_MIN_LENGTH }, [
      { path: "password", min: PASSWORD_MIN_LENGTH },
    ]);
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    throw invalid("auth.password_too_long", { max: PASSWORD_MAX_LENGTH }, [
      { path: "password", max: PASSWORD_MAX_LENGTH },
    ]);
  }
}

/** The argon2id PHC string of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** True when `password` matches the stored hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for a login whose user does not exist: the answer
 * time must not tell an attacker which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await dummyHash, password);
  return false;
}

// Crockford's base32 alphabet: no i, l, o or u, so a printed password cannot be misread.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

/**
 * A random password for a first administrator or a reset: 20 base32 characters (100 bits) in
 * groups of five, e.g. `k3f9x-7qm2a-…`, easy to read out and type.
 */
export function generatePassword(): string {
  const bytes = randomBytes(20);
  // 256 is a multiple of 32, so masking the low five bits keeps every character equally likely.
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join("");
  return chars.match(/.{5}/g)!.join("-");
}
