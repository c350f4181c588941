import { Group, Paper, Stack, Title } from "@mantine/core";
import { useId, type ReactNode } from "react";

/** A titled section of the incident page (a landmark named by its heading). */
export function SectionCard({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="sm" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A label and its value, as a row of a definition list. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="incident-field">
      <dt style={{ fontSize: "var(--mantine-font-size-xs)", color: "var(--mantine-color-gray-7)" }}>{label}</dt>
      <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{children}</dd>
    </div>
  );
}
