/**
 * What the plugin's bundle gets for `react-dom` (webpack.config.ts aliases it here).
 *
 * The console shares `react` with plugins but not `react-dom`, so every PatternFly import of
 * react-dom would put a second react-dom (~29 KB gzip, measured by `npm run bench`) into the
 * plugin. PatternFly 6 calls only createPortal, and a portal is a plain element that the console's
 * own react-dom renders: this builds the element react-dom 18's createPortal returns. The build
 * fails on any other react-dom import (`exportsPresence: 'error'` in webpack.config.ts), so a
 * dependency that starts using more of react-dom cannot slip through unnoticed.
 */
import type { ReactNode, ReactPortal } from 'react';

const REACT_PORTAL_TYPE = Symbol.for('react.portal');

export const createPortal = (
  children: ReactNode,
  container: Element | DocumentFragment,
  key?: string | null,
): ReactPortal =>
  ({
    $$typeof: REACT_PORTAL_TYPE,
    key: key ?? null,
    children,
    containerInfo: container,
    implementation: null,
  }) as unknown as ReactPortal;

export default { createPortal };
