import {
  Button,
  Form,
  InputGroup,
  InputGroupItem,
  TextInput,
  ToolbarFilter,
} from '@patternfly/react-core';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { useDraft } from './useDraft';

interface ExpressionFilterProps {
  /** The label's category, e.g. "Filter". */
  category: string;
  ariaLabel: string;
  placeholder: string;
  /** The expression the rows are searched with, shown as a label. */
  applied: string;
  /** Searches with an expression ('' for none). */
  onApply: (expression: string) => void;
}

/**
 * A filter in MLflow's search syntax: applied with Apply or Enter only, since a half-typed
 * expression is an error, not a search; its label removes it.
 */
export const ExpressionFilter = ({
  category,
  ariaLabel,
  placeholder,
  applied,
  onApply,
}: ExpressionFilterProps) => {
  const { t } = useMlflowTranslation();
  const [text, setText] = useDraft(applied);
  return (
    <ToolbarFilter
      categoryName={category}
      labels={applied ? [applied] : []}
      deleteLabel={() => {
        onApply('');
      }}
    >
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          onApply(text.trim());
        }}
      >
        <InputGroup>
          <InputGroupItem isFill>
            <TextInput
              aria-label={ariaLabel}
              placeholder={placeholder}
              value={text}
              onChange={(_event, value) => {
                setText(value);
              }}
            />
          </InputGroupItem>
          <InputGroupItem>
            <Button type="submit" variant="control">
              {t('Apply')}
            </Button>
          </InputGroupItem>
        </InputGroup>
      </Form>
    </ToolbarFilter>
  );
};
