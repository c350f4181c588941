// GENERATED FILE — do not edit. Regenerate with `npx tsx scripts/generate-taxonomy.ts`.
// Source: MISP/misp-taxonomies PAP/machinetag.json, namespace "PAP", version 3, commit 7591c551cce82552b9b21773e05f4a50bccfdfac.
// File: ../shared/data/taxonomy/misp-taxonomies/PAP/machinetag.json (sha256 a1f6323c2ae25fd0924b469b3d0bfec1b6fad31aa2d8f1fb3d7abb9f37b00742).

/** Namespace, version and description of the "PAP" taxonomy. */
export const PAP_TAXONOMY = {
  namespace: "PAP",
  version: 3,
  description:
    "The Permissible Actions Protocol - or short: PAP - was designed to indicate how the received information can be used.",
} as const;

/** The predicates of "PAP", in source order. Tag form: `PAP:<predicate>`. */
export const PAP_PREDICATES = [
  {
    tag: "PAP:RED",
    value: "RED",
    expanded:
      "(PAP:RED) Non-detectable actions only. Recipients may not use PAP:RED information on the network. Only passive actions on logs, that are not detectable from the outside.",
    colour: "#ff2b2b",
    uuid: "35c5f1fa-c244-504e-bdd8-a6e98f502ab7",
  },
  {
    tag: "PAP:AMBER",
    value: "AMBER",
    expanded:
      "(PAP:AMBER) Passive cross check. Recipients may use PAP:AMBER information for conducting online checks, like using services provided by third parties (e.g. ripe whois), or set up a monitoring honeypot.",
    colour: "#ffc000",
    uuid: "09f19595-73dc-5cc2-8e56-48a8403e4053",
  },
  {
    tag: "PAP:GREEN",
    value: "GREEN",
    expanded:
      "(PAP:GREEN) Active actions allowed. Recipients may use PAP:GREEN information to ping the target, block incoming/outgoing traffic from/to the target or specifically configure honeypots to interact with the target.",
    colour: "#33ff00",
    uuid: "52ef05b9-08cf-56fb-aaec-82093f6dc677",
  },
  {
    tag: "PAP:CLEAR",
    value: "CLEAR",
    expanded: "(PAP:CLEAR) No restrictions in using this information.",
    colour: "#ffffff",
    uuid: "cd72ec20-215c-5cd3-a3a7-06755f81d6bb",
  },
  {
    tag: "PAP:WHITE",
    value: "WHITE",
    expanded: "(PAP:WHITE) No restrictions in using this information.",
    colour: "#ffffff",
    uuid: "6b973638-eafb-5265-bf70-b96bd06ddfdb",
  },
] as const;

/** A predicate value of "PAP". */
export type PapPredicate = (typeof PAP_PREDICATES)[number]["value"];

/** A machine tag of "PAP", e.g. `PAP:RED`. */
export type PapTag = (typeof PAP_PREDICATES)[number]["tag"];
