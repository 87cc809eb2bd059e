// Module Federation host: the shared modules (react, the SDK...) are initialised asynchronously,
// so everything else starts behind this dynamic import.
import('./bootstrap').catch((e: unknown) => {
  console.error('[console-shell] failed to start', e);
});
