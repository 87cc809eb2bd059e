import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ConsoleLinkModel } from '@/core/k8s/models';
import { buildConsoleLink, MLFLOW_ICON_DATA_URI } from '@/core/links/console-links';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { adminAccess } from '@/test-utils/admin-access-fixtures';
import { demoOperatorComponent, httpError, operatorConsoleLink } from '@/test-utils/admin-fixtures';
import {
  failedWatch,
  loadedWatch,
  loadingWatch,
  mockWatchesByKind,
} from '@/test-utils/mock-k8s-watches';

import { ApplicationMenuLinkCard } from './ApplicationMenuLinkCard';

type K8sWrite = jest.Mock<
  Promise<unknown>,
  [{ data?: unknown; resource?: unknown; json?: unknown }]
>;
// The SDK's write functions as mocked in __mocks__/ (the SDK is mapped there, so "actual" is the
// mock every module sees); views may not import them by name, as they go through src/hooks.
const { k8sCreate, k8sDelete } = jest.requireActual<Record<'k8sCreate' | 'k8sDelete', K8sWrite>>(
  '@openshift-console/dynamic-plugin-sdk',
);

const URL = 'https://data-science-gateway.apps.cluster.example.com/mlflow';
const pluginLink = {
  ...buildConsoleLink({ href: URL, section: 'OpenShift AI' }),
  metadata: {
    ...buildConsoleLink({ href: URL, section: 'OpenShift AI' }).metadata,
    uid: 'our-uid',
    resourceVersion: '900',
  },
};

const renderCard = (mlflowUrl: string | undefined = URL, access: AdminAccess = adminAccess()) =>
  render(
    <ApplicationMenuLinkCard
      mlflowUrl={mlflowUrl}
      operatorComponent={{ ...demoOperatorComponent, spec: { sectionTitle: 'Data Science' } }}
      access={access}
    />,
  );

describe('ApplicationMenuLinkCard', () => {
  beforeEach(() => {
    k8sCreate.mockReset();
    k8sDelete.mockReset();
  });

  it('recognises the operator’s link and offers no duplicate', () => {
    mockWatchesByKind({ ConsoleLink: loadedWatch([operatorConsoleLink]) });
    renderCard();
    expect(
      screen.getByText('MLflow is in the Applications menu. The plugin adds no duplicate.'),
    ).toBeInTheDocument();
    // Each part on its own, not a sentence around the ConsoleLink (where the console's ResourceLink
    // would read "MLflow (ConsoleLink CL mlflow, created by …)").
    const item = within(
      screen.getByRole('list', { name: 'Applications menu links to MLflow' }),
    ).getByRole('listitem');
    expect(within(item).getByText('MLflow')).toBeInTheDocument();
    expect(within(item).getByText('mlflow')).toHaveAttribute('data-kind', 'ConsoleLink');
    expect(within(item).getByText('Created by the MLflow operator')).toBeInTheDocument();
    expect(within(item).getByText('Section: OpenShift AI')).toBeInTheDocument();
    expect(item).not.toHaveTextContent(/[(),]/);
    expect(
      screen.queryByRole('button', { name: 'Add to Applications menu' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Remove from Applications menu' }),
    ).not.toBeInTheDocument();
  });

  it('adds the plugin’s link with the operator’s section, editable', async () => {
    const user = userEvent.setup();
    k8sCreate.mockResolvedValue({});
    mockWatchesByKind({ ConsoleLink: loadedWatch([]) });
    renderCard();
    expect(screen.getByText('No Applications-menu link leads to MLflow yet.')).toBeInTheDocument();
    const section = screen.getByRole('textbox', { name: 'Section' });
    expect(section).toHaveValue('Data Science');
    await user.clear(section);
    await user.type(section, 'AI tools');
    await user.click(screen.getByRole('button', { name: 'Add to Applications menu' }));
    expect(k8sCreate).toHaveBeenCalledWith({
      model: ConsoleLinkModel,
      data: {
        apiVersion: 'console.openshift.io/v1',
        kind: 'ConsoleLink',
        metadata: {
          name: 'mlflow-console-plugin',
          labels: {
            'app.kubernetes.io/managed-by': 'mlflow-console-plugin',
            'app.kubernetes.io/part-of': 'mlflow-console-plugin',
            app: 'mlflow',
          },
        },
        spec: {
          text: 'MLflow',
          href: URL,
          location: 'ApplicationMenu',
          applicationMenu: { section: 'AI tools', imageURL: MLFLOW_ICON_DATA_URI },
        },
      },
    });
  });

  it('removes only the plugin’s own link, after saying what that does', async () => {
    const user = userEvent.setup();
    k8sDelete.mockResolvedValue({});
    mockWatchesByKind({ ConsoleLink: loadedWatch([pluginLink]) });
    renderCard();
    expect(screen.getByText('Added by this plugin', { exact: true })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove from Applications menu' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'This deletes the ConsoleLink mlflow-console-plugin, which this plugin created.',
    );
    expect(k8sDelete).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(k8sDelete).toHaveBeenCalledWith({
      model: ConsoleLinkModel,
      resource: pluginLink,
      json: {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        preconditions: { uid: 'our-uid', resourceVersion: '900' },
      },
    });
  });

  it('offers to remove the plugin’s link when the operator’s appeared next to it', () => {
    mockWatchesByKind({ ConsoleLink: loadedWatch([operatorConsoleLink, pluginLink]) });
    renderCard();
    expect(screen.getByText('The plugin’s own link duplicates it')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove from Applications menu' }),
    ).toBeInTheDocument();
  });

  it('shows the Helm chart’s link as the plugin’s, removable only through Helm', () => {
    const chartLink = {
      ...pluginLink,
      metadata: {
        ...pluginLink.metadata,
        labels: {
          'app.kubernetes.io/part-of': 'mlflow-console-plugin',
          'app.kubernetes.io/managed-by': 'Helm',
          app: 'mlflow',
        },
        annotations: { 'meta.helm.sh/release-name': 'mlflow-ui' },
      },
      spec: { ...pluginLink.spec, href: 'https://mlflow.apps.example.com/' },
    };
    mockWatchesByKind({ ConsoleLink: loadedWatch([chartLink]) });
    renderCard();
    expect(
      screen.getByText('Installed with the plugin’s Helm chart', { exact: true }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add to Applications menu' }),
    ).not.toBeInTheDocument();
    const remove = screen.getByRole('button', { name: 'Remove from Applications menu' });
    expect(remove).toHaveAccessibleDescription(
      'The Helm release mlflow-ui installed this link; remove it there: helm upgrade mlflow-ui --reuse-values --set consoleLink.enabled=false',
    );
  });

  it('has nothing to link to without an https URL', () => {
    mockWatchesByKind({ ConsoleLink: loadedWatch([]) });
    renderCard('http://mlflow.example.com');
    expect(
      screen.getByRole('button', { name: 'Add to Applications menu' }),
    ).toHaveAccessibleDescription('MLflow has no https URL to link to yet.');
  });

  it('makes Add and Remove unavailable, with reasons, to a user without ConsoleLink rights', () => {
    mockWatchesByKind({ ConsoleLink: loadedWatch([]) });
    const { unmount } = renderCard(URL, adminAccess(['createConsoleLink', 'deleteConsoleLink']));
    expect(
      screen.getByRole('button', { name: 'Add to Applications menu' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to create consolelinks.console.openshift.io.',
    );
    unmount();
    mockWatchesByKind({ ConsoleLink: loadedWatch([pluginLink]) });
    renderCard(URL, adminAccess(['createConsoleLink', 'deleteConsoleLink']));
    expect(
      screen.getByRole('button', { name: 'Remove from Applications menu' }),
    ).toHaveAccessibleDescription(
      'You do not have permission to delete consolelinks.console.openshift.io.',
    );
  });

  it('shows a write error, and a conflict as such', async () => {
    const user = userEvent.setup();
    jest
      .mocked(k8sCreate)
      .mockRejectedValue(httpError(409, 'consolelinks "mlflow-console-plugin" already exists'));
    mockWatchesByKind({ ConsoleLink: loadedWatch([]) });
    renderCard();
    await user.click(screen.getByRole('button', { name: 'Add to Applications menu' }));
    expect(await screen.findByText('The link changed meanwhile')).toBeInTheDocument();

    k8sCreate.mockRejectedValue(httpError(403, 'consolelinks is forbidden'));
    await user.click(screen.getByRole('button', { name: 'Add to Applications menu' }));
    expect(
      await screen.findByText('Could not change the Applications menu link'),
    ).toBeInTheDocument();
    expect(screen.getByText(/consolelinks is forbidden/)).toBeInTheDocument();
  });

  it('shows loading and read errors', () => {
    mockWatchesByKind({ ConsoleLink: loadingWatch() });
    const { unmount } = renderCard();
    expect(screen.getByLabelText('Loading console links')).toBeInTheDocument();
    unmount();
    mockWatchesByKind({ ConsoleLink: failedWatch(403, 'consolelinks is forbidden: User "bob"') });
    renderCard();
    expect(screen.getByText('Could not read the console links')).toBeInTheDocument();
    expect(screen.getByText(/User "bob"/)).toBeInTheDocument();
  });
});
