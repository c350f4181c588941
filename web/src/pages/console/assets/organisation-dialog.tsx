import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ORGANISATION_KINDS, type OrganisationKindName } from "../../../../../src/core/organisation-kinds.ts";
import {
  createOrganisation,
  ORGANISATION_KEYS,
  updateOrganisation,
  type Organisation,
  type OrganisationInput,
} from "../../../api/organisations.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { fieldErrorsOf } from "./field-errors.ts";
import { ORGANISATION_KIND_LABELS } from "./organisations-tab.tsx";

/** Adds an organisation (null) or edits one. */
export function OrganisationDialog({
  organisation,
  onClose,
}: {
  organisation: Organisation | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [values, setValues] = useState({
    name: organisation?.name ?? "",
    shortName: organisation?.shortName ?? "",
    kind: organisation?.kind ?? ("agency" as OrganisationKindName),
    email: organisation?.email ?? "",
    phone: organisation?.phone ?? "",
  });
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const fieldErrors = fieldErrorsOf(error, t("validation.invalid"));
  const set = (field: keyof typeof values) => (e: { currentTarget: { value: string } }) => {
    const next = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: next }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (values.name.trim() === "") {
      setMissing(true);
      return;
    }
    const input: OrganisationInput = {
      name: values.name.trim(),
      shortName: values.shortName.trim() || null,
      kind: values.kind,
      email: values.email.trim() || null,
      phone: values.phone.trim() || null,
    };
    setBusy(true);
    setError(null);
    try {
      const saved = organisation ? await updateOrganisation(organisation.id, input) : await createOrganisation(input);
      notifications.show({ color: "green", message: t("assets.saved", { name: saved.name }) });
      await client.invalidateQueries({ queryKey: ORGANISATION_KEYS.all });
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
      title={organisation ? t("assets.organisations.editTitle") : t("assets.organisations.create")}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t("assets.organisations.name")}
            withAsterisk
            maxLength={200}
            value={values.name}
            onChange={(e) => {
              set("name")(e);
              setMissing(false);
            }}
            error={missing ? t("validation.required") : fieldErrors.name}
            data-autofocus
          />
          <TextInput
            label={t("assets.organisations.shortName")}
            maxLength={50}
            value={values.shortName}
            onChange={set("shortName")}
            error={fieldErrors.shortName}
          />
          <NativeSelect
            label={t("assets.organisations.kind")}
            value={values.kind}
            onChange={set("kind")}
            data={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(ORGANISATION_KIND_LABELS[k]) }))}
          />
          <TextInput
            label={t("assets.organisations.email")}
            type="email"
            value={values.email}
            onChange={set("email")}
            error={fieldErrors.email}
          />
          <TextInput
            label={t("assets.organisations.phone")}
            maxLength={50}
            value={values.phone}
            onChange={set("phone")}
            error={fieldErrors.phone}
          />
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
