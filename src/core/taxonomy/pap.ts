import type { LocalizedText } from "../i18n/localized-text.ts";
import { PAP_PREDICATES, type PapTag } from "./generated/pap.ts";

/** PAP levels, least to most restrictive (`WHITE` is the deprecated name of `CLEAR` and is not offered). */
export const PAP_LEVELS = ["CLEAR", "GREEN", "AMBER", "RED"] as const;
export type PapLevel = (typeof PAP_LEVELS)[number];

/** One Permissible Actions Protocol level: what recipients may do with the information. */
export interface PapInfo {
  readonly level: PapLevel;
  readonly label: `PAP:${PapLevel}`;
  readonly machineTag: PapTag;
  readonly colour: string;
  readonly explanation: LocalizedText;
}

const explanationId: Record<PapLevel, string> = {
  CLEAR: "Tidak ada batasan dalam menggunakan informasi ini.",
  GREEN:
    "Tindakan aktif diizinkan: misalnya ping ke target, memblokir lalu lintas dari/ke target, atau honeypot yang berinteraksi dengan target.",
  AMBER:
    "Pemeriksaan silang pasif: boleh dicek melalui layanan pihak ketiga (misalnya whois) atau dipantau dengan honeypot.",
  RED: "Hanya tindakan yang tidak terdeteksi: tidak boleh digunakan di jaringan, hanya analisis pasif pada log.",
};

const machineTags: Record<PapLevel, PapTag> = {
  CLEAR: "PAP:CLEAR",
  GREEN: "PAP:GREEN",
  AMBER: "PAP:AMBER",
  RED: "PAP:RED",
};

function info(level: PapLevel): PapInfo {
  const machineTag = machineTags[level];
  const source = PAP_PREDICATES.find((p) => p.tag === machineTag);
  if (!source) throw new Error(`PAP level ${level} is missing from the generated MISP data`);
  return {
    level,
    label: `PAP:${level}`,
    machineTag,
    colour: source.colour.toUpperCase(),
    explanation: { id: explanationId[level], en: source.expanded.replace(/^\(PAP:[^)]+\)\s*/, "") },
  };
}

/** The four PAP levels with labels, colours and explanations. */
export const PAP: Readonly<Record<PapLevel, PapInfo>> = Object.fromEntries(
  PAP_LEVELS.map((level) => [level, info(level)]),
) as Record<PapLevel, PapInfo>;

/** Whether a string is a PAP level. */
export const isPapLevel = (value: string): value is PapLevel => (PAP_LEVELS as readonly string[]).includes(value);
