/**
 * The server's password length rules (src/auth/password.ts cannot be bundled: it hashes with
 * argon2). test/unit/web-limits.test.ts fails if these drift from the server's.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;
