import type { ReactNode } from 'react';

import './ScreenReaderOnly.css';

/** Text read by screen readers but not shown, e.g. why a control is disabled. */
export const ScreenReaderOnly = ({ id, children }: { id?: string; children: ReactNode }) => (
  <span id={id} className="mlflow-plugin__sr-only">
    {children}
  </span>
);
