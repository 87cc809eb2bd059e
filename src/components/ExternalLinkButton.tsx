import { Button } from '@patternfly/react-core';
import type { ButtonProps } from '@patternfly/react-core';
import { ExternalLinkAltIcon } from '@patternfly/react-icons';

interface ExternalLinkButtonProps {
  /** An https URL the caller has checked (`mlflow-links`, `isHttpsUrl`). */
  href: string;
  variant?: Extract<ButtonProps['variant'], 'link' | 'secondary' | 'primary'>;
  isInline?: boolean;
  /** The link's name when it shows the icon alone. */
  'aria-label'?: string;
  children?: string;
}

/**
 * A link that leaves the console (MLflow's own UI): a new browser tab that cannot reach back to
 * the console's window (`noopener noreferrer`), marked with the external-link icon after its text.
 */
export const ExternalLinkButton = ({
  href,
  variant = 'link',
  isInline,
  'aria-label': ariaLabel,
  children,
}: ExternalLinkButtonProps) => (
  <Button
    component="a"
    variant={variant}
    isInline={isInline}
    href={href}
    target="_blank"
    rel="noopener noreferrer"
    icon={<ExternalLinkAltIcon />}
    iconPosition={children ? 'end' : undefined}
    aria-label={ariaLabel}
  >
    {children}
  </Button>
);
