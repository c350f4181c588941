/*
 * Analysts and other CSIRTs "defang" indicators so that nobody clicks them by accident:
 * `hxxps://evil[.]example/`, `198.51.100[.]7`, `admin[@]example.com`. Refanging undoes the usual
 * spellings before extraction and matching; the stored report text itself is never changed.
 */

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  // Schemes: hxxp, hxxps, hXXp, h**p, fxp, and a bracketed colon.
  [/\bh(?:xx|\*\*|tt)p(s?)(?:\[:\]|\(:\)|\{:\}|:)\/\//gi, "http$1://"],
  [/\bfxp(?:\[:\]|:)\/\//gi, "ftp://"],
  [/\b(https?|ftp)\[:\/\/\]/gi, "$1://"],
  // Dots: [.] (.) {.} [dot] (dot) {dot} \.
  [/\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\\\.)\s?/gi, "."],
  // At signs: [@] (@) {@} [at] (at) {at}
  [/\s?(?:\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\})\s?/gi, "@"],
  // Colons inside IPv6 written as [:]
  [/\[:\]/g, ":"],
];

/** The text with defanged indicators written normally again. */
export function refang(text: string): string {
  let out = text;
  for (const [pattern, replacement] of REPLACEMENTS) out = out.replace(pattern, replacement);
  return out;
}
