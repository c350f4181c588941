import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { SERVER_LOCATIONS, SERVER_LOCATION_LABELS, splitList } from "../../../../../src/core/assets/registry.ts";
import type { ServerLocation } from "../../../../../src/db/schema.ts";
import { ASSET_KEYS, createServer, updateServer, type Server, type ServerInput } from "../../../api/assets.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized } from "../../../i18n/index.ts";
import { fieldErrorsOf } from "./field-errors.ts";

/** Registers a server (null) or edits one. */
export function ServerDialog({ server, onClose }: { server: Server | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState({
    name: server?.name ?? "",
    hostname: server?.hostname ?? "",
    addresses: server?.addresses.join(", ") ?? "",
    location: server?.location ?? ("unknown" as ServerLocation),
    provider: server?.provider ?? "",
    notes: server?.notes ?? "",
    retired: server?.retired ?? false,
  });
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldErrors = fieldErrorsOf(error, t("validation.invalid"));
  const set =
    (field: "name" | "hostname" | "addresses" | "location" | "provider" | "notes") =>
    (e: { currentTarget: { value: string } }) => {
      const next = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: next }));
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.name.trim() === "") {
      setMissing(true);
      return;
    }
    const input: ServerInput = {
      name: values.name.trim(),
      hostname: values.hostname.trim() || null,
      addresses: splitList(values.addresses),
      location: values.location,
      provider: values.provider.trim() || null,
      notes: values.notes.trim() || null,
    };
    setBusy(true);
    setError(null);
    try {
      const saved = server
        ? await updateServer(server.id, { ...input, retired: values.retired })
        : await createServer(input);
      notifications.show({ color: "green", message: t("assets.saved", { name: saved.name }) });
      await Promise.all([
        client.invalidateQueries({ queryKey: ASSET_KEYS.servers }),
        client.invalidateQueries({ queryKey: ASSET_KEYS.applications }),
      ]);
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={server ? t("assets.servers.editTitle") : t("assets.servers.create")}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t("assets.servers.name")}
            withAsterisk
            value={values.name}
            onChange={(e) => {
              set("name")(e);
              setMissing(false);
            }}
            error={missing ? t("validation.required") : fieldErrors.name}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("assets.servers.hostname")}
              value={values.hostname}
              onChange={set("hostname")}
              error={fieldErrors.hostname}
            />
            <TextInput
              label={t("assets.servers.addresses")}
              description={t("assets.servers.addressesHint")}
              value={values.addresses}
              onChange={set("addresses")}
              error={
                Object.keys(fieldErrors).some((k) => k.startsWith("addresses")) ? t("validation.invalid") : undefined
              }
            />
            <NativeSelect
              label={t("assets.servers.location")}
              value={values.location}
              onChange={set("location")}
              data={SERVER_LOCATIONS.map((l) => ({
                value: l,
                label: localized(SERVER_LOCATION_LABELS[l], currentLanguage()),
              }))}
            />
            <TextInput label={t("assets.servers.provider")} value={values.provider} onChange={set("provider")} />
          </SimpleGrid>
          <Textarea
            label={t("assets.notes")}
            description={t("assets.notesHint")}
            autosize
            minRows={2}
            value={values.notes}
            onChange={set("notes")}
          />
          {server && (
            <Checkbox
              label={t("assets.retireLabel")}
              description={t("assets.servers.retireHint")}
              checked={values.retired}
              onChange={(e) => {
                const next = e.currentTarget.checked;
                setValues((v) => ({ ...v, retired: next }));
              }}
            />
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("assets.cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {t("assets.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
