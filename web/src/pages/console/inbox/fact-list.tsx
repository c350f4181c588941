import { SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** Label–value pairs as a description list; pairs without a value are left out. */
export function FactList({ facts }: { facts: Array<[label: string, value: ReactNode]> }) {
  const shown = facts.filter(([, value]) => value !== null && value !== undefined && value !== "" && value !== false);
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
      {shown.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} className="break-anywhere" style={{ whiteSpace: "pre-wrap" }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
