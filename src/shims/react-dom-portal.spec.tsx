import { render, screen, within } from '@testing-library/react';
import * as ReactDOM from 'react-dom';

import shim, { createPortal } from './react-dom-portal';

describe('the react-dom portal shim', () => {
  it('builds the very element react-dom 18 createPortal builds', () => {
    const container = document.createElement('div');
    const children = <span>inside</span>;
    expect(createPortal(children, container, 'k')).toEqual(
      ReactDOM.createPortal(children, container, 'k'),
    );
    expect(createPortal(children, container)).toEqual(ReactDOM.createPortal(children, container));
  });

  it('renders its children in the target container, through the real react-dom', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const { container } = render(
      <div>before {shim.createPortal(<p>in the portal</p>, target)}</div>,
    );
    expect(within(target).getByText('in the portal')).toBeInTheDocument();
    expect(container).not.toContainElement(screen.getByText('in the portal'));
    target.remove();
  });

  it('offers only createPortal, as the build allows no other react-dom import', () => {
    expect(Object.keys(shim)).toEqual(['createPortal']);
  });
});
