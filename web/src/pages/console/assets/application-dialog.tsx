import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { splitList } from "../../../../../src/core/assets/registry.ts";
import {
  ASSET_KEYS,
  createApplication,
  linkApplicationServer,
  unlinkApplicationServer,
  updateApplication,
  useApplication,
  useServers,
  type Application,
  type ApplicationInput,
} from "../../../api/assets.ts";
import { useOrganisationChoices } from "../../../api/organisations.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { fieldErrorsOf } from "./field-errors.ts";
import { linkChanges } from "./link-changes.ts";

/** Registers an application (null) or edits one, with the servers it runs on. */
export function ApplicationDialog({ application, onClose }: { application: Application | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const agencies = useOrganisationChoices(["agency"]);
  const developers = useOrganisationChoices(["vendor", "agency", "other"]);
  const servers = useServers({ pageSize: 200 });
  const detail = useApplication(application?.id ?? null);
  const [values, setValues] = useState({
    name: application?.name ?? "",
    description: application?.description ?? "",
    urls: application?.urls.join("\n") ?? "",
    owner: application?.owner ? String(application.owner.id) : "",
    developer: application?.developer ? String(application.developer.id) : "",
    iiv: application?.iiv ?? false,
    notes: application?.notes ?? "",
    retired: application?.retired ?? false,
  });
  const linked = detail.data?.servers.map((s) => String(s.id));
  // Until the user picks, the servers the application runs on now.
  const [pickedServers, setPickedServers] = useState<string[] | null>(null);
  const serverIds = pickedServers ?? linked ?? [];
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldErrors = fieldErrorsOf(error, t("validation.invalid"));
  const set =
    (field: "name" | "description" | "urls" | "owner" | "developer" | "notes") =>
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
    const input: ApplicationInput = {
      name: values.name.trim(),
      description: values.description.trim() || null,
      urls: splitList(values.urls),
      ownerOrganisationId: values.owner ? Number(values.owner) : null,
      developerOrganisationId: values.developer ? Number(values.developer) : null,
      iiv: values.iiv,
      notes: values.notes.trim() || null,
    };
    setBusy(true);
    setError(null);
    try {
      let saved;
      if (application) {
        saved = await updateApplication(application.id, { ...input, retired: values.retired });
        const { add, remove } = linkChanges(linked ?? [], serverIds);
        for (const id of add) await linkApplicationServer(application.id, id);
        for (const id of remove) await unlinkApplicationServer(application.id, id);
      } else {
        saved = await createApplication({ ...input, serverIds: serverIds.map(Number) });
      }
      notifications.show({ color: "green", message: t("assets.saved", { name: saved.name }) });
      await Promise.all([
        client.invalidateQueries({ queryKey: ASSET_KEYS.applications }),
        client.invalidateQueries({ queryKey: ASSET_KEYS.servers }),
      ]);
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const orgChoices = (list: { id: number; name: string }[] | undefined) => [
    { value: "", label: t("assets.none") },
    ...(list ?? []).map((o) => ({ value: String(o.id), label: o.name })),
  ];

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={application ? t("assets.applications.editTitle") : t("assets.applications.create")}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t("assets.applications.name")}
            withAsterisk
            value={values.name}
            onChange={(e) => {
              set("name")(e);
              setMissing(false);
            }}
            error={missing ? t("validation.required") : fieldErrors.name}
            data-autofocus
          />
          <Textarea
            label={t("assets.applications.urls")}
            description={t("assets.applications.urlsHint")}
            autosize
            minRows={2}
            value={values.urls}
            onChange={set("urls")}
            error={Object.keys(fieldErrors).some((k) => k.startsWith("urls")) ? t("validation.invalid") : undefined}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t("assets.applications.owner")}
              value={values.owner}
              onChange={set("owner")}
              data={orgChoices(agencies.data)}
            />
            <NativeSelect
              label={t("assets.applications.developer")}
              value={values.developer}
              onChange={set("developer")}
              data={orgChoices(developers.data)}
            />
          </SimpleGrid>
          <MultiSelect
            label={t("assets.applications.servers")}
            searchable
            value={serverIds}
            onChange={setPickedServers}
            disabled={application !== null && !linked}
            data={(servers.data?.items ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
          />
          <Checkbox
            label={t("assets.applications.iivLabel")}
            description={t("assets.applications.iivHint")}
            checked={values.iiv}
            onChange={(e) => {
              const next = e.currentTarget.checked;
              setValues((v) => ({ ...v, iiv: next }));
            }}
          />
          <Textarea
            label={t("assets.applications.description")}
            autosize
            minRows={2}
            value={values.description}
            onChange={set("description")}
          />
          <Textarea
            label={t("assets.notes")}
            description={t("assets.notesHint")}
            autosize
            minRows={2}
            value={values.notes}
            onChange={set("notes")}
          />
          {application && (
            <Checkbox
              label={t("assets.retireLabel")}
              description={t("assets.applications.retireHint")}
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
