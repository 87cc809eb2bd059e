/**
 * The tab's place (section, experiment, run, lists' search and paging) in the query string of the
 * console route the tab is on, through the react-router the console shares with plugins.
 */
import { useCallback, useMemo } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';

import { parsePlace, serializePlace } from '@/core/place/tab-place';
import type { ParsedPlace, TabPlace } from '@/core/place/tab-place';

export interface TabPlaceNavigation extends ParsedPlace {
  /** Goes to a place: a new history entry, or `replace` the current one (typing, column picks). */
  go: (place: TabPlace, options?: { replace?: boolean }) => void;
  /** The router path (with query) of a place, for links. */
  pathOf: (place: TabPlace) => string;
  /** The full URL of the page shown, to copy and send. */
  currentUrl: string;
}

export const useTabPlace = (): TabPlaceNavigation => {
  const location = useLocation();
  const navigate = useNavigate();
  const { search, pathname } = location;
  const parsed = useMemo(() => parsePlace(new URLSearchParams(search)), [search]);
  const pathOf = useCallback(
    (place: TabPlace) => {
      const query = serializePlace(place, new URLSearchParams(search)).toString();
      return `${pathname}${query ? `?${query}` : ''}`;
    },
    [pathname, search],
  );
  const go = useCallback(
    (place: TabPlace, { replace = false } = {}) => {
      const target = pathOf(place);
      if (target !== `${pathname}${search}`) void navigate(target, { replace });
    },
    [navigate, pathOf, pathname, search],
  );
  // useHref adds the router's basename, as the console serves under one at times.
  const href = useHref(`${pathname}${search}`);
  const currentUrl = `${window.location.origin}${href}`;
  return { ...parsed, go, pathOf, currentUrl };
};
