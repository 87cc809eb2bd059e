import { consoleFetch, k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { useCallback, useEffect, useState } from 'react';

import type { Secret } from '@/core/instance/instance-types';
import { describeError } from '@/core/k8s/errors';
import type { DescribedError } from '@/core/k8s/errors';
import { SecretModel } from '@/core/k8s/models';
import {
  PARTIAL_METADATA_LIST_ACCEPT,
  parseSecretNames,
  secretListPath,
} from '@/core/storage/secret-metadata';
import { secretKeys } from '@/core/storage/uri-credentials';

export interface SecretNames {
  names: string[];
  /** True once the list arrived or failed, or when nothing was asked. */
  loaded: boolean;
  error: DescribedError | undefined;
  /** Lists again, e.g. after the form created a Secret. */
  reload: () => void;
}

/**
 * The names of a namespace's Secrets, listed once as metadata only (never watched: a watch of
 * Secrets carries their values, and the console sends watches over a WebSocket).
 */
export const useSecretNames = (namespace: string, enabled = true): SecretNames => {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{
    names: string[];
    loaded: boolean;
    error: DescribedError | undefined;
  }>({
    names: [],
    loaded: false,
    error: undefined,
  });
  useEffect(() => {
    if (!enabled) return undefined;
    let current = true;
    consoleFetch(secretListPath(namespace), {
      headers: { Accept: PARTIAL_METADATA_LIST_ACCEPT },
    })
      .then(async (response: Response) => parseSecretNames(await response.json()))
      .then((names) => {
        if (current) setState({ names, loaded: true, error: undefined });
      })
      .catch((error: unknown) => {
        if (current) setState({ names: [], loaded: true, error: describeError(error) });
      });
    return () => {
      current = false;
    };
  }, [namespace, enabled, round]);
  const reload = useCallback(() => {
    setRound((previous) => previous + 1);
  }, []);
  if (!enabled) return { names: [], loaded: true, error: undefined, reload };
  return { ...state, reload };
};

export interface SecretKeyNames {
  keys: string[];
  /** The Secret was read (or could not be); false while reading or when nothing is asked. */
  loaded: boolean;
  error: DescribedError | undefined;
}

/**
 * The key names of the one Secret the user picked ('' asks nothing), read once. Its values do
 * reach the browser, as with the console's own key pickers; they are dropped here at once.
 */
export const useSecretKeyNames = (namespace: string, name: string): SecretKeyNames => {
  const [state, setState] = useState<SecretKeyNames & { of: string }>({
    of: '',
    keys: [],
    loaded: false,
    error: undefined,
  });
  useEffect(() => {
    if (!name) return undefined;
    let current = true;
    const of = `${namespace}/${name}`;
    k8sGet<Secret>({ model: SecretModel, ns: namespace, name })
      .then((secret) => {
        if (current) setState({ of, keys: secretKeys(secret), loaded: true, error: undefined });
      })
      .catch((error: unknown) => {
        if (current) setState({ of, keys: [], loaded: true, error: describeError(error) });
      });
    return () => {
      current = false;
    };
  }, [namespace, name]);
  // An answer about another Secret than the one picked now is not shown.
  if (!name || state.of !== `${namespace}/${name}`) {
    return { keys: [], loaded: false, error: undefined };
  }
  return { keys: state.keys, loaded: state.loaded, error: state.error };
};
