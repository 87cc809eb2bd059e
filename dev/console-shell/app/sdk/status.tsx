/**
 * StatusIconAndText and the coloured status icons, rendered as the console's (console-dynamic-
 * plugin-sdk app/components/status): the icon in its status colour, then the text; with `iconOnly`
 * the text becomes the icon's tooltip.
 */
import type { StatusComponentProps } from '@openshift-console/dynamic-plugin-sdk';
import { Icon } from '@patternfly/react-core';
import type { IconSize } from '@patternfly/react-core';
import { CheckCircleIcon } from '@patternfly/react-icons/dist/esm/icons/check-circle-icon';
import { ExclamationCircleIcon } from '@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon';
import { ExclamationTriangleIcon } from '@patternfly/react-icons/dist/esm/icons/exclamation-triangle-icon';
import { InfoCircleIcon } from '@patternfly/react-icons/dist/esm/icons/info-circle-icon';
import type { ComponentType, ReactElement } from 'react';

interface ColoredIconProps {
  className?: string;
  title?: string;
  size?: IconSize;
  dataTest?: string;
}

const colored =
  (
    status: 'success' | 'danger' | 'warning' | 'info',
    Glyph: ComponentType<{ title?: string }>,
    defaultTest: string,
  ) =>
  ({ className, title, size, dataTest }: ColoredIconProps) => (
    <Icon
      status={status}
      size={size}
      isInline={!size}
      className={className}
      data-test={dataTest ?? defaultTest}
    >
      <Glyph title={title} />
    </Icon>
  );

export const GreenCheckCircleIcon = colored('success', CheckCircleIcon, 'success-icon');
export const RedExclamationCircleIcon = colored('danger', ExclamationCircleIcon, 'danger-icon');
export const YellowExclamationTriangleIcon = colored(
  'warning',
  ExclamationTriangleIcon,
  'warning-icon',
);
export const BlueInfoCircleIcon = colored('info', InfoCircleIcon, 'info-icon');

type StatusIconAndTextProps = StatusComponentProps & { icon?: ReactElement; spin?: boolean };

/** The console shows a dash when there is no status text. */
export const StatusIconAndText = ({
  icon,
  title,
  iconOnly,
  noTooltip,
  className,
}: StatusIconAndTextProps) => {
  if (!title) return <>-</>;
  return (
    <span
      className={`pf-v6-u-display-inline-flex pf-v6-u-align-items-baseline ${className ?? ''}`}
      style={{ gap: 'var(--pf-t--global--spacer--xs)' }}
      title={iconOnly && !noTooltip ? title : undefined}
    >
      {icon}
      {iconOnly ? null : <span data-test="status-text">{title}</span>}
    </span>
  );
};
