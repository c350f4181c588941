import { describe, expect, it } from "vitest";
import { verifyAttachment } from "../../src/core/reports/attachments.ts";
import { checkMediaType, normaliseMediaType, sniffMediaType } from "../../src/core/reports/media-type.ts";
import { DEFAULT_TEAM_SETTINGS } from "../../src/core/settings.ts";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const GIF = new TextEncoder().encode("GIF89a....");
const WEBP = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
const PDF = new TextEncoder().encode("%PDF-1.7\n");
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0]);
const TEXT = new TextEncoder().encode("2026-11-27 10:00 GET /slot-gacor 200\n");
const allowed = DEFAULT_TEAM_SETTINGS.intake.allowedMediaTypes;
const limits = DEFAULT_TEAM_SETTINGS.intake;

describe("sniffMediaType", () => {
  it.each([
    [PNG, "image/png"],
    [JPEG, "image/jpeg"],
    [GIF, "image/gif"],
    [WEBP, "image/webp"],
    [PDF, "application/pdf"],
    [ZIP, "application/zip"],
    [TEXT, null],
    [new Uint8Array(), null],
  ])("recognises %#", (head, type) => {
    expect(sniffMediaType(head)).toBe(type);
  });

  it("accepts a PDF header within the first kilobyte", () => {
    const head = new Uint8Array(600);
    head.set(new TextEncoder().encode("%PDF-1.4"), 500);
    expect(sniffMediaType(head)).toBe("application/pdf");
  });
});

describe("checkMediaType", () => {
  it("accepts what the bytes confirm", () => {
    expect(checkMediaType("image/png", "a.png", PNG, allowed)).toEqual({ ok: true, mediaType: "image/png" });
    expect(checkMediaType("image/jpg", "a.jpg", JPEG, allowed)).toEqual({ ok: true, mediaType: "image/jpeg" });
    expect(checkMediaType("text/plain; charset=utf-8", "a.log", TEXT, allowed)).toEqual({
      ok: true,
      mediaType: "text/plain",
    });
    expect(checkMediaType("application/x-zip-compressed", "a.zip", ZIP, allowed)).toEqual({
      ok: true,
      mediaType: "application/zip",
    });
  });

  it("refuses a declared image, PDF or ZIP whose bytes are something else", () => {
    expect(checkMediaType("image/png", "a.png", TEXT, allowed)).toEqual({
      ok: false,
      reason: "mismatch",
      mediaType: "image/png",
    });
    expect(checkMediaType("application/pdf", "a.pdf", PNG, allowed)).toMatchObject({ ok: false, reason: "mismatch" });
    expect(checkMediaType("image/png", "a.png", JPEG, allowed)).toMatchObject({ ok: false, reason: "mismatch" });
  });

  it("refuses a binary passed off as text, and text with NUL bytes", () => {
    expect(checkMediaType("text/plain", "a.txt", PNG, allowed)).toMatchObject({ ok: false, reason: "mismatch" });
    expect(checkMediaType("text/csv", "a.csv", Uint8Array.from([0x61, 0, 0x62]), allowed)).toMatchObject({
      ok: false,
      reason: "mismatch",
    });
  });

  it("refuses types the team does not allow", () => {
    expect(checkMediaType("application/x-msdownload", "a.exe", new TextEncoder().encode("MZ"), allowed)).toEqual({
      ok: false,
      reason: "not_allowed",
      mediaType: "application/x-msdownload",
    });
    expect(checkMediaType("image/png", "a.png", PNG, ["application/pdf"])).toMatchObject({
      ok: false,
      reason: "not_allowed",
    });
  });

  it("decides by the bytes or the extension when no type is declared", () => {
    expect(checkMediaType(null, "scan", PDF, allowed)).toEqual({ ok: true, mediaType: "application/pdf" });
    expect(checkMediaType("application/octet-stream", "log.txt", TEXT, allowed)).toEqual({
      ok: true,
      mediaType: "text/plain",
    });
    expect(checkMediaType("application/octet-stream", "data.bin", TEXT, allowed)).toMatchObject({
      ok: false,
      reason: "not_allowed",
    });
  });

  it("normalises declared types", () => {
    expect(normaliseMediaType(" Image/JPG ; q=1")).toBe("image/jpeg");
    expect(normaliseMediaType("")).toBeNull();
  });
});

describe("verifyAttachment", () => {
  const file = (over: Partial<Parameters<typeof verifyAttachment>[0]>) =>
    verifyAttachment({ filename: "a.png", declaredType: "image/png", sizeBytes: 100, head: PNG, ...over }, limits);

  it("returns the stored type, or the error a client should see", () => {
    expect(file({})).toBe("image/png");
    expect(() => file({ sizeBytes: 0 })).toThrow(
      expect.objectContaining({ code: "validation_failed", messageKey: "attachment.empty" }),
    );
    expect(() => file({ sizeBytes: limits.maxAttachmentBytes + 1 })).toThrow(
      expect.objectContaining({ code: "payload_too_large" }),
    );
    expect(() => file({ head: TEXT })).toThrow(
      expect.objectContaining({ code: "unsupported_media_type", messageKey: "attachment.content_mismatch" }),
    );
    expect(() => file({ declaredType: "video/mp4" })).toThrow(
      expect.objectContaining({ messageKey: "attachment.type_not_allowed" }),
    );
  });
});
