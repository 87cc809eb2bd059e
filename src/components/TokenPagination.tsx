import { Pagination } from '@patternfly/react-core';
import type { PaginationProps } from '@patternfly/react-core';

import { PAGE_SIZES } from '@/core/mlflow/search-filter';
import type { PageSize } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export interface TokenPaginationProps {
  /** 0-based index of the page shown. */
  page: number;
  pageSize: PageSize;
  /** Rows on the page shown. */
  shownCount: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: PageSize) => void;
  isDisabled?: boolean;
  /** Tells apart several paginations on one page for screen readers. */
  ariaLabel: string;
}

/**
 * Paging for MLflow searches, which only know "next page": PatternFly's compact pagination with
 * the rows shown "of many" while MLflow has more, and the count once the last page says it.
 */
export const TokenPagination = ({
  page,
  pageSize,
  shownCount,
  hasNext,
  onPrevious,
  onNext,
  onPageSizeChange,
  isDisabled = false,
  ariaLabel,
}: TokenPaginationProps) => {
  const { t } = useMlflowTranslation();
  // Without a next page the total is the rows before this page and on it; an empty page past the
  // last full one (MLflow may hand out a token to it) keeps "of many" so that Previous stays.
  const itemCount =
    hasNext || (shownCount === 0 && page > 0) ? undefined : page * pageSize + shownCount;
  const toggleTemplate: PaginationProps['toggleTemplate'] = ({ firstIndex, lastIndex }) =>
    itemCount === undefined ? (
      <>{t('{{first}} - {{last}} of many', { first: firstIndex, last: lastIndex })}</>
    ) : (
      <>
        {t('{{first}} - {{last}} of {{total}}', {
          first: firstIndex,
          last: lastIndex,
          total: itemCount,
        })}
      </>
    );
  return (
    <Pagination
      isCompact
      isDisabled={isDisabled}
      itemCount={itemCount}
      page={page + 1}
      perPage={pageSize}
      perPageOptions={PAGE_SIZES.map((size) => ({ title: String(size), value: size }))}
      toggleTemplate={toggleTemplate}
      // Only one step either way: page tokens lead to the next page, the URL keeps the ones before.
      onNextClick={onNext}
      onPreviousClick={onPrevious}
      onPerPageSelect={(_event, size) => {
        onPageSizeChange(size as PageSize);
      }}
      titles={{
        paginationAriaLabel: ariaLabel,
        perPageSuffix: t('per page'),
        optionsToggleAriaLabel: undefined,
        toPreviousPageAriaLabel: t('Previous page'),
        toNextPageAriaLabel: t('Next page'),
      }}
    />
  );
};
