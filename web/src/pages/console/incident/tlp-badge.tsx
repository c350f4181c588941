import { Badge, Tooltip } from "@mantine/core";
import { TLP, TLP_LEVELS, type TlpLevel } from "../../../../../src/core/taxonomy/tlp.ts";
import { currentLanguage, localized } from "../../../i18n/index.ts";

const isTlp = (value: string): value is TlpLevel => (TLP_LEVELS as readonly string[]).includes(value);

/** `TLP:AMBER` in its colour on black (as TLP 2.0 prescribes), its meaning on hover and focus. */
export function TlpBadge({ tlp }: { tlp: string }) {
  if (!isTlp(tlp)) return <Badge variant="outline">{tlp}</Badge>;
  const info = TLP[tlp];
  return (
    <Tooltip label={localized(info.explanation, currentLanguage())} multiline w={280} withArrow>
      <Badge
        tabIndex={0}
        radius="xs"
        styles={{
          root: { background: "#000", color: info.colour === "#FFFFFF" ? "#fff" : info.colour, flexShrink: 0 },
          label: { overflow: "visible" },
        }}
      >
        {info.label}
      </Badge>
    </Tooltip>
  );
}
