import type { LocalizedText } from "../i18n/localized-text.ts";
import type { Severity } from "../severity.ts";
import type { RsitTag } from "./generated/rsit.ts";

/** Codes of the incident types shown to users (DOMAIN.md §3); `OOS` = outside the CSIRT's remit. */
export const INCIDENT_TYPE_CODES = [
  "DEF",
  "JUD",
  "PHI",
  "MAL",
  "DOS",
  "LEK",
  "UAA",
  "WEB",
  "BRU",
  "SCN",
  "VUL",
  "SPM",
  "OTH",
  "OOS",
] as const;
export type IncidentTypeCode = (typeof INCIDENT_TYPE_CODES)[number];

/** An Indonesian operational incident type and how it maps onto RSIT for reporting and exchange. */
export interface IncidentType {
  readonly code: IncidentTypeCode;
  readonly label: LocalizedText;
  /** RSIT tag stored as the primary classification; null when outside the CSIRT's remit. */
  readonly primaryRsit: RsitTag | null;
  /** Tags commonly added beside the primary one (RSIT: intent first, then mechanism). */
  readonly secondaryRsit: readonly RsitTag[];
  /** Starting severity before impact × likelihood is assessed; null when there is none. */
  readonly defaultSeverity: Severity | null;
  /** False for reports handed on (Polri, Komdigi) rather than handled. */
  readonly inScope: boolean;
  readonly note?: LocalizedText;
}

/** RSIT tag for "don't know yet" until verification decides ("Tidak tahu" on the form). */
export const UNDETERMINED_RSIT: RsitTag = 'rsit:other="undetermined"';

const type = (t: Omit<IncidentType, "inScope"> & { inScope?: boolean }): IncidentType => ({ inScope: true, ...t });

/** The incident types, by code. Tags are typed: a mistyped RSIT value does not compile. */
export const INCIDENT_TYPES: Readonly<Record<IncidentTypeCode, IncidentType>> = {
  DEF: type({
    code: "DEF",
    label: { id: "Web Defacement (perubahan tampilan)", en: "Web defacement" },
    primaryRsit: 'rsit:information-content-security="unauthorised-information-modification"',
    secondaryRsit: ['rsit:intrusions="application-compromise"'],
    defaultSeverity: "tinggi",
  }),
  JUD: type({
    code: "JUD",
    label: {
      id: "Penyisipan Konten Judi Online (judol / SEO spam)",
      en: "Online-gambling content injection (SEO spam)",
    },
    primaryRsit: 'rsit:fraud="unauthorised-use-of-resources"',
    secondaryRsit: ['rsit:intrusions="application-compromise"'],
    defaultSeverity: "tinggi",
    note: {
      id: "Tinggi bila tampak di beranda; sedang bila hanya link tersembunyi atau subhalaman/folder sisipan.",
      en: "High when visible on the home page; medium for hidden links or injected sub-pages/folders only.",
    },
  }),
  PHI: type({
    code: "PHI",
    label: { id: "Phishing", en: "Phishing" },
    primaryRsit: 'rsit:fraud="phishing"',
    secondaryRsit: ['rsit:fraud="masquerade"'],
    defaultSeverity: "tinggi",
  }),
  MAL: type({
    code: "MAL",
    label: { id: "Malware / Ransomware", en: "Malware / ransomware" },
    primaryRsit: 'rsit:malicious-code="infected-system"',
    secondaryRsit: ['rsit:information-content-security="unauthorised-information-modification"'],
    defaultSeverity: "sedang",
    note: { id: "Ransomware selalu kritis.", en: "Ransomware is always critical." },
  }),
  DOS: type({
    code: "DOS",
    label: { id: "DDoS / Gangguan Layanan", en: "DDoS / service disruption" },
    primaryRsit: 'rsit:availability="ddos"',
    secondaryRsit: ['rsit:availability="dos"', 'rsit:availability="outage"', 'rsit:availability="misconfiguration"'],
    defaultSeverity: "tinggi",
  }),
  LEK: type({
    code: "LEK",
    label: { id: "Kebocoran Data", en: "Data leak / breach" },
    primaryRsit: 'rsit:information-content-security="data-leak"',
    secondaryRsit: [],
    defaultSeverity: "kritis",
    note: {
      id: "Jika melibatkan data pribadi, pemberitahuan UU PDP 3×24 jam berlaku.",
      en: "If personal data is involved, the 72-hour PDP Law notice applies.",
    },
  }),
  UAA: type({
    code: "UAA",
    label: { id: "Akses Ilegal / Pembajakan Akun", en: "Unauthorised access / account takeover" },
    primaryRsit: 'rsit:intrusions="privileged-account-compromise"',
    secondaryRsit: [
      'rsit:intrusions="unprivileged-account-compromise"',
      'rsit:information-content-security="unauthorised-information-access"',
    ],
    defaultSeverity: "tinggi",
  }),
  WEB: type({
    code: "WEB",
    label: {
      id: "Eksploitasi Aplikasi (SQLi, upload shell, dll.)",
      en: "Application exploitation (SQLi, shell upload…)",
    },
    primaryRsit: 'rsit:intrusions="application-compromise"',
    secondaryRsit: ['rsit:intrusion-attempts="ids-alert"'],
    defaultSeverity: "tinggi",
  }),
  BRU: type({
    code: "BRU",
    label: { id: "Percobaan Login / Brute Force", en: "Login attempts / brute force" },
    primaryRsit: 'rsit:intrusion-attempts="brute-force"',
    secondaryRsit: [],
    defaultSeverity: "rendah",
  }),
  SCN: type({
    code: "SCN",
    label: { id: "Pemindaian / Pengumpulan Informasi", en: "Scanning / information gathering" },
    primaryRsit: 'rsit:information-gathering="scanner"',
    secondaryRsit: [],
    defaultSeverity: "rendah",
  }),
  VUL: type({
    code: "VUL",
    label: { id: "Laporan Kerentanan", en: "Vulnerability report" },
    primaryRsit: 'rsit:vulnerable="vulnerable-system"',
    secondaryRsit: [
      'rsit:vulnerable="weak-crypto"',
      'rsit:vulnerable="information-disclosure"',
      'rsit:vulnerable="potentially-unwanted-accessible"',
    ],
    defaultSeverity: "rendah",
    note: { id: "Rendah sampai sedang.", en: "Low to medium." },
  }),
  SPM: type({
    code: "SPM",
    label: { id: "Spam / Email Berbahaya", en: "Spam / malicious e-mail" },
    primaryRsit: 'rsit:abusive-content="spam"',
    secondaryRsit: [],
    defaultSeverity: "rendah",
  }),
  OTH: type({
    code: "OTH",
    label: { id: "Lainnya", en: "Other" },
    primaryRsit: 'rsit:other="other"',
    secondaryRsit: [UNDETERMINED_RSIT],
    defaultSeverity: null,
  }),
  OOS: type({
    code: "OOS",
    label: {
      id: "Di luar kewenangan (penipuan online, hoaks, konten negatif)",
      en: "Outside our remit (online fraud, hoaxes, negative content)",
    },
    primaryRsit: null,
    secondaryRsit: [],
    defaultSeverity: null,
    inScope: false,
    note: {
      id: "Diteruskan ke Polri (penipuan) atau Komdigi aduankonten.id (konten negatif).",
      en: "Transferred to the police (fraud) or Komdigi aduankonten.id (negative content).",
    },
  }),
};

/** Whether a string is an incident type code. */
export const isIncidentTypeCode = (value: string): value is IncidentTypeCode =>
  (INCIDENT_TYPE_CODES as readonly string[]).includes(value);
