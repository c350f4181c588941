import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "../../src/http/routes/evidence/schema.ts";
import { trackingUrl } from "../../src/core/reports/tracking.ts";

describe("attachmentDisposition", () => {
  it("always says attachment, with a safe ASCII name and the exact name encoded", () => {
    expect(attachmentDisposition("bukti.png")).toBe(`attachment; filename="bukti.png"; filename*=UTF-8''bukti.png`);
    expect(attachmentDisposition('a"b;c\r\nd.txt')).toBe(
      `attachment; filename="a_b_c__d.txt"; filename*=UTF-8''a%22b%3Bc%0D%0Ad.txt`,
    );
    expect(attachmentDisposition("C:\\fakepath\\laporan ᬩᬮᬶ.pdf")).toBe(
      `attachment; filename="laporan ___.pdf"; filename*=UTF-8''laporan%20%E1%AC%A9%E1%AC%AE%E1%AC%B6.pdf`,
    );
    expect(attachmentDisposition("")).toBe(`attachment; filename="lampiran"; filename*=UTF-8''lampiran`);
  });
});

describe("trackingUrl", () => {
  it("puts the token in the fragment, never in the query", () => {
    expect(trackingUrl("https://csirt.denpasarkota.go.id/", "DPS-CSIRT-2026-000001", "tok")).toBe(
      "https://csirt.denpasarkota.go.id/track/DPS-CSIRT-2026-000001#token=tok",
    );
    expect(trackingUrl(undefined, "X-1", "tok")).toBe("/track/X-1#token=tok");
  });
});
