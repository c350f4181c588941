import { describe, expect, it } from "vitest";
import { planAssetImport } from "../../src/core/assets/import-plan.ts";

const HEADER = "application,urls,owner_agency,developer,iiv,server,server_hostname,server_addresses,server_location";

const plan = (text: string) => {
  const result = planAssetImport(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join("\n"));
  return result.plan;
};
const problems = (text: string) => {
  const result = planAssetImport(text);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => ({ row: p.row, column: p.column, code: p.code }));
};

describe("planAssetImport", () => {
  it("merges an application's rows (one per server) and normalises URLs, addresses and locations", () => {
    const p = plan(
      [
        HEADER,
        "SIAK,https://SIAK.denpasarkota.go.id/ siak.denpasarkota.go.id/api,Dinas Dukcapil,PT Maju,ya,srv-1,SRV-1.local,10.0.0.1;10.0.0.2,PDNS",
        "siak,https://siak.denpasarkota.go.id,,,,srv-2,,,cloud",
        "Portal,denpasarkota.go.id,Diskominfo,,tidak,srv-1,,,",
      ].join("\r\n"),
    );
    expect(p.applications).toHaveLength(2);
    const siak = p.applications[0]!;
    expect(siak).toMatchObject({
      name: "SIAK",
      ownerAgency: "Dinas Dukcapil",
      developer: "PT Maju",
      iiv: true,
      servers: ["srv-1", "srv-2"],
      rows: [2, 3],
    });
    expect(siak.urls.map((u) => u.url)).toEqual(["https://siak.denpasarkota.go.id", "siak.denpasarkota.go.id/api"]);
    expect(p.applications[1]).toMatchObject({ name: "Portal", iiv: false, servers: ["srv-1"] });
    expect(p.servers).toEqual([
      { name: "srv-1", hostname: "srv-1.local", addresses: ["10.0.0.1", "10.0.0.2"], location: "pdn", rows: [2, 4] },
      { name: "srv-2", location: "cloud", rows: [3] },
    ]);
  });

  it("accepts a ';'-separated file as Indonesian spreadsheets write it, columns in any order and case", () => {
    const p = plan('Server;Application;URLS\nsrv;Aplikasi A;"a.example b.example"\n');
    expect(p.applications[0]).toMatchObject({ name: "Aplikasi A", servers: ["srv"] });
    expect(p.applications[0]!.urls.map((u) => u.host)).toEqual(["a.example", "b.example"]);
  });

  it("lists every problem with its spreadsheet row and column", () => {
    const text = [
      HEADER,
      ",https://ok.example,,,,,,,",
      "App B,not-a-url ftp://x.example,,,maybe,,,,",
      "App C,,,,,srv,bad host,10.0.0.300,mars",
      "App D,,,,,,host.example,,",
      "",
      "App E,,Agency One,,,,,,",
      "app e,,Agency Two,,,,,,",
      "App F,https://shared.example/x,,,,,,,",
      "App G,http://SHARED.example/x/,,,,,,,",
      "App H,a,b,c,d,e,f,g,h,i,j",
    ].join("\n");
    expect(problems(text)).toEqual([
      { row: 2, column: "application", code: "required" },
      { row: 3, column: "urls", code: "invalid_url" },
      { row: 3, column: "urls", code: "invalid_url" },
      { row: 3, column: "iiv", code: "invalid_yes_no" },
      { row: 4, column: "server_hostname", code: "invalid_hostname" },
      { row: 4, column: "server_addresses", code: "invalid_address" },
      { row: 4, column: "server_location", code: "invalid_location" },
      { row: 5, column: "server_hostname", code: "server_fields_without_server" },
      { row: 8, column: "owner_agency", code: "differs_from_row" },
      { row: 10, column: "urls", code: "url_in_other_row" },
      { row: 11, column: null, code: "too_many_fields" },
    ]);
  });

  it("says what is wrong in Indonesian and in English", () => {
    const result = planAssetImport(`${HEADER}\nApp,,,,,srv,,,mars\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message.id).toBe(
      "Baris 2: lokasi server 'mars' tidak dikenal. Pilih: city_dc, pdn, third_party, cloud, unknown.",
    );
    expect(result.problems[0]!.message.en).toBe(
      "Row 2: unknown server location 'mars'. Choose one of: city_dc, pdn, third_party, cloud, unknown.",
    );
  });

  it("refuses a file without the application column, with unknown or repeated columns, empty, or header only", () => {
    expect(problems("name,urls\nx,y")).toEqual([
      { row: 1, column: null, code: "unknown_column" },
      { row: 1, column: "application", code: "missing_column" },
    ]);
    expect(problems("application,urls,urls\nx,,")).toEqual([{ row: 1, column: "urls", code: "duplicate_column" }]);
    expect(problems("")).toEqual([{ row: null, column: null, code: "empty_file" }]);
    expect(problems("\n\n")).toEqual([{ row: null, column: null, code: "empty_file" }]);
    expect(problems(`${HEADER}\n\n`)).toEqual([{ row: null, column: null, code: "no_rows" }]);
    expect(problems('application\n"unterminated')).toEqual([{ row: 2, column: null, code: "unterminated_quote" }]);
  });

  it("keeps line breaks in notes and descriptions, folds spaces in names", () => {
    const p = plan('application,description,notes\n"  Sistem   Kepegawaian ","Baris satu\nBaris dua","catatan"\n');
    expect(p.applications[0]).toMatchObject({
      name: "Sistem Kepegawaian",
      description: "Baris satu\nBaris dua",
      notes: "catatan",
    });
  });
});
