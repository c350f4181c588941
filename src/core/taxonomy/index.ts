export * from "./disposition.ts";
export * from "./incident-types.ts";
export * from "./pap.ts";
export * from "./rsit.ts";
export * from "./tlp.ts";
