import { SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TeamSettings } from "../../../api/settings.ts";
import { SettingsSection } from "./section-card.tsx";

type Profile = TeamSettings["profile"];
const FIELDS = [
  "teamName",
  "teamFullName",
  "agencyName",
  "governmentName",
  "email",
  "phone",
  "website",
  "strNumber",
  "strExpires",
] as const satisfies readonly (keyof Profile)[];

/** The team profile the public landing page shows (RFC 2350: who, where, how to reach them). */
export function ProfileSection({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Profile>(profile);
  const input = (field: keyof Profile) => ({
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const next = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: next }));
    },
  });
  return (
    <SettingsSection
      title={t("settings.profile.title")}
      description={t("settings.profile.intro")}
      patch={() => ({ profile: values })}
      testId="settings-profile"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {FIELDS.map((field) => (
          <TextInput
            key={field}
            label={t(`settings.profile.${field}`)}
            withAsterisk={field === "teamName"}
            type={field === "email" ? "email" : field === "website" ? "url" : "text"}
            {...input(field)}
          />
        ))}
      </SimpleGrid>
      <Textarea label={t("settings.profile.address")} autosize minRows={2} {...input("address")} />
      <Textarea label={t("settings.profile.constituency")} autosize minRows={2} {...input("constituency")} />
    </SettingsSection>
  );
}
