/** Timestamp, DocumentTitle and ResourceLink: small, console-like renderings. */
import type {
  DocumentTitleProps,
  K8sGroupVersionKind,
  ResourceLinkProps,
  TimestampProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { GlobeAmericasIcon } from '@patternfly/react-icons/dist/esm/icons/globe-americas-icon';
import { useEffect } from 'react';
import { Link } from 'react-router';

import { parseReference } from './k8s-model';
import { resourcePath } from './resource-path';

// In the user's language, as the console (console-shared utils/datetime.ts): the shell puts it on
// <html lang> before anything renders, and loads the page again when it changes.
let formatter: Intl.DateTimeFormat | undefined;
const formatTime = (date: Date): string => {
  formatter ??= new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return formatter.format(date);
};

const toDate = (timestamp: unknown): Date | undefined => {
  if (timestamp instanceof Date) return timestamp;
  if (typeof timestamp === 'number' || typeof timestamp === 'string') {
    const d = new Date(timestamp);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
};

/** ISO 8601, epoch milliseconds or a Date, shown in the user's locale; the UTC time as title. */
export const Timestamp = ({ timestamp, simple, className }: TimestampProps) => {
  const date = toDate(timestamp);
  if (!date) return <span className={className}>-</span>;
  const text = formatTime(date);
  if (simple) return <span className={className}>{text}</span>;
  return (
    <span
      className={`pf-v6-l-flex pf-m-space-items-xs pf-m-nowrap ${className ?? ''}`}
      title={date.toUTCString()}
    >
      <GlobeAmericasIcon aria-hidden />
      <span data-test="timestamp">{text}</span>
    </span>
  );
};

/** Sets the browser tab's title, "<title> · <product>", like the console. */
export const DocumentTitle = ({ children }: DocumentTitleProps) => {
  useEffect(() => {
    document.title = `${children} · Console shell`;
  }, [children]);
  return null;
};

const abbreviation = (kind: string): string => {
  const known: Record<string, string> = { Namespace: 'NS', Project: 'PR', ServiceAccount: 'SA' };
  return known[kind] ?? (kind.replace(/[^A-Z]/g, '') || kind.slice(0, 2)).toUpperCase().slice(0, 4);
};

export const ResourceLink = ({
  // The console still honours the deprecated `kind` reference; so does the shell.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  kind,
  groupVersionKind,
  className,
  displayName,
  inline,
  linkTo = true,
  name,
  namespace,
  hideIcon,
  title,
  dataTest,
  onClick,
  children,
}: ResourceLinkProps) => {
  const gvk: K8sGroupVersionKind | undefined =
    groupVersionKind ?? (kind ? (parseReference(kind) ?? { version: 'v1', kind }) : undefined);
  const value = displayName ?? name;
  const icon =
    !hideIcon && gvk ? (
      <span
        className="pf-v6-c-label pf-m-compact pf-m-blue"
        title={gvk.kind}
        style={{ marginInlineEnd: 'var(--pf-t--global--spacer--xs)' }}
      >
        <span className="pf-v6-c-label__content">{abbreviation(gvk.kind)}</span>
      </span>
    ) : null;
  return (
    <span
      className={`${inline ? 'pf-v6-u-display-inline' : 'pf-v6-u-display-inline-block'} ${className ?? ''}`}
      data-test-id={value}
      data-test={dataTest ?? value}
    >
      {icon}
      {linkTo && gvk && name ? (
        <Link to={resourcePath(gvk, name, namespace)} title={title} onClick={onClick}>
          {value}
        </Link>
      ) : (
        <span title={title}>{value}</span>
      )}
      {children}
    </span>
  );
};
