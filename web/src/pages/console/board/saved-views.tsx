import { ActionIcon, Button, Group, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MAX_VIEW_NAME,
  readSavedViews,
  withoutView,
  withView,
  writeSavedViews,
  type SavedView,
} from "./board-filters.ts";

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/** Named board views kept in this browser: save the current filters, apply or delete a saved one. */
export function SavedViews({ query, onApply }: { query: string; onApply: (query: string) => void }) {
  const { t } = useTranslation();
  const [views, setViews] = useState<SavedView[]>(() => readSavedViews(storage()));
  const [name, setName] = useState("");
  const update = (next: SavedView[]) => {
    setViews(next);
    writeSavedViews(storage(), next);
  };
  const save = () => {
    if (name.trim() === "") return;
    update(withView(views, { name, query }));
    setName("");
  };
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Group gap={4} wrap="wrap" role="list" aria-label={t("board.views.label")}>
        {views.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("board.views.none")}
          </Text>
        ) : null}
        {views.map((view) => (
          <Group key={view.name} gap={0} wrap="nowrap" role="listitem">
            <Button
              size="xs"
              variant={view.query === query ? "filled" : "light"}
              onClick={() => onApply(view.query)}
              aria-pressed={view.query === query}
            >
              {view.name}
            </Button>
            <ActionIcon
              size="md"
              variant="subtle"
              color="gray"
              aria-label={t("board.views.delete", { name: view.name })}
              onClick={() => update(withoutView(views, view.name))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
      </Group>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Group gap={4} align="flex-end" wrap="nowrap">
          <TextInput
            size="xs"
            label={t("board.views.name")}
            value={name}
            maxLength={MAX_VIEW_NAME}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button size="xs" type="submit" variant="default" disabled={name.trim() === ""}>
            {t("board.views.save")}
          </Button>
        </Group>
      </form>
    </Group>
  );
}
