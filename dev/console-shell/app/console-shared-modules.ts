/**
 * The console provides these to every plugin as shared singletons. webpack registers a shared module
 * in the share scope only when the host imports it, and the shell uses some of them nowhere else:
 * these imports (never run) put them in. PatternFly's dynamic modules, about 3,000, are put in by
 * webpack.shell.config.mjs with absolute imports instead.
 * @public imported for its effect on the share scope (bootstrap.tsx), never read.
 */
export const consoleSharedModules = {
  redux: () => import('redux'),
  'react-redux': () => import('react-redux'),
  'redux-thunk': () => import('redux-thunk'),
  'react-router': () => import('react-router'),
};
