import { NativeSelect, NumberInput, SimpleGrid, TagsInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TLP, TLP_LEVELS, type TlpLevel } from "../../../../../src/core/taxonomy/tlp.ts";
import type { TeamSettings } from "../../../api/settings.ts";
import { SettingsSection } from "./section-card.tsx";
import { bytesToMegabytes, megabytesToBytes, percentToShare, shareToPercent } from "./units.ts";

/** When a step's owner is warned (share of its time standard) and what the intake accepts. */
export function IntakeSection({ sla, intake }: { sla: TeamSettings["sla"]; intake: TeamSettings["intake"] }) {
  const { t } = useTranslation();
  const [warnPercent, setWarnPercent] = useState<number | string>(shareToPercent(sla.warnShare));
  const [values, setValues] = useState(intake);
  const [megabytes, setMegabytes] = useState<number | string>(bytesToMegabytes(intake.maxAttachmentBytes));
  return (
    <SettingsSection
      title={t("settings.intake.title")}
      description={t("settings.intake.intro")}
      patch={() => ({
        sla: { warnShare: percentToShare(Number(warnPercent)) },
        intake: { ...values, maxAttachmentBytes: megabytesToBytes(Number(megabytes)) },
      })}
      testId="settings-intake"
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput
          label={t("settings.intake.warnShare")}
          description={t("settings.intake.warnShareHint")}
          min={1}
          max={99}
          suffix=" %"
          allowDecimal={false}
          value={warnPercent}
          onChange={setWarnPercent}
        />
        <NumberInput
          label={t("settings.intake.maxAttachmentMb")}
          min={0.1}
          step={1}
          decimalScale={1}
          suffix=" MB"
          value={megabytes}
          onChange={setMegabytes}
        />
        <NumberInput
          label={t("settings.intake.maxAttachments")}
          min={0}
          max={50}
          allowDecimal={false}
          value={values.maxAttachments}
          onChange={(n) => setValues((v) => ({ ...v, maxAttachments: Number(n) }))}
        />
      </SimpleGrid>
      <TagsInput
        label={t("settings.intake.allowedMediaTypes")}
        description={t("settings.intake.allowedMediaTypesHint")}
        value={values.allowedMediaTypes}
        onChange={(allowedMediaTypes) => setValues((v) => ({ ...v, allowedMediaTypes }))}
        clearable
      />
      <TagsInput
        label={t("settings.intake.constituencyDomains")}
        description={t("settings.intake.constituencyDomainsHint")}
        value={values.constituencyDomains}
        onChange={(constituencyDomains) => setValues((v) => ({ ...v, constituencyDomains }))}
      />
      <NativeSelect
        label={t("settings.intake.defaultTlp")}
        data={TLP_LEVELS.map((level) => ({ value: level, label: TLP[level].label }))}
        value={values.defaultTlp}
        onChange={(e) => {
          const next = e.currentTarget.value as TlpLevel;
          setValues((v) => ({ ...v, defaultTlp: next }));
        }}
        maw={260}
      />
    </SettingsSection>
  );
}
