import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Page numbers under a list, with "N in all"; nothing when everything fits on one page. */
export function ListPages({
  total,
  page,
  pageSize,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t("assets.total", { count: total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          getControlProps={(control) => ({ "aria-label": t(`assets.pages.${control}`) })}
          getItemProps={(n) => ({ "aria-label": t("assets.pages.page", { n }) })}
        />
      )}
    </Group>
  );
}
