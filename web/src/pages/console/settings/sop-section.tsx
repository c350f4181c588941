import { List, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSop } from "../../../api/settings.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { SettingsSection } from "./section-card.tsx";

/** The SOP definition file on the server (empty: the Denpasar SOP), and the SOP in use now. */
export function SopSection({ file }: { file: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sop = useSop().data;
  const [path, setPath] = useState(file);
  return (
    <SettingsSection
      title={t("settings.sop.title")}
      description={t("settings.sop.intro")}
      patch={() => ({ sopDefinitionFile: path.trim() })}
      testId="settings-sop"
    >
      <TextInput
        label={t("settings.sop.file")}
        description={t("settings.sop.fileHint")}
        placeholder="/etc/sigap/sop.json"
        value={path}
        onChange={(e) => setPath(e.currentTarget.value)}
        styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
      />
      {sop && (
        <div>
          <Text size="sm" fw={600}>
            {t("settings.sop.inUse", { name: localized(sop.name, language), version: sop.version })}
          </Text>
          <List size="sm" type="ordered">
            {sop.steps.map((s) => (
              <List.Item key={s.number}>
                {localized(s.name, language)}{" "}
                <Text span size="xs" c="dimmed">
                  ({s.timeStandard.amount} {t(`settings.sop.unit.${s.timeStandard.unit}`)})
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </SettingsSection>
  );
}
