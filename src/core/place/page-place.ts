/** Where a person is in one paged list: the page size and the tokens of the pages before. */
import { PAGE_SIZES } from '@/core/mlflow/search-filter';
import type { PageSize } from '@/core/mlflow/search-filter';

import { TEXT } from './place-codecs';
import type { Codec } from './place-codecs';
import { group, listParam, param } from './place-fields';
import type { PlaceField } from './place-schema';

export const DEFAULT_PAGE_SIZE: PageSize = 25;

/** Page size and the page tokens of the pages seen before this one (the first has none). */
export interface PagePlace {
  pageSize: PageSize;
  /** tokens[i] fetched page i + 1; empty on the first page. */
  pageTokens: string[];
}

/** The first page, at the size the person chose. */
export const firstPagePlace = (pageSize: PageSize = DEFAULT_PAGE_SIZE): PagePlace => ({
  pageSize,
  pageTokens: [],
});

const PAGE_SIZE: Codec<PageSize> = {
  parse: (text) =>
    /^\d+$/u.test(text) && (PAGE_SIZES as readonly number[]).includes(Number(text))
      ? (Number(text) as PageSize)
      : undefined,
  format: String,
};

/** A list's page as two parameters: its size (`sizeParam`) and one `pageParam` per token. */
export const pageField = (sizeParam: string, pageParam: string): PlaceField<PagePlace, object> =>
  group({
    pageSize: param(sizeParam, PAGE_SIZE, DEFAULT_PAGE_SIZE, {
      invalid: 'bad-page-size',
      emptyIsText: true,
    }),
    pageTokens: listParam(pageParam, TEXT, { dropEmpty: true }),
  });
