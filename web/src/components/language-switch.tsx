import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { changeLanguage, currentLanguage, type Language } from "../i18n/index.ts";

/** The visible Bahasa Indonesia / English switch in every header; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value = i18n.language === "en" ? "en" : currentLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("language.label")}
      value={value}
      onChange={(next) => void changeLanguage(next as Language)}
      data={[
        {
          value: "id",
          label: (
            <span title={t("language.id")} lang="id">
              {t("language.short.id")}
            </span>
          ),
        },
        {
          value: "en",
          label: (
            <span title={t("language.en")} lang="en">
              {t("language.short.en")}
            </span>
          ),
        },
      ]}
      data-testid="language-switch"
    />
  );
}
