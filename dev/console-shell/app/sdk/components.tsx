/** Timestamp, DocumentTitle and ResourceLink, rendered as the console 4.22 renders them. */
import type {
  DocumentTitleProps,
  K8sGroupVersionKind,
  ResourceLinkProps,
  TimestampProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { Tooltip } from '@patternfly/react-core';
import { GlobeAmericasIcon } from '@patternfly/react-icons/dist/esm/icons/globe-americas-icon';
import { useEffect, useSyncExternalStore } from 'react';
import { Link } from 'react-router';

import { dateLanguage, durationText, timestampText, utcDateTimeText } from './datetime';
import { parseReference } from './k8s-model';
import { ResourceIcon } from './resource-icon';
import { resourcePath } from './resource-path';

// The console re-renders its timestamps on a tick: every 10 s from its start it stores the time
// (its UI state's lastTick), which is unset until the first tick. Until then it shows no time
// relatively; so does the shell, whose bootstrap starts the same tick.
const TICK_MS = 10_000;
let lastTick: number | undefined;
const tickListeners = new Set<() => void>();
const subscribeTick = (listener: () => void) => {
  tickListeners.add(listener);
  return () => {
    tickListeners.delete(listener);
  };
};
const getTick = () => lastTick;

/** Starts the timestamps' tick (from no tick yet); returns its stop. */
export const startTimestampTick = (): (() => void) => {
  lastTick = undefined;
  const timer = setInterval(() => {
    lastTick = Date.now();
    tickListeners.forEach((listener) => {
      listener();
    });
  }, TICK_MS);
  return () => {
    clearInterval(timer);
  };
};

// The tooltip's language is the one stored when the console loaded (it builds that formatter once);
// the shell loads the page again whenever its language changes.
const bootLanguage = dateLanguage();

/**
 * As the console's: "-" for no time or an invalid one; recent times relatively ("Just now",
 * "9 minutes ago"), older ones as "Dec 7, 2026, 5:06 PM", both in the language the console formats
 * dates in (see ./datetime.ts); the exact UTC time in a tooltip; `simple` gives the text alone.
 */
export const Timestamp = ({ timestamp, simple, omitSuffix, className }: TimestampProps) => {
  const tick = useSyncExternalStore(subscribeTick, getTick);
  if (!timestamp) return <div className="co-timestamp">-</div>;
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return <div className="co-timestamp">-</div>;
  // Read at every render, as the console does: the console may drop the stored language meanwhile.
  const language = dateLanguage();
  const text = omitSuffix
    ? durationText(date)
    : timestampText(date, tick === undefined ? undefined : new Date(tick), language);
  if (simple) return <>{text}</>;
  return (
    <div
      className={`co-timestamp co-icon-and-text ${className ?? ''}`}
      style={{ display: 'flex', alignItems: 'baseline', gap: 'var(--pf-t--global--spacer--xs)' }}
    >
      <GlobeAmericasIcon className="co-icon-and-text__icon" />
      <Tooltip content={<span className="co-nowrap">{utcDateTimeText(date, bootLanguage)}</span>}>
        <span data-test="timestamp">{text}</span>
      </Tooltip>
    </div>
  );
};

/** Sets the browser tab's title, "<title> · <product>", like the console. */
export const DocumentTitle = ({ children }: DocumentTitleProps) => {
  useEffect(() => {
    document.title = `${children} · Console shell`;
  }, [children]);
  return null;
};

/**
 * As the console's: the kind's badge (./resource-icon.tsx), then the name (or `displayName`) as a
 * link to the object's console page, carrying `data-test`; nothing without a kind.
 */
export const ResourceLink = ({
  // The console still honours the deprecated `kind` reference; so does the shell.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  kind,
  groupVersionKind,
  className,
  displayName,
  inline = false,
  linkTo = true,
  name,
  nameSuffix,
  namespace,
  hideIcon,
  title,
  dataTest,
  onClick,
  truncate,
  children,
}: ResourceLinkProps) => {
  const gvk: K8sGroupVersionKind | undefined =
    groupVersionKind ?? (kind ? (parseReference(kind) ?? { version: 'v1', kind }) : undefined);
  if (!gvk) return null;
  const value = displayName ?? name;
  const nameProps = {
    className: 'co-resource-item__resource-name',
    'data-test-id': value,
    'data-test': dataTest ?? value,
    style: { minWidth: 0 },
  };
  return (
    <span
      className={[
        'co-resource-item',
        className,
        inline && 'co-resource-item--inline',
        truncate && 'co-resource-item--truncate',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{
        alignItems: 'baseline',
        display: inline ? 'inline-flex' : 'flex',
        minWidth: 0,
        overflowWrap: 'anywhere',
        ...(inline ? { margin: '0 20px 0 0' } : {}),
        ...(truncate ? { whiteSpace: 'nowrap' } : {}),
      }}
    >
      {!hideIcon && <ResourceIcon kind={gvk.kind} />}
      {linkTo ? (
        <Link
          to={resourcePath(gvk, name, namespace)}
          title={title}
          onClick={onClick}
          {...nameProps}
        >
          {value}
          {nameSuffix}
        </Link>
      ) : (
        <span {...nameProps}>
          {value}
          {nameSuffix}
        </span>
      )}
      {children}
    </span>
  );
};
