import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the browser tab's title (`Aduan Siber · Sigap`), which screen readers announce on navigation. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const app = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
