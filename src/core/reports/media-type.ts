/*
 * What a file really is. The type a browser or mail client declares is only a claim: for the
 * binary types whose format starts with a signature (images, PDF, ZIP) the first bytes must agree,
 * and a "text" file must not be one of those binaries or contain NUL bytes.
 */

/** How many leading bytes the checks look at. */
export const SNIFF_BYTES = 4096;

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  if (head.length < at + bytes.length) return false;
  return bytes.every((b, i) => head[at + i] === b);
}

function indexOf(head: Uint8Array, bytes: readonly number[], within: number): number {
  const end = Math.min(head.length, within) - bytes.length;
  for (let i = 0; i <= end; i++) if (startsWith(head, bytes, i)) return i;
  return -1;
}

/** Media types recognised by their leading bytes. */
const SIGNATURES: ReadonlyArray<{ type: string; test: (head: Uint8Array) => boolean }> = [
  { type: "image/png", test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/jpeg", test: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", test: (h) => startsWith(h, ascii("GIF87a")) || startsWith(h, ascii("GIF89a")) },
  { type: "image/webp", test: (h) => startsWith(h, ascii("RIFF")) && startsWith(h, ascii("WEBP"), 8) },
  // Readers accept a PDF header anywhere in the first kilobyte.
  { type: "application/pdf", test: (h) => indexOf(h, ascii("%PDF-"), 1024) >= 0 },
  {
    type: "application/zip",
    test: (h) =>
      startsWith(h, [0x50, 0x4b, 0x03, 0x04]) ||
      startsWith(h, [0x50, 0x4b, 0x05, 0x06]) ||
      startsWith(h, [0x50, 0x4b, 0x07, 0x08]),
  },
];

const SIGNED_TYPES = new Set(SIGNATURES.map((s) => s.type));

/** Formats that are ZIP containers underneath (office documents, e-books). */
const ZIP_CONTAINERS = new Set([
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "application/epub+zip",
]);

const ALIASES: Readonly<Record<string, string>> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "application/x-zip-compressed": "application/zip",
  "application/x-zip": "application/zip",
  "application/x-pdf": "application/pdf",
  "text/x-csv": "text/csv",
  "application/csv": "text/csv",
};

const BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: "text/plain",
  log: "text/plain",
  csv: "text/csv",
  json: "application/json",
  eml: "message/rfc822",
};

/** A declared type in one spelling: lower case, without parameters, common aliases resolved. */
export function normaliseMediaType(declared: string | null | undefined): string | null {
  const base = (declared ?? "").split(";", 1)[0]!.trim().toLowerCase();
  if (base === "" || base === "application/octet-stream") return null;
  return ALIASES[base] ?? base;
}

/** The signed type the bytes start with, or null. */
export function sniffMediaType(head: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(head))?.type ?? null;
}

const isTextual = (type: string) =>
  type.startsWith("text/") || type === "application/json" || type === "message/rfc822";

export type MediaTypeVerdict =
  { ok: true; mediaType: string } | { ok: false; reason: "not_allowed" | "mismatch"; mediaType: string };

/**
 * Decides the media type a file is stored with. Without a usable declared type the bytes (or, for
 * plain text formats, the file name's extension) decide. The result must be in `allowed`, and the
 * content must agree with it.
 */
export function checkMediaType(
  declared: string | null | undefined,
  filename: string,
  head: Uint8Array,
  allowed: readonly string[],
): MediaTypeVerdict {
  const sniffed = sniffMediaType(head);
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(filename)?.[1]?.toLowerCase();
  const mediaType =
    normaliseMediaType(declared) ??
    sniffed ??
    (extension ? BY_EXTENSION[extension] : undefined) ??
    "application/octet-stream";
  const permitted = new Set(allowed.map((t) => normaliseMediaType(t)).filter((t): t is string => t !== null));
  if (!permitted.has(mediaType)) return { ok: false, reason: "not_allowed", mediaType };

  if (SIGNED_TYPES.has(mediaType)) {
    return sniffed === mediaType ? { ok: true, mediaType } : { ok: false, reason: "mismatch", mediaType };
  }
  if (ZIP_CONTAINERS.has(mediaType)) {
    return sniffed === "application/zip" ? { ok: true, mediaType } : { ok: false, reason: "mismatch", mediaType };
  }
  if (sniffed !== null) return { ok: false, reason: "mismatch", mediaType };
  if (isTextual(mediaType) && head.includes(0)) return { ok: false, reason: "mismatch", mediaType };
  return { ok: true, mediaType };
}
