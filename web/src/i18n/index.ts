import i18next, { type ParseKeys } from "i18next";
import { initReactI18next } from "react-i18next";
import { setApiLanguage, setNetworkErrorMessage } from "../api/client.ts";
import en from "./en.json";
import id from "./id.json";

/*
 * Every string the web app shows comes from id.json (Bahasa Indonesia, the default) or en.json.
 * A unit test (test/unit/web-i18n.test.ts) fails when a key is in one file and not the other, or
 * when the source uses a key that neither has. Domain vocabularies that the server already keeps
 * in both languages (incident types, report stages, SOP step names) are shown from that data with
 * `localized()`, so there is one source for them.
 */

export const LANGUAGES = ["id", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "sigap.lang";

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  setApiLanguage(language);
  setNetworkErrorMessage(i18next.t("error.network"));
}

/** Starts i18next with the stored language (Indonesian unless the user chose English). */
export async function initI18n(): Promise<void> {
  const language = storedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyLanguage(language);
}

/** Switches the language and remembers the choice in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
  applyLanguage(language);
}

/** The active language. */
export const currentLanguage = (): Language => (i18next.language === "en" ? "en" : "id");

/** A text the server keeps in both languages, in the given one. */
export const localized = (text: { id: string; en: string } | null | undefined, language: Language): string =>
  text ? text[language] : "";

/**
 * Marks a string as a translation key used later with `t(key)`. It returns the key unchanged; the
 * i18n test treats `tk("…")` like `t("…")`, so keys kept in lookup tables are checked too.
 */
export const tk = <K extends ParseKeys>(key: K): K => key;
