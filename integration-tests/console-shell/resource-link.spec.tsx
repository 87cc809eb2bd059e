/**
 * The shell's ResourceLink, as the console 4.22 draws one: the kind for screen readers, the kind's
 * badge (its abbreviation, in the kind's colour), then the name as the link. Its text is what a
 * screen reader reads out ("ConsoleLink CL mlflow"), and the link itself is named by the name only.
 */
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { ResourceLink } from '../../dev/console-shell/app/sdk/components';
import { kindAbbreviation } from '../../dev/console-shell/app/sdk/resource-icon';

const CONSOLE_LINK = { group: 'console.openshift.io', version: 'v1', kind: 'ConsoleLink' };

const renderInRouter = (ui: React.ReactNode) =>
  render(
    <MemoryRouter>
      <p data-testid="sentence">{ui}</p>
    </MemoryRouter>,
  );

describe("the shell's ResourceLink", () => {
  it('reads "ConsoleLink CL mlflow": the kind, its badge, then the link named mlflow', () => {
    renderInRouter(<ResourceLink groupVersionKind={CONSOLE_LINK} name="mlflow" />);
    expect(screen.getByTestId('sentence')).toHaveTextContent(/^ConsoleLinkCLmlflow$/);
    const link = screen.getByRole('link', { name: 'mlflow' });
    expect(link).toHaveAttribute('href', '/k8s/cluster/console.openshift.io~v1~ConsoleLink/mlflow');
    const badge = screen.getByTitle('ConsoleLink');
    expect(badge).toHaveTextContent(/^CL$/);
    // The console's default badge colour: a kind without a colour of its own.
    expect(badge).toHaveStyle({ backgroundColor: '#2b9af3' });
    expect(screen.getByText('ConsoleLink')).toHaveClass('pf-v6-u-screen-reader');
  });

  it("colours a kind's badge as the console does: a Project's green, a ServiceAccount's purple", () => {
    renderInRouter(
      <>
        <ResourceLink
          groupVersionKind={{ group: 'project.openshift.io', version: 'v1', kind: 'Project' }}
          name="team-a"
        />
        <ResourceLink
          groupVersionKind={{ version: 'v1', kind: 'ServiceAccount' }}
          name="trainer"
          namespace="team-a"
        />
      </>,
    );
    expect(screen.getByTitle('Project')).toHaveTextContent(/^PR$/);
    expect(screen.getByTitle('Project')).toHaveStyle({ backgroundColor: '#1e4f18' });
    expect(screen.getByTitle('ServiceAccount')).toHaveTextContent(/^SA$/);
    expect(screen.getByTitle('ServiceAccount')).toHaveStyle({ backgroundColor: '#40199a' });
    expect(screen.getByRole('link', { name: 'trainer' })).toHaveAttribute(
      'href',
      '/k8s/ns/team-a/serviceaccounts/trainer',
    );
  });

  it("abbreviates a kind by its capitals, at most four, as the console's rule", () => {
    expect(kindAbbreviation('DataScienceCluster')).toBe('DSC');
    expect(kindAbbreviation('MLflow')).toBe('ML');
    expect(kindAbbreviation('PersistentVolumeClaim')).toBe('PVC');
    expect(kindAbbreviation('Namespace')).toBe('NS');
    expect(kindAbbreviation('pod')).toBe('POD');
    expect(kindAbbreviation('AbcDefGhiJkl')).toBe('ADGJ');
  });

  it('shows the display name, and no link where linkTo is false', () => {
    renderInRouter(
      <ResourceLink
        groupVersionKind={CONSOLE_LINK}
        name="mlflow"
        displayName="MLflow"
        linkTo={false}
      />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByTestId('sentence')).toHaveTextContent(/^ConsoleLinkCLMLflow$/);
  });

  it('leaves the badge out with hideIcon, and draws nothing without a kind', () => {
    renderInRouter(
      <>
        <ResourceLink groupVersionKind={CONSOLE_LINK} name="mlflow" hideIcon />
        <ResourceLink name="orphan" />
      </>,
    );
    expect(screen.getByTestId('sentence')).toHaveTextContent(/^mlflow$/);
  });
});
