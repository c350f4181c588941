import "i18next";
import type id from "./id.json";

// Keys passed to t() are checked by the compiler against id.json (the unit test checks en.json).
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof id };
  }
}
