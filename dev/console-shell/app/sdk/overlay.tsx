/**
 * useOverlay: launchOverlay(Component, props) renders the component outside the page (in the
 * shell's OverlayContainer) with a closeOverlay prop that removes just that overlay.
 */
import type { ComponentType } from 'react';
import { useCallback, useSyncExternalStore } from 'react';

type OverlayProps = Record<string, unknown> & { closeOverlay: () => void };
interface Overlay {
  id: number;
  Component: ComponentType<OverlayProps>;
  props: Record<string, unknown>;
}

let overlays: Overlay[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = (): void => {
  listeners.forEach((l) => {
    l();
  });
};

const close = (id: number): void => {
  overlays = overlays.filter((o) => o.id !== id);
  emit();
};

export const launchOverlay = <P,>(
  component: ComponentType<P & { closeOverlay: () => void }>,
  extraProps?: P,
): void => {
  const id = nextId++;
  overlays = [
    ...overlays,
    {
      id,
      Component: component as unknown as ComponentType<OverlayProps>,
      props: extraProps ?? {},
    },
  ];
  emit();
};

export const useOverlay = (): typeof launchOverlay => useCallback(launchOverlay, []);

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Rendered once by the shell, inside its router and i18n context. */
export const OverlayContainer = () => {
  const current = useSyncExternalStore(subscribe, () => overlays);
  return (
    <>
      {current.map(({ id, Component, props }) => (
        <Component
          key={id}
          {...props}
          closeOverlay={() => {
            close(id);
          }}
        />
      ))}
    </>
  );
};
