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
  "seed.database_not_empty": {
    id: "Basis data sudah berisi {count} laporan; data demo hanya diisi ke basis data kosong (atau pakai --force).",
    en: "The database already holds {count} reports; demo data goes into an empty database only (or use --force).",
  },
  "seed.too_few_reports": {
    id: "Data demo memerlukan sedikitnya {min} laporan agar setiap keadaan tampil.",
    en: "Demo data needs at least {min} reports to show every state.",
  },
  "web.not_built": {
    id: "Aplikasi web belum dibangun. Jalankan `npm run build:web`, atau mulai dengan `npm start`.",
    en: "The web app has not been built. Run `npm run build:web`, or start with `npm start`.",
  },
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
  "token.expiry_in_past": {
    id: "Masa berlaku token harus di masa depan.",
    en: "The token expiry must be in the future.",
  },
  "auth.password_too_long": {
    id: "Kata sandi maksimal {max} karakter.",
    en: "The password must have at most {max} characters.",
  },
  "auth.password_unchanged": {
    id: "Kata sandi baru harus berbeda dari yang lama.",
    en: "The new password must differ from the current one.",
  },
  "auth.password_change_required": {
    id: "Ganti kata sandi Anda terlebih dahulu.",
    en: "Change your password first.",
  },
  "auth.token_invalid": {
    id: "Token API tidak valid, sudah dicabut, atau kedaluwarsa.",
    en: "The API token is invalid, revoked or expired.",
  },
  "auth.totp_already_enabled": {
    id: "Autentikator sudah aktif. Nonaktifkan dulu untuk menggantinya.",
    en: "The authenticator is already enabled. Disable it first to replace it.",
  },
  "user.username_invalid": {
    id: "Nama pengguna hanya boleh huruf kecil, angka, titik, garis bawah dan tanda hubung (2–64 karakter).",
    en: "A username may contain lowercase letters, digits, dots, underscores and hyphens (2–64 characters).",
  },
  "user.specialty_unknown": {
    id: "Spesialisasi '{specialty}' tidak dikenal. Pilih: {allowed}.",
    en: "Unknown specialty '{specialty}'. Choose one of: {allowed}.",
  },
  "user.organisation_not_found": {
    id: "Organisasi {organisationId} tidak ditemukan.",
    en: "Organisation {organisationId} does not exist.",
  },
  "user.organisation_kind_mismatch": {
    id: "Peran {role} harus terhubung ke organisasi berjenis {kind}.",
    en: "Role {role} must belong to an organisation of kind {kind}.",
  },
  "user.last_admin": {
    id: "Harus tetap ada minimal satu administrator aktif.",
    en: "At least one active administrator must remain.",
  },
  "organisation.kind_in_use": {
    id: "Jenis organisasi tidak dapat diubah: ada pengguna berperan {role} di dalamnya.",
    en: "The organisation's kind cannot change: it has users with role {role}.",
  },
  // The incident workflow (SOP steps 2–10, outside parties, classification).
  "workflow.output_invalid": {
    id: "Isian langkah '{step}' tidak lengkap atau tidak valid.",
    en: "The output of step '{step}' is incomplete or invalid.",
  },
  "workflow.reason_required": {
    id: "Putusan tidak valid atau diteruskan wajib disertai alasan; alasan ini disampaikan kepada pelapor.",
    en: "An invalid or transferred verdict needs a reason; the reporter is told it.",
  },
  "workflow.disposition_required": {
    id: "Putusan tidak valid wajib memilih disposisi (bukan insiden, atau duplikat).",
    en: "An invalid verdict needs a disposition (not an incident, or duplicate).",
  },
  "workflow.disposition_mismatch": {
    id: "Disposisi tidak sesuai dengan putusan verifikasi.",
    en: "The disposition does not fit the verdict.",
  },
  "workflow.assessment_required": {
    id: "Putusan valid memerlukan jenis insiden, dampak (1–5) dan kemungkinan (1–5).",
    en: "A valid verdict needs the incident type, impact (1–5) and likelihood (1–5).",
  },
  "workflow.other_needs_description": {
    id: "Tindakan 'lainnya' wajib diberi uraian.",
    en: "An 'other' action needs a description.",
  },
  "workflow.escalation_required": {
    id: "Insiden yang tidak dapat ditangani wajib dieskalasi ke vendor, BaliProv-CSIRT atau BSSN, beserta serah terimanya.",
    en: "An incident that could not be handled must be escalated to the vendor, BaliProv-CSIRT or BSSN, with its hand-off.",
  },
  "workflow.cannot_reason_required": {
    id: "Status 'tidak dapat dilaksanakan' wajib disertai alasan.",
    en: "Status 'cannot' needs a reason.",
  },
  "workflow.duplicate_reply": {
    id: "Setiap rekomendasi hanya dijawab satu kali.",
    en: "Each recommendation is answered only once.",
  },
  "workflow.unknown_step": {
    id: "Langkah '{step}' tidak ada dalam SOP tim.",
    en: "Step '{step}' is not in the team's SOP.",
  },
  "workflow.step_not_active": {
    id: "Langkah '{step}' tidak sedang berjalan (langkah aktif: {active}). Langkah dikerjakan berurutan sesuai SOP.",
    en: "Step '{step}' is not the active step (active: {active}). Steps are done in the SOP's order.",
  },
  "workflow.incident_closed": { id: "Insiden ini sudah ditutup.", en: "This incident is closed." },
  "workflow.on_behalf_required": {
    id: "Langkah ini milik pihak luar: sebutkan atas nama siapa langkah ini dicatat (onBehalfOf).",
    en: "This step belongs to an outside party: say on whose behalf you record it (onBehalfOf).",
  },
  "workflow.on_behalf_not_allowed": {
    id: "Hanya Koordinator CSIRT yang dapat mencatat langkah atas nama pihak lain.",
    en: "Only the CSIRT lead may record a step on behalf of someone else.",
  },
  "workflow.assignee_invalid": {
    id: "Pengguna {userId} tidak dapat ditugaskan di sini.",
    en: "User {userId} cannot be assigned here.",
  },
  "workflow.organisation_invalid": {
    id: "Organisasi {organisationId} tidak ada atau bukan berjenis {kinds}.",
    en: "Organisation {organisationId} does not exist or is not of kind {kinds}.",
  },
  "workflow.recommendation_unknown": {
    id: "Rekomendasi nomor {number} tidak ada pada insiden ini.",
    en: "Recommendation {number} does not exist on this incident.",
  },
  "workflow.evidence_unknown": {
    id: "Bukti {evidenceId} bukan milik insiden ini.",
    en: "Evidence {evidenceId} does not belong to this incident.",
  },
  "workflow.reopen_target": {
    id: "Insiden tidak dapat dibuka kembali pada langkah '{step}'.",
    en: "The incident cannot be reopened at step '{step}'.",
  },
  "incident.override_reason_required": {
    id: "Perubahan tingkat keparahan secara manual wajib disertai alasan.",
    en: "A manual severity override needs a reason.",
  },
  "incident.assessment_pair": {
    id: "Dampak dan kemungkinan diisi bersama (masing-masing 1–5).",
    en: "Impact and likelihood go together (each 1–5).",
  },
  "incident.classification_empty": {
    id: "Sebutkan sedikitnya satu hal yang diubah.",
    en: "Give at least one thing to change.",
  },
  "access_link.party_mismatch": {
    id: "Langkah '{step}' tidak dikerjakan oleh peran {role}.",
    en: "Step '{step}' is not done by role {role}.",
  },
  // Asset registry, team settings and holidays.
  "asset.application_name_taken": {
    id: "Aplikasi '{name}' sudah terdaftar.",
    en: "Application '{name}' is already registered.",
  },
  "asset.server_name_taken": { id: "Server '{name}' sudah terdaftar.", en: "Server '{name}' is already registered." },
  "asset.url_invalid": {
    id: "'{value}' bukan alamat web (http/https) atau domain yang valid.",
    en: "'{value}' is not a valid web address (http/https) or domain.",
  },
  "asset.url_taken": {
    id: "Alamat '{url}' sudah terdaftar untuk aplikasi lain, '{name}'.",
    en: "The address '{url}' is already registered to another application, '{name}'.",
  },
  "asset.address_invalid": { id: "'{value}' bukan alamat IP yang valid.", en: "'{value}' is not a valid IP address." },
  "asset.hostname_invalid": { id: "'{value}' bukan nama host yang valid.", en: "'{value}' is not a valid host name." },
  "asset.organisation_not_found": {
    id: "Organisasi {organisationId} tidak ditemukan.",
    en: "Organisation {organisationId} does not exist.",
  },
  "asset.server_not_found": { id: "Server {serverId} tidak ditemukan.", en: "Server {serverId} does not exist." },
  "asset.application_in_use": {
    id: "Aplikasi ini dirujuk oleh {incidents} insiden dan {reports} laporan sehingga tidak dapat dihapus. Pensiunkan saja (retired: true).",
    en: "This application is referred to by {incidents} incident(s) and {reports} report(s), so it cannot be deleted. Retire it instead (retired: true).",
  },
  "asset.import_invalid": {
    id: "Berkas impor memuat {count} masalah; tidak ada data yang disimpan.",
    en: "The import file has {count} problem(s); nothing was saved.",
  },
  "asset.import_no_file": {
    id: "Kirim berkas CSV sebagai isi permintaan (text/csv) atau sebagai berkas multipart.",
    en: "Send the CSV file as the request body (text/csv) or as a multipart file.",
  },
  "settings.invalid": {
    id: "Pengaturan tidak valid ({count} masalah); tidak ada yang diubah.",
    en: "The settings are invalid ({count} problem(s)); nothing was changed.",
  },
  "settings.sop_file_invalid": {
    id: "Berkas definisi SOP '{file}' tidak dapat dipakai ({count} masalah); pengaturan tidak diubah.",
    en: "The SOP definition file '{file}' cannot be used ({count} problem(s)); the settings were not changed.",
  },
  "holiday.exists": {
    id: "Tanggal {date} sudah tercatat sebagai hari libur: {name}.",
    en: "{date} is already a holiday: {name}.",
  },
  "holiday.date_invalid": {
    id: "Tanggal '{date}' tidak valid; gunakan format TTTT-BB-HH, misalnya 2026-08-17.",
    en: "'{date}' is not a valid date; use YYYY-MM-DD, e.g. 2026-08-17.",
  },
  // Reports, attachments and observables (issue 3, intake).
  "report.consent_required": {
    id: "Pernyataan kebenaran data dan persetujuan pemrosesan data pribadi wajib disetujui.",
    en: "You must confirm that the data is true and consent to the processing of personal data.",
  },
  "report.contact_required": {
    id: "Isi alamat email atau nomor telepon agar CSIRT dapat menghubungi Anda.",
    en: "Give an e-mail address or a phone number so that the CSIRT can reach you.",
  },
  "report.letter_required": {
    id: "Laporan melalui surat memerlukan nomor, tanggal dan pengirim surat.",
    en: "A letter report needs the letter's number, date and sender.",
  },
  "report.letter_scan_required": {
    id: "Laporan melalui surat memerlukan pindaian (scan) surat.",
    en: "A letter report needs the scan of the letter.",
  },
  "report.received_in_future": {
    id: "Waktu diterima tidak boleh di masa depan.",
    en: "The time received cannot be in the future.",
  },
  "report.occurred_in_future": {
    id: "Waktu kejadian tidak boleh di masa depan.",
    en: "The time of the incident cannot be in the future.",
  },
  "report.multipart_report_missing": {
    id: "Kolom 'report' tidak ada atau isinya bukan JSON yang benar.",
    en: "The 'report' field is missing or is not valid JSON.",
  },
  "report.multipart_unknown_field": {
    id: "Kolom '{field}' tidak dikenal. Kolom yang diterima: {allowed}.",
    en: "Unknown field '{field}'. Accepted fields: {allowed}.",
  },
  "report.merge_wrong_step": {
    id: "Laporan hanya dapat digabung selama kasusnya pada tahap penerusan atau verifikasi.",
    en: "A report can only be merged while its case is being forwarded or verified.",
  },
  "report.merge_same_incident": {
    id: "Laporan ini sudah termasuk dalam insiden tersebut.",
    en: "The report already belongs to that incident.",
  },
  "report.merge_target_invalid": {
    id: "Insiden tujuan {incidentId} tidak ada, sudah ditutup, atau sudah digabung ke insiden lain.",
    en: "Target incident {incidentId} does not exist, is closed, or was merged into another one.",
  },
  "report.already_merged": {
    id: "Laporan ini sudah digabung ke insiden lain.",
    en: "This report has already been merged into another incident.",
  },
  "attachment.too_large": {
    id: "Berkas '{filename}' melebihi batas ukuran {limit}.",
    en: "File '{filename}' is larger than the limit of {limit}.",
  },
  "attachment.too_many": {
    id: "Terlalu banyak berkas: paling banyak {max} berkas per laporan.",
    en: "Too many files: at most {max} per report.",
  },
  "attachment.type_not_allowed": {
    id: "Jenis berkas '{filename}' ({type}) tidak diizinkan. Jenis yang diizinkan: {allowed}.",
    en: "File '{filename}' has a type that is not allowed ({type}). Allowed: {allowed}.",
  },
  "attachment.content_mismatch": {
    id: "Isi berkas '{filename}' tidak sesuai dengan jenisnya ({type}).",
    en: "The content of file '{filename}' does not match its type ({type}).",
  },
  "attachment.empty": { id: "Berkas '{filename}' kosong.", en: "File '{filename}' is empty." },
  "attachment.missing_in_store": {
    id: "Berkas tidak ditemukan di penyimpanan. Kode permintaan: {requestId}.",
    en: "The file is missing from the store. Request id: {requestId}.",
  },
  "observable.invalid_value": {
    id: "'{value}' bukan nilai {kind} yang valid.",
    en: "'{value}' is not a valid {kind}.",
  },
  "observable.duplicate": {
    id: "Observable {kind} '{value}' sudah tercatat pada insiden ini.",
    en: "Observable {kind} '{value}' is already recorded on this incident.",
  },
  "search.bad_cursor": {
    id: "Penanda halaman (cursor) tidak valid. Mulai lagi dari halaman pertama.",
    en: "The page cursor is invalid. Start again from the first page.",
  },
  "search.bad_date": {
    id: "Waktu '{value}' tidak valid: gunakan tanggal YYYY-MM-DD atau waktu ISO 8601 dengan zona (mis. 2026-11-27T08:00:00+08:00).",
    en: "'{value}' is not a valid time: use a YYYY-MM-DD date or an ISO 8601 time with a zone (e.g. 2026-11-27T08:00:00+08:00).",
  },
  "search.bad_range": {
    id: "Awal rentang waktu harus sebelum akhirnya.",
    en: "The start of the period must be before its end.",
  },
  "figures.range_too_long": {
    id: "Rentang waktu paling lama {years} tahun.",
    en: "The period may be at most {years} years long.",
  },
  "timer.note_required": {
    id: "Catatan wajib diisi (paling banyak {max} karakter): pemberitahuan apa yang dikirim, kepada siapa, dan kapan.",
    en: "A note is required (at most {max} characters): which notice was sent, to whom, and when.",
  },
  "timer.already_satisfied": {
    id: "Pemberitahuan ini sudah dicatat terkirim pada {at}.",
    en: "This notice was already recorded as sent at {at}.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

/** The message for `key` in `lang`, with `{placeholders}` filled in. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = messages[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
