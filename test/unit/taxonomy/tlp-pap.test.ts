import { describe, expect, it } from "vitest";
import { PAP, PAP_LEVELS, isPapLevel } from "../../../src/core/taxonomy/pap.ts";
import { DEFAULT_TLP, TLP, TLP_LEVELS, isTlpLevel, stricterTlp } from "../../../src/core/taxonomy/tlp.ts";

describe("TLP 2.0", () => {
  it("has the five labels verbatim, in English capitals", () => {
    expect(TLP_LEVELS.map((l) => TLP[l].label)).toEqual([
      "TLP:CLEAR",
      "TLP:GREEN",
      "TLP:AMBER",
      "TLP:AMBER+STRICT",
      "TLP:RED",
    ]);
  });

  it("takes machine tags, colours and English text from the MISP data", () => {
    expect(TLP["AMBER+STRICT"].machineTag).toBe("tlp:amber+strict");
    expect(TLP.RED.colour).toBe("#FF2B2B");
    expect(TLP.CLEAR.explanation.en).toBe("Recipients can spread this to the world, there is no limit on disclosure.");
    for (const l of TLP_LEVELS) {
      expect(TLP[l].explanation.en).not.toMatch(/^\(TLP/);
      expect(TLP[l].explanation.id.length).toBeGreaterThan(20);
    }
  });

  it("defaults to AMBER and combines to the stricter level", () => {
    expect(DEFAULT_TLP).toBe("AMBER");
    expect(stricterTlp("GREEN", "AMBER+STRICT")).toBe("AMBER+STRICT");
    expect(stricterTlp("RED", "CLEAR")).toBe("RED");
    expect(isTlpLevel("AMBER+STRICT")).toBe(true);
    expect(isTlpLevel("WHITE")).toBe(false);
  });
});

describe("PAP", () => {
  it("has CLEAR, GREEN, AMBER and RED from the MISP data, without the deprecated WHITE", () => {
    expect(PAP_LEVELS.map((l) => PAP[l].label)).toEqual(["PAP:CLEAR", "PAP:GREEN", "PAP:AMBER", "PAP:RED"]);
    expect(PAP.RED.explanation.en).toMatch(/^Non-detectable actions only/);
    expect(PAP.GREEN.colour).toBe("#33FF00");
    expect(isPapLevel("WHITE")).toBe(false);
  });
});
