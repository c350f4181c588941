/** Languages Sigap speaks. Indonesian first; English by choice. */
export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];

/**
 * Messages the server itself says (errors, notices). Each key has both languages, so a missing
 * translation is a compile error. `{name}` placeholders are filled by `translate`.
 */
const messages = {
  "error.validation_failed": { id: "Data yang dikirim tidak valid.", en: "The submitted data is invalid." },
  "error.bad_json": { id: "Isi permintaan bukan JSON yang benar.", en: "The request body is not valid JSON." },
  "error.bad_request": { id: "Permintaan tidak dapat diproses.", en: "The request cannot be processed." },
  "error.unauthenticated": { id: "Silakan masuk terlebih dahulu.", en: "Please sign in first." },
  "error.forbidden": { id: "Anda tidak berwenang melakukan tindakan ini.", en: "You are not allowed to do this." },
  "error.not_found": { id: "Data tidak ditemukan.", en: "Not found." },
  "error.route_not_found": { id: "Alamat tidak ditemukan.", en: "No such address." },
  "error.payload_too_large": {
    id: "Ukuran data melebihi batas ({limit}).",
    en: "The request is larger than allowed ({limit}).",
  },
  "error.unsupported_media_type": {
    id: "Jenis isi permintaan tidak didukung.",
    en: "Unsupported content type.",
  },
  "error.rate_limited": {
    id: "Terlalu banyak permintaan. Coba lagi dalam {after}.",
    en: "Too many requests. Try again in {after}.",
  },
  "error.internal": {
    id: "Terjadi kesalahan pada server. Kode permintaan: {requestId}.",
    en: "Something went wrong on the server. Request id: {requestId}.",
  },
  "error.csrf": {
    id: "Token CSRF tidak ada atau tidak cocok. Muat ulang halaman.",
    en: "Missing or wrong CSRF token. Reload the page.",
  },
  "auth.invalid_credentials": {
    id: "Nama pengguna atau kata sandi salah.",
    en: "Wrong username or password.",
  },
  "auth.totp_required": { id: "Masukkan kode autentikator (TOTP).", en: "Enter your authenticator (TOTP) code." },
  "auth.totp_invalid": { id: "Kode autentikator salah.", en: "Wrong authenticator code." },
  "auth.account_locked": {
    id: "Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah {until}.",
    en: "The account is locked after too many failed attempts. Try again after {until}.",
  },
  "auth.account_disabled": { id: "Akun dinonaktifkan.", en: "The account is disabled." },
  "auth.password_too_short": {
    id: "Kata sandi minimal {min} karakter.",
    en: "The password must have at least {min} characters.",
  },
  "auth.current_password_wrong": { id: "Kata sandi saat ini salah.", en: "The current password is wrong." },
  "auth.totp_not_setup": {
    id: "Autentikator belum disiapkan.",
    en: "The authenticator has not been set up.",
  },
  "user.username_taken": { id: "Nama pengguna '{username}' sudah dipakai.", en: "Username '{username}' is taken." },
  "user.organisation_required": {
    id: "Peran {role} harus terhubung ke sebuah organisasi.",
    en: "Role {role} must belong to an organisation.",
  },
  "user.specialty_only_csirt": {
    id: "Spesialisasi hanya untuk peran csirt.",
    en: "A specialty applies to the csirt role only.",
  },
  "user.cannot_disable_self": {
    id: "Anda tidak dapat menonaktifkan akun sendiri.",
    en: "You cannot disable your own account.",
  },
  "organisation.name_taken": {
    id: "Organisasi '{name}' sudah ada.",
    en: "Organisation '{name}' already exists.",
  },
  "token.expiry_in_past": { id: "Masa berlaku token harus di masa depan.", en: "The token expiry must be in the future." },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

/** The message for `key` in `lang`, with `{placeholders}` filled in. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks Indonesian unless the Accept-Language header prefers English. */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return "id";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("id") || tag.startsWith("in")) return "id";
    if (tag.startsWith("en")) return "en";
  }
  return "id";
}
