import { Button, Flex, FlexItem, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { AngleLeftIcon, AngleRightIcon } from '@patternfly/react-icons';

import { PAGE_SIZES } from '@/core/mlflow/search-filter';
import type { PageSize } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export interface TokenPaginationProps {
  /** 0-based index of the page shown. */
  page: number;
  pageSize: PageSize;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: PageSize) => void;
  isDisabled?: boolean;
  /** Tells apart several paginations on one page for screen readers. */
  ariaLabel: string;
}

/**
 * Paging for MLflow searches, which only know "next page": no total, no jumping, just previous,
 * next and the page size.
 */
export const TokenPagination = ({
  page,
  pageSize,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  onPageSizeChange,
  isDisabled = false,
  ariaLabel,
}: TokenPaginationProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Flex
      component="nav"
      aria-label={ariaLabel}
      alignItems={{ default: 'alignItemsCenter' }}
      spaceItems={{ default: 'spaceItemsSm' }}
    >
      <FlexItem>
        <FormSelect
          aria-label={t('Items per page')}
          value={String(pageSize)}
          onChange={(_event, value) => {
            onPageSizeChange(Number(value) as PageSize);
          }}
          isDisabled={isDisabled}
        >
          {PAGE_SIZES.map((size) => (
            <FormSelectOption
              key={size}
              value={String(size)}
              label={t('{{size}} per page', { size })}
            />
          ))}
        </FormSelect>
      </FlexItem>
      <FlexItem>
        <Button
          variant="plain"
          aria-label={t('Previous page')}
          onClick={onPrevious}
          isDisabled={isDisabled || !hasPrevious}
          icon={<AngleLeftIcon />}
        />
      </FlexItem>
      <FlexItem>{t('Page {{page}}', { page: page + 1 })}</FlexItem>
      <FlexItem>
        <Button
          variant="plain"
          aria-label={t('Next page')}
          onClick={onNext}
          isDisabled={isDisabled || !hasNext}
          icon={<AngleRightIcon />}
        />
      </FlexItem>
    </Flex>
  );
};
