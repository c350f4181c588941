import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNoneOption, useOwnerOptions } from "./options.ts";

/** A recommendation as the form holds it. */
export interface RecommendationValues {
  body: string;
  owner: string;
  deadline: string;
}

export const newRecommendation = (): RecommendationValues => ({ body: "", owner: "", deadline: "" });

/** The recommendation as the step output takes it. */
export const recommendationOutput = (r: RecommendationValues) => ({
  body: r.body.trim(),
  owner: r.owner,
  deadline: r.deadline.trim(),
});

/**
 * Numbered recommendations, each with who carries it out and by when. `firstNumber` continues the
 * incident's numbering (an upstream CSIRT's recommendations follow the CSIRT's).
 */
export function RecommendationFields<V>({
  form,
  items,
  firstNumber = 1,
  min = 1,
  onAdd,
  onRemove,
}: {
  form: UseFormReturnType<V>;
  items: readonly RecommendationValues[];
  firstNumber?: number;
  min?: number;
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const none = useNoneOption();
  const owners = useOwnerOptions();
  const error = form.errors.recommendations;
  return (
    <Stack gap="sm">
      {items.map((_, index) => {
        const number = firstNumber + index;
        return (
          <Fieldset
            key={index}
            legend={t("incident.recommendation.legend", { number })}
            data-testid="recommendation-fields"
          >
            <Stack gap="sm">
              <Textarea
                label={t("incident.recommendation.body", { number })}
                required
                autosize
                minRows={2}
                {...form.getInputProps(`recommendations.${index}.body`)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t("incident.recommendation.owner", { number })}
                  required
                  data={[none, ...owners]}
                  {...form.getInputProps(`recommendations.${index}.owner`)}
                />
                <TextInput
                  type="date"
                  label={t("incident.recommendation.deadline", { number })}
                  required
                  {...form.getInputProps(`recommendations.${index}.deadline`)}
                />
              </SimpleGrid>
              {items.length > min ? (
                <div>
                  <Button size="xs" variant="subtle" color="red" onClick={() => onRemove(index)}>
                    {t("incident.recommendation.remove", { number })}
                  </Button>
                </div>
              ) : null}
            </Stack>
          </Fieldset>
        );
      })}
      {error ? (
        <Text role="alert" c="red.8" size="sm">
          {error}
        </Text>
      ) : null}
      <Group>
        <Button size="xs" variant="light" disabled={items.length >= 100} onClick={onAdd}>
          {t("incident.recommendation.add")}
        </Button>
      </Group>
    </Stack>
  );
}
