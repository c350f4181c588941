import { describe, expect, it } from "vitest";
import { normaliseHost, normaliseIp, normaliseUrl, pathCovers } from "../../src/core/assets/url.ts";

describe("normaliseUrl", () => {
  it("lower-cases scheme and host, drops the default port, the trailing slash, query, fragment and credentials", () => {
    expect(normaliseUrl("HTTPS://Sipd.DenpasarKota.go.id:443/App/?a=1#top")).toEqual({
      url: "https://sipd.denpasarkota.go.id/App",
      host: "sipd.denpasarkota.go.id",
      pathPrefix: "/App",
    });
    expect(normaliseUrl("http://user:secret@example.go.id:80/")).toEqual({
      url: "http://example.go.id",
      host: "example.go.id",
      pathPrefix: "/",
    });
    expect(normaliseUrl("https://example.go.id:8443/x//")?.url).toBe("https://example.go.id:8443/x");
  });

  it("writes international domain names as punycode", () => {
    expect(normaliseUrl("https://Bücher.example/Katalog")).toEqual({
      url: "https://xn--bcher-kva.example/Katalog",
      host: "xn--bcher-kva.example",
      pathPrefix: "/Katalog",
    });
    expect(normaliseUrl("пример.рф")?.host).toBe("xn--e1afmkfd.xn--p1ai");
  });

  it("takes a bare domain, with or without port and path, and keeps it without a scheme", () => {
    expect(normaliseUrl("Example.go.id")).toEqual({ url: "example.go.id", host: "example.go.id", pathPrefix: "/" });
    expect(normaliseUrl("example.go.id:8080/app/")).toEqual({
      url: "example.go.id:8080/app",
      host: "example.go.id",
      pathPrefix: "/app",
    });
    expect(normaliseUrl("example.go.id.")?.host).toBe("example.go.id");
  });

  it("resolves dot segments and keeps the path's case", () => {
    expect(normaliseUrl("https://x.go.id/a/../B/./c")?.pathPrefix).toBe("/B/c");
  });

  it("handles IP hosts, IPv6 in brackets", () => {
    expect(normaliseUrl("http://10.0.0.1:80/admin")).toEqual({
      url: "http://10.0.0.1/admin",
      host: "10.0.0.1",
      pathPrefix: "/admin",
    });
    expect(normaliseUrl("https://[2001:DB8:0:0::1]:8443/")).toEqual({
      url: "https://[2001:db8::1]:8443",
      host: "2001:db8::1",
      pathPrefix: "/",
    });
  });

  it("refuses what is not a web address", () => {
    for (const bad of [
      "",
      "   ",
      "ftp://files.example",
      "mailto:a@b.example",
      "a@b.example",
      "javascript:alert(1)",
      "exa mple.com",
      "localhost",
      "http://intranet/app",
      "http://x..y",
      "http://1.2.3",
      "http://0x7f.1",
      "010.1.1.1",
      "https://",
    ]) {
      expect(normaliseUrl(bad), bad).toBeNull();
    }
  });
});

describe("normaliseHost and normaliseIp", () => {
  it("normalises host names and addresses", () => {
    expect(normaliseHost(" WWW.Example.GO.ID. ")).toBe("www.example.go.id");
    expect(normaliseHost("10.1.2.3")).toBe("10.1.2.3");
    expect(normaliseHost("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normaliseHost("bücher.example")).toBe("xn--bcher-kva.example");
    expect(normaliseHost("has space.example")).toBeNull();
    expect(normaliseHost("example.go.id/path")).toBeNull();
  });

  it("writes IPv6 compressed and lower-case, and refuses ambiguous IPv4", () => {
    expect(normaliseIp("2001:0DB8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(normaliseIp("::ffff:10.0.0.1")).toBe("::ffff:a00:1");
    expect(normaliseIp("192.168.1.1")).toBe("192.168.1.1");
    expect(normaliseIp("192.168.1.256")).toBeNull();
    expect(normaliseIp("192.168.01.1")).toBeNull();
    expect(normaliseIp("example.com")).toBeNull();
    expect(normaliseIp("1::2::3")).toBeNull();
  });
});

describe("pathCovers", () => {
  it("covers on whole segments, the root covers everything", () => {
    expect(pathCovers("/", "/anything/at/all")).toBe(true);
    expect(pathCovers("/app", "/app")).toBe(true);
    expect(pathCovers("/app", "/app/login")).toBe(true);
    expect(pathCovers("/app", "/apple")).toBe(false);
    expect(pathCovers("/app", "/")).toBe(false);
    expect(pathCovers("/App", "/app")).toBe(false);
  });
});
