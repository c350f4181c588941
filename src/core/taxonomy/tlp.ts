import type { LocalizedText } from "../i18n/localized-text.ts";
import { TLP_PREDICATES, type TlpTag } from "./generated/tlp.ts";

/** TLP 2.0 levels, least to most restrictive. Labels stay in English capitals in every language. */
export const TLP_LEVELS = ["CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** A TLP level as shown on documents, e.g. `TLP:AMBER+STRICT`. */
export type TlpLabel = `TLP:${TlpLevel}`;

/** Everything the UI and documents need about one TLP level. */
export interface TlpInfo {
  readonly level: TlpLevel;
  readonly label: TlpLabel;
  /** MISP machine tag, e.g. `tlp:amber+strict`. */
  readonly machineTag: TlpTag;
  /** Colour from the MISP data, e.g. `#FFC000`. */
  readonly colour: string;
  /** What recipients may do; English from the MISP data, Indonesian translated here. */
  readonly explanation: LocalizedText;
}

/** Default for reports leaving the CSIRT (DOMAIN.md §4, §9). */
export const DEFAULT_TLP: TlpLevel = "AMBER";

const explanationId: Record<TlpLevel, string> = {
  CLEAR: "Penerima boleh menyebarkan informasi ini kepada siapa pun tanpa batasan.",
  GREEN: "Pengungkapan terbatas: penerima boleh membagikan di dalam komunitasnya, tetapi tidak melalui saluran publik.",
  AMBER:
    "Pengungkapan terbatas: penerima hanya boleh membagikan kepada anggota organisasinya dan kliennya atas dasar perlu tahu.",
  "AMBER+STRICT":
    "Pengungkapan terbatas: penerima hanya boleh membagikan di dalam organisasinya atas dasar perlu tahu.",
  RED: "Hanya untuk penerima yang dituju; tidak boleh diungkapkan lebih lanjut.",
};

const machineTags: Record<TlpLevel, TlpTag> = {
  CLEAR: "tlp:clear",
  GREEN: "tlp:green",
  AMBER: "tlp:amber",
  "AMBER+STRICT": "tlp:amber+strict",
  RED: "tlp:red",
};

function info(level: TlpLevel): TlpInfo {
  const machineTag = machineTags[level];
  const source = TLP_PREDICATES.find((p) => p.tag === machineTag);
  if (!source) throw new Error(`TLP level ${level} is missing from the generated MISP data`);
  return {
    level,
    label: `TLP:${level}`,
    machineTag,
    colour: source.colour.toUpperCase(),
    explanation: { id: explanationId[level], en: source.expanded.replace(/^\(TLP:[^)]+\)\s*/, "") },
  };
}

/** The five TLP 2.0 levels with labels, colours and explanations. */
export const TLP: Readonly<Record<TlpLevel, TlpInfo>> = Object.fromEntries(
  TLP_LEVELS.map((level) => [level, info(level)]),
) as Record<TlpLevel, TlpInfo>;

/** Whether a string is a TLP 2.0 level (`AMBER+STRICT`, not `TLP:AMBER+STRICT`). */
export const isTlpLevel = (value: string): value is TlpLevel => (TLP_LEVELS as readonly string[]).includes(value);

/** The stricter of two levels: what a document combining both sources must carry. */
export function stricterTlp(a: TlpLevel, b: TlpLevel): TlpLevel {
  return TLP_LEVELS.indexOf(a) >= TLP_LEVELS.indexOf(b) ? a : b;
}
