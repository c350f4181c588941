export * from "./catalogue.ts";
export * from "./reporter-status.ts";
export * from "./step-outputs.ts";
export * from "./transitions.ts";
export * from "./copies.ts";
