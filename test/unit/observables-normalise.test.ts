import { describe, expect, it } from "vitest";
import { hashAlgorithm, normaliseObservable } from "../../src/core/observables/normalise.ts";

describe("normaliseObservable", () => {
  it.each([
    ["ip", "198.51.100[.]7", "198.51.100.7"],
    ["ip", " 2001:DB8:0:0::1 ", "2001:db8::1"],
    ["domain", "Evil-Judi[.]VIP.", "evil-judi.vip"],
    ["domain", "bücher.example", "xn--bcher-kva.example"],
    ["url", "hxxps://Login.Example[.]top/SSO?a=B", "https://login.example.top/SSO?a=B"],
    ["hash", "44D88612FEA8A8F36DE82E1278ABB02F", "44d88612fea8a8f36de82e1278abb02f"],
    ["email", "Admin[@]Example.COM", "admin@example.com"],
  ] as const)("%s %s → %s", (kind, raw, value) => {
    expect(normaliseObservable(kind, raw)).toBe(value);
  });

  it.each([
    ["ip", "300.1.1.1"],
    ["ip", "01.2.3.4"],
    ["domain", "198.51.100.7"],
    ["domain", "localhost"],
    ["url", "javascript:alert(1)"],
    ["url", "evil.example/path"],
    ["hash", "xyz"],
    ["hash", "a".repeat(33)],
    ["email", "not-an-email"],
    ["ip", ""],
  ] as const)("refuses %s %s", (kind, raw) => {
    expect(normaliseObservable(kind, raw)).toBeNull();
  });

  it("names hash algorithms by length", () => {
    expect(hashAlgorithm("a".repeat(32))).toBe("md5");
    expect(hashAlgorithm("a".repeat(40))).toBe("sha1");
    expect(hashAlgorithm("a".repeat(64))).toBe("sha256");
    expect(hashAlgorithm("a".repeat(63))).toBeNull();
    expect(hashAlgorithm("g".repeat(32))).toBeNull();
  });
});
