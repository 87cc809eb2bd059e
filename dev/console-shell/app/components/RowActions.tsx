/**
 * A row's kebab with the actions of every console.action/resource-provider for the row's kind:
 * each provider is a hook called with the resource; an action with an accessReview the user fails
 * is shown disabled, as the console does.
 */
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';
import { ActionsColumn } from '@patternfly/react-table';
import type { IAction } from '@patternfly/react-table';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

import { checkAccess } from '../sdk/access-review';

export interface Action {
  id: string;
  label: ReactNode;
  description?: string;
  cta: (() => void) | { href: string; external?: boolean };
  disabled?: boolean;
  disabledTooltip?: string;
  tooltip?: string;
  accessReview?: AccessReviewResourceAttributes;
}

type ProviderHook = (resource: unknown) => [unknown[], boolean, unknown];

/** Access reviews of a changing list of actions, in one effect (not one hook per action). */
const useAllowed = (
  reviews: (AccessReviewResourceAttributes | undefined)[],
): (boolean | undefined)[] => {
  const key = JSON.stringify(reviews);
  const [answers, setAnswers] = useState<{ key: string; allowed: (boolean | undefined)[] }>();
  useEffect(() => {
    let cancelled = false;
    const list = JSON.parse(key) as (AccessReviewResourceAttributes | null)[];
    void Promise.all(
      list.map((r) =>
        r
          ? checkAccess(r).then(
              (a) => Boolean(a.status?.allowed),
              () => true,
            )
          : Promise.resolve(true),
      ),
    ).then((allowed) => {
      if (!cancelled) setAnswers({ key, allowed });
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return answers?.key === key ? answers.allowed : reviews.map(() => undefined);
};

/** `providers` must keep its length for the component's life (key the component by it). */
export const RowActions = ({
  resource,
  providers,
}: {
  resource: unknown;
  providers: ProviderHook[];
}) => {
  const navigate = useNavigate();
  // Each provider is a React hook; their number is fixed for this component's life.
  const results = providers.map((useProvider) => useProvider(resource));
  const actions = results.flatMap(([a]) => a as Action[]);
  const loaded = results.every(([, l]) => l);
  const allowed = useAllowed(actions.map((a) => a.accessReview));
  if (!actions.length) return null;
  const items: IAction[] = actions.map((a, i) => {
    const pending = allowed[i] === undefined;
    const denied = allowed[i] === false;
    const disabled = Boolean(a.disabled) || denied || pending;
    const reason = a.disabled
      ? a.disabledTooltip
      : denied
        ? 'You are not allowed to do this.'
        : undefined;
    return {
      title: a.label,
      description: a.description,
      isAriaDisabled: disabled,
      tooltipProps: reason ? { content: reason } : a.tooltip ? { content: a.tooltip } : undefined,
      'data-test-action': a.id,
      onClick: () => {
        if (disabled) return;
        if (typeof a.cta === 'function') a.cta();
        else if (a.cta.external) window.open(a.cta.href, '_blank', 'noopener,noreferrer');
        else void navigate(a.cta.href);
      },
    };
  });
  return <ActionsColumn items={items} isDisabled={!loaded} />;
};
