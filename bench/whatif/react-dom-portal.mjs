// What-if stand-in for react-dom inside the plugin's bundle (bench/whatif.mjs, variant
// react-dom-portal). The console shares react but not react-dom, so every PatternFly import of
// react-dom puts a second react-dom (~29 KB gzip) into the plugin; PatternFly 6 only calls
// createPortal, and a portal is a plain element that the console's own react-dom renders. This is
// what react-dom 18's createPortal returns (without its dev-mode container check).
const REACT_PORTAL_TYPE = Symbol.for('react.portal');

export const createPortal = (children, containerInfo, key = null) => ({
  $$typeof: REACT_PORTAL_TYPE,
  key: key == null ? null : String(key),
  children,
  containerInfo,
  implementation: null,
});

export default { createPortal };
