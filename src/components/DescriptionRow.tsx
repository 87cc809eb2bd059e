import {
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';

interface DescriptionRowProps {
  term: string;
  children: ReactNode;
}

/** One term and its description, inside a DescriptionList. */
export const DescriptionRow = ({ term, children }: DescriptionRowProps) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);
