/**
 * The inventory card's item parts, laid out as the console's (console-shared dashboard
 * inventory-card): the title on the left, the status on the right, a skeleton while loading.
 */
import type {
  InventoryItemBodyProps,
  InventoryItemProps,
  InventoryItemTitleProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { Skeleton } from '@patternfly/react-core';

export const InventoryItem = ({ children }: InventoryItemProps) => (
  <div
    className="pf-v6-l-flex pf-m-justify-content-space-between pf-m-nowrap"
    data-test="inventory-item"
  >
    {children}
  </div>
);

export const InventoryItemTitle = ({ children }: InventoryItemTitleProps) => (
  <div className="pf-v6-l-flex pf-m-align-items-center pf-m-space-items-sm">{children}</div>
);

/** The console writes "Unavailable" in place of the status when the item's data failed. */
export const InventoryItemBody = ({ children, error }: InventoryItemBodyProps) => (
  <div>{error ? <span className="pf-v6-u-text-color-subtle">Unavailable</span> : children}</div>
);

export const InventoryItemLoading = () => (
  <Skeleton width="16px" height="16px" shape="circle" screenreaderText="Loading" />
);
