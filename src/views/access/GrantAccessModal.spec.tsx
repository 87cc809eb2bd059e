import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { K8sObject } from '@/core/k8s/types';

import { GrantAccessModal } from './GrantAccessModal';

type K8sMock = jest.Mock<Promise<unknown>, [{ model: { kind: string }; data?: K8sObject }]>;
// The SDK's k8sCreate as mocked in __mocks__/ (the SDK is mapped there); views may not import it.
const { k8sCreate } = jest.requireActual<{ k8sCreate: K8sMock }>(
  '@openshift-console/dynamic-plugin-sdk',
);

const ROLE = 'mlflow-operator-mlflow-integration';

describe('GrantAccessModal (ServiceAccount action)', () => {
  beforeEach(() => {
    k8sCreate.mockReset().mockImplementation((options) => Promise.resolve(options.data));
  });

  it('says what the account gets and which binding is created, then creates it and closes', async () => {
    const closeOverlay = jest.fn();
    render(
      <GrantAccessModal
        namespace="team-a"
        serviceAccount="pipeline-runner"
        roleName={ROLE}
        bindings={[]}
        closeOverlay={closeOverlay}
      />,
    );
    expect(
      screen.getByText(
        /Code running as ServiceAccount pipeline-runner will be able to read and log/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`RoleBinding pipeline-runner-mlflow to the ClusterRole ${ROLE} is created.`),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Grant access' }));
    await waitFor(() => {
      expect(closeOverlay).toHaveBeenCalled();
    });
    expect(k8sCreate.mock.calls[0][0]).toMatchObject({
      model: { kind: 'RoleBinding' },
      data: { metadata: { name: 'pipeline-runner-mlflow', namespace: 'team-a' } },
    });
  });

  it('keeps the dialog open with the error when the apiserver refuses', async () => {
    k8sCreate.mockRejectedValue({ response: { status: 403 }, message: 'forbidden: cannot bind' });
    const closeOverlay = jest.fn();
    render(
      <GrantAccessModal
        namespace="team-a"
        serviceAccount="pipeline-runner"
        roleName={ROLE}
        bindings={[]}
        closeOverlay={closeOverlay}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Grant access' }));
    expect(await screen.findByText('403: forbidden: cannot bind')).toBeInTheDocument();
    expect(closeOverlay).not.toHaveBeenCalled();
  });
});
