import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { OrganisationKindName } from "../../../../../src/core/organisation-kinds.ts";
import { ROLE_LABELS, ROLES, SPECIALTIES, type Role, type Specialty } from "../../../../../src/core/roles.ts";
import { useOrganisationChoices } from "../../../api/organisations.ts";
import { createUser, type User } from "../../../api/users.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { currentLanguage, localized, tk } from "../../../i18n/index.ts";
import { fieldErrorsOf } from "../assets/field-errors.ts";
import {
  EMPTY_NEW_USER,
  missingFields,
  newUserBody,
  organisationKindFor,
  takesSpecialty,
  type NewUserValues,
} from "./new-user.ts";

/** The five teams of the SOP an analyst works in. */
export const SPECIALTY_LABELS = {
  server: tk("users.specialty.server"),
  network: tk("users.specialty.network"),
  web_admin: tk("users.specialty.web_admin"),
  application: tk("users.specialty.application"),
  infosec: tk("users.specialty.infosec"),
} as const satisfies Record<Specialty, string>;

/** Creates an account of any role; the server generates its password, which the caller then shows once. */
export function CreateUserDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (user: User, password: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [values, setValues] = useState<NewUserValues>(EMPTY_NEW_USER);
  const [missing, setMissing] = useState<(keyof NewUserValues)[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const kind = organisationKindFor(values.role);
  const organisations = useOrganisationChoices(kind ? [kind as OrganisationKindName] : []);
  const serverErrors = fieldErrorsOf(error, t("validation.invalid"));
  const fieldError = (name: keyof NewUserValues) =>
    missing.includes(name) ? t("validation.required") : serverErrors[name];
  const set = (name: keyof NewUserValues) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [name]: value, ...(name === "role" ? { organisationId: "", specialty: "" } : {}) }));
    setMissing((m) => m.filter((f) => f !== name));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const gaps = missingFields(values);
    setMissing(gaps);
    if (gaps.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const created = await createUser(newUserBody(values));
      onCreated(created.user, created.password);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t("users.create")} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <NativeSelect
            label={t("users.role")}
            withAsterisk
            value={values.role}
            onChange={set("role")}
            error={fieldError("role")}
            data={[
              { value: "", label: t("common.choose") },
              ...ROLES.map((r: Role) => ({ value: r, label: localized(ROLE_LABELS[r], language) })),
            ]}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("users.username")}
              description={t("users.usernameHint")}
              withAsterisk
              autoComplete="off"
              value={values.username}
              onChange={set("username")}
              error={fieldError("username")}
            />
            <TextInput
              label={t("users.displayName")}
              withAsterisk
              value={values.displayName}
              onChange={set("displayName")}
              error={fieldError("displayName")}
            />
            <TextInput
              label={t("users.email")}
              type="email"
              value={values.email}
              onChange={set("email")}
              error={fieldError("email")}
            />
            <NativeSelect
              label={t("users.language")}
              value={values.language}
              onChange={set("language")}
              data={[
                { value: "id", label: t("language.id") },
                { value: "en", label: t("language.en") },
              ]}
            />
          </SimpleGrid>
          {takesSpecialty(values.role) && (
            <NativeSelect
              label={t("users.specialtyLabel")}
              value={values.specialty}
              onChange={set("specialty")}
              error={fieldError("specialty")}
              data={[
                { value: "", label: t("users.noSpecialty") },
                ...SPECIALTIES.map((s) => ({ value: s, label: t(SPECIALTY_LABELS[s]) })),
              ]}
            />
          )}
          {kind && (
            <NativeSelect
              label={t("users.organisation")}
              description={t("users.organisationHint")}
              withAsterisk
              value={values.organisationId}
              onChange={set("organisationId")}
              error={fieldError("organisationId")}
              data={[
                { value: "", label: t("common.choose") },
                ...(organisations.data ?? []).map((o) => ({ value: String(o.id), label: o.name })),
              ]}
            />
          )}
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("users.cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {t("users.createSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
