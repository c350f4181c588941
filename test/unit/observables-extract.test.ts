import { describe, expect, it } from "vitest";
import { extractObservables } from "../../src/core/observables/extract.ts";
import { refang } from "../../src/core/observables/refang.ts";

const pairs = (text: string) => extractObservables(text).map((o) => `${o.kind}:${o.value}`);

describe("refang", () => {
  it.each([
    ["hxxp://evil.example/a", "http://evil.example/a"],
    ["hxxps://evil.example", "https://evil.example"],
    ["hXXps://evil.example", "https://evil.example"],
    ["https[:]//evil.example", "https://evil.example"],
    ["example[.]com", "example.com"],
    ["example(.)com", "example.com"],
    ["example{.}com", "example.com"],
    ["example[dot]com", "example.com"],
    ["example [.] com", "example.com"],
    ["198.51.100[.]7", "198.51.100.7"],
    ["admin[@]example.com", "admin@example.com"],
    ["admin[at]example.com", "admin@example.com"],
    ["fxp://files.example", "ftp://files.example"],
  ])("%s → %s", (input, output) => {
    expect(refang(input)).toBe(output);
  });

  it("leaves ordinary text alone", () => {
    expect(refang("Halaman (utama) berubah pukul 10.30 [lihat lampiran]")).toBe(
      "Halaman (utama) berubah pukul 10.30 [lihat lampiran]",
    );
  });
});

describe("extractObservables", () => {
  it("finds URLs and their hosts, trimming sentence punctuation", () => {
    expect(pairs("Lihat https://Evil.Example.COM/Path?q=1. Juga (http://x.example/a_(b)).")).toEqual([
      "url:https://evil.example.com/Path?q=1",
      "domain:evil.example.com",
      "url:http://x.example/a_(b)",
      "domain:x.example",
    ]);
  });

  it("finds defanged indicators", () => {
    expect(pairs("hxxps://slot88[.]vip/daftar dan example[.]com serta 203.0.113[.]9 dan admin[@]judi.xyz")).toEqual([
      "url:https://slot88.vip/daftar",
      "domain:slot88.vip",
      "domain:example.com",
      "ip:203.0.113.9",
      "email:admin@judi.xyz",
    ]);
  });

  it("finds IPv4 and IPv6 addresses, not version numbers, times or MAC addresses", () => {
    expect(
      pairs(
        "dari 10.0.0.1, 2001:DB8::1 dan fe80::1%eth0? versi 1.2.3.4.5, jam 10:30:00, mac aa:bb:cc:dd:ee:ff, 999.1.1.1",
      ),
    ).toEqual(["ip:10.0.0.1", "ip:2001:db8::1", "ip:fe80::1"]);
    expect(pairs("http://[2001:db8::7]:8080/x")).toEqual(["url:http://[2001:db8::7]:8080/x", "ip:2001:db8::7"]);
    expect(pairs("URL http://198.51.100.4/shell.php")).toEqual([
      "url:http://198.51.100.4/shell.php",
      "ip:198.51.100.4",
    ]);
  });

  it("finds MD5, SHA-1 and SHA-256 hashes in lower case with their algorithm", () => {
    const found = extractObservables(
      "md5 44D88612FEA8A8F36DE82E1278ABB02F sha1 3395856ce81f2b7382dee72602f798b642f14140 sha256 275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
    );
    expect(found).toEqual([
      { kind: "hash", value: "44d88612fea8a8f36de82e1278abb02f", hashAlgorithm: "md5" },
      { kind: "hash", value: "3395856ce81f2b7382dee72602f798b642f14140", hashAlgorithm: "sha1" },
      {
        kind: "hash",
        value: "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f",
        hashAlgorithm: "sha256",
      },
    ]);
    // A 33-character hex run or a number is not a hash.
    expect(pairs("44d88612fea8a8f36de82e1278abb02fa 12345678901234567890123456789012")).toEqual([]);
  });

  it("finds e-mail addresses without finding their domain again", () => {
    expect(pairs("Kirim ke Admin@Pemkot-Denpasar.xyz atau csirt@denpasarkota.go.id.")).toEqual([
      "email:admin@pemkot-denpasar.xyz",
      "email:csirt@denpasarkota.go.id",
    ]);
  });

  it("does not take abbreviations and file names for domains", () => {
    expect(pairs("Jl.Majapahit No.1, S.Kom, index.php, shell.py, backup.zip, foto.JPG, e.g. ini")).toEqual([]);
    expect(pairs("denpasarkota.go.id dan sub.denpasarkota.go.id.")).toEqual([
      "domain:denpasarkota.go.id",
      "domain:sub.denpasarkota.go.id",
    ]);
  });

  it("reports each observable once, in order of appearance", () => {
    expect(pairs("1.1.1.1 evil.com 1.1.1.1 EVIL.com")).toEqual(["ip:1.1.1.1", "domain:evil.com"]);
  });

  it("stays fast on long hostile input", () => {
    const start = Date.now();
    extractObservables(`${"a.".repeat(10_000)} ${"1:".repeat(5_000)} ${"f".repeat(20_000)}`);
    expect(Date.now() - start).toBeLessThan(2_000);
  });
});
