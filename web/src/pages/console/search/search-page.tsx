import { Alert, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import {
  filtersFromParams,
  hasFilters,
  paramsFromFilters,
  useSearch,
  type SearchFilters,
} from "../../../api/search.ts";
import { ErrorAlert } from "../../../components/error-alert.tsx";
import { PageLoader } from "../../../components/page-loader.tsx";
import { usePageTitle } from "../../../components/use-page-title.ts";
import { SearchFilterFields } from "./search-filters.tsx";
import { SearchResult } from "./search-results.tsx";

/**
 * `/console/search?q=…`: words across incidents and their reports, with filters; the address
 * holds the search, so it can be bookmarked and shared. Newest first, more on request.
 */
export default function SearchPage() {
  const { t } = useTranslation();
  usePageTitle(t("search.title"));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [words, setWords] = useState(filters.q);
  const results = useSearch(filters);
  const hits = results.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (change: Partial<SearchFilters>) =>
    setParams(paramsFromFilters({ ...filters, ...change }), { replace: true });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply({ q: words });
  };

  return (
    <Stack>
      <div>
        <Title order={1}>{t("search.title")}</Title>
        <Text c="dimmed">{t("search.intro")}</Text>
      </div>
      <form role="search" onSubmit={submit} aria-label={t("search.title")}>
        <Stack gap="sm">
          <Group align="flex-end" wrap="nowrap">
            <TextInput
              type="search"
              label={t("search.words")}
              description={t("search.wordsHint")}
              value={words}
              maxLength={200}
              onChange={(e) => setWords(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit">{t("search.submit")}</Button>
          </Group>
          <SearchFilterFields filters={filters} onChange={apply} />
          {hasFilters(filters) && (
            <Group>
              <Button
                variant="subtle"
                onClick={() => {
                  setWords("");
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t("search.clear")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      <ErrorAlert error={results.error} />
      {results.isPending ? (
        <PageLoader />
      ) : hits.length === 0 ? (
        <Alert color="gray" variant="light">
          {t("search.none")}
        </Alert>
      ) : (
        <section aria-label={t("search.results")}>
          <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
            {results.hasNextPage
              ? t("search.shownMore", { count: hits.length })
              : t("search.shown", { count: hits.length })}
          </Text>
          <Stack
            gap="sm"
            component="ol"
            style={{ listStyle: "none", padding: 0, margin: 0 }}
            data-testid="search-results"
          >
            {hits.map((hit) => (
              <SearchResult key={hit.id} hit={hit} />
            ))}
          </Stack>
        </section>
      )}
      {results.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={results.isFetchingNextPage} onClick={() => void results.fetchNextPage()}>
            {t("search.loadMore")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
