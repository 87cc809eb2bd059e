import { SearchInput, ToolbarFilter } from '@patternfly/react-core';

interface NameFilterProps {
  /** The label's category, e.g. "Name". */
  category: string;
  ariaLabel: string;
  placeholder: string;
  /** What is typed (`useDebouncedFilter`'s text). */
  text: string;
  onTextChange: (text: string) => void;
  /** The filter the rows are searched with, shown as a label. */
  applied: string;
  /** Removes the filter at once (its label's close button). */
  onClear: () => void;
}

/** A "name contains" filter applied as the person types, with its label in the toolbar. */
export const NameFilter = ({
  category,
  ariaLabel,
  placeholder,
  text,
  onTextChange,
  applied,
  onClear,
}: NameFilterProps) => (
  <ToolbarFilter
    categoryName={category}
    labels={applied.trim() ? [applied.trim()] : []}
    deleteLabel={onClear}
  >
    <SearchInput
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={text}
      onChange={(_event, value) => {
        onTextChange(value);
      }}
      onClear={() => {
        onTextChange('');
      }}
    />
  </ToolbarFilter>
);
