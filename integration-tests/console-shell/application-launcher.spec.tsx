/**
 * The shell's masthead Applications menu: on every page it lists the cluster's ConsoleLinks as the
 * signed-in user (`consolelinks?limit=250`, the request the console's masthead makes) and shows the
 * Applications-menu links in their sections, as the console 4.22 does.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { applicationMenuSections } from '../../dev/console-shell/app/components/application-menu';
import type { ConsoleLinkLike } from '../../dev/console-shell/app/components/application-menu';
import { ApplicationLauncher } from '../../dev/console-shell/app/components/ApplicationLauncher';

const link = (
  name: string,
  text: string,
  section?: string,
  location = 'ApplicationMenu',
): ConsoleLinkLike => ({
  metadata: { name },
  spec: {
    text,
    href: `https://${name}.example.com/`,
    location,
    ...(section ? { applicationMenu: { section } } : {}),
  },
});

const LINKS = [
  link('mlflow', 'MLflow', 'OpenShift AI'),
  link('docs', 'Docs', 'Customer Applications'),
  link('blog', 'Blog', undefined, 'HelpMenu'),
  link('grafana', 'Grafana', 'Third Party Applications'),
  link('argo', 'Argo CD', 'Third Party Applications'),
  link('loose', 'No section'),
  link('acm-console-link', 'Advanced Cluster Management', 'Red Hat Applications'),
];

// The shell's watch, as the masthead calls it; what it sends (the list with limit=250, then the
// watch) is the watch's own business, exercised by the e2e ring against the apiserver.
const watched: unknown[] = [];
let answer: [unknown, boolean, unknown] = [[], false, undefined];
jest.mock('../../dev/console-shell/app/sdk/watch', () => ({
  useK8sWatchResource: (resource: unknown) => {
    watched.push(resource);
    return answer;
  },
}));

describe('the Applications menu grouping', () => {
  it("orders the console's sections first, others by name, unsectioned last; links by text", () => {
    expect(
      applicationMenuSections(LINKS).map((s) => [s.name, s.links.map((l) => l.spec.text)]),
    ).toEqual([
      ['Third Party Applications', ['Argo CD', 'Grafana']],
      ['Customer Applications', ['Docs']],
      ['OpenShift AI', ['MLflow']],
      ['', ['No section']],
    ]);
  });
});

describe("the shell's masthead Applications menu", () => {
  beforeEach(() => {
    watched.length = 0;
  });

  it('watches the ConsoleLink list and shows the ApplicationMenu links by section', async () => {
    answer = [LINKS, true, undefined];
    render(<ApplicationLauncher />);
    expect(watched).toContainEqual({
      groupVersionKind: { group: 'console.openshift.io', version: 'v1', kind: 'ConsoleLink' },
      isList: true,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Application launcher' }));
    const mlflow = screen.getByRole('menuitem', { name: /MLflow/ });
    expect(mlflow).toHaveAttribute('href', 'https://mlflow.example.com/');
    expect(mlflow).toHaveAttribute('target', '_blank');
    expect(screen.getByText('OpenShift AI')).toBeInTheDocument();
    // A help-menu link and the ACM link (the perspective switcher's) are not in this menu.
    expect(screen.queryByRole('menuitem', { name: /Blog/ })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('menuitem', { name: /Advanced Cluster Management/ }),
    ).not.toBeInTheDocument();
  });

  it('shows no menu while no link goes there (or the list is not there)', () => {
    answer = [[link('blog', 'Blog', undefined, 'HelpMenu')], true, undefined];
    const { container, rerender } = render(<ApplicationLauncher />);
    expect(container).toBeEmptyDOMElement();
    answer = [undefined, true, new Error('no model for ConsoleLink')];
    rerender(<ApplicationLauncher />);
    expect(container).toBeEmptyDOMElement();
  });
});
