import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { parseTrace } from '@/core/mlflow';
import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import { AssessmentsSection } from './AssessmentsSection';

type SdkMock = jest.Mock;
// The SDK as mocked in __mocks__/ (the SDK is mapped there); views may not import it.
const { k8sCreate, useAccessReview } = jest.requireActual<{
  k8sCreate: SdkMock;
  useAccessReview: SdkMock;
}>('@openshift-console/dynamic-plugin-sdk');

const ALICE_FEEDBACK = {
  assessment_id: 'a-1',
  assessment_name: 'helpfulness',
  trace_id: 'tr-1',
  source: { source_type: 'HUMAN', source_id: 'alice' },
  create_time: '2026-12-07T23:13:27.495Z',
  last_update_time: '2026-12-07T23:13:27.495Z',
  feedback: { value: true },
  rationale: '<script>alert(1)</script>',
};
const SCORER_FEEDBACK = {
  assessment_id: 'a-2',
  assessment_name: 'relevance',
  trace_id: 'tr-1',
  span_id: 'dec5464a604b72b8',
  source: { source_type: 'CODE', source_id: 'relevance_scorer' },
  last_update_time: '2026-12-07T23:13:28.000Z',
  feedback: { value: 0.8 },
};
const trace = parseTrace({
  trace_info: { trace_id: 'tr-1', state: 'OK', assessments: [ALICE_FEEDBACK, SCORER_FEEDBACK] },
  spans: [{ span_id: '3sVGSmBLcrg=', name: 'call_model', start_time_unix_nano: '1' }],
});

const signInAs = (username: string, mayUpdate: boolean) => {
  k8sCreate.mockResolvedValue({ status: { userInfo: { username } } });
  useAccessReview.mockReturnValue([mayUpdate, false]);
};

const onSelectSpan = jest.fn();
const renderSection = (spanId?: string) =>
  render(
    <AssessmentsSection
      namespace="team-a"
      trace={trace}
      spanId={spanId}
      onSelectSpan={onSelectSpan}
    />,
  );

describe('AssessmentsSection', () => {
  it('shows each assessment: value, rationale as text, who, and the span it is on', async () => {
    signInAs('alice', true);
    renderSection();
    const table = screen.getByRole('grid', { name: 'Assessments' });
    const alice = within(table).getByRole('row', { name: /helpfulness/ });
    expect(alice).toHaveTextContent('Pass');
    expect(alice).toHaveTextContent('<script>alert(1)</script>');
    expect(alice).toHaveTextContent('Human: alice');
    expect(alice).toHaveTextContent('Whole trace');
    const scorer = within(table).getByRole('row', { name: /relevance/ });
    expect(scorer).toHaveTextContent('Code: relevance_scorer');
    await userEvent.click(within(scorer).getByRole('button', { name: 'call_model' }));
    expect(onSelectSpan).toHaveBeenCalledWith('3sVGSmBLcrg=');
    // Only one's own human feedback can be edited.
    expect(
      await within(alice).findByRole('button', { name: 'Edit feedback helpfulness' }),
    ).toBeVisible();
    expect(within(scorer).queryByRole('button', { name: /Edit/ })).toBeNull();
  });

  it('tells a viewer why adding feedback is unavailable', async () => {
    signInAs('bob', false);
    renderSection();
    const add = screen.getByRole('button', { name: 'Add feedback' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription(
      'You cannot add feedback: it needs permission to update experiments in this project.',
    );
    await userEvent.click(add);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => {
      expect(k8sCreate).toHaveBeenCalled();
    });
    expect(screen.queryByRole('button', { name: /Edit feedback/ })).toBeNull();
  });

  it('adds pass/fail feedback under the signed-in name', async () => {
    signInAs('alice', true);
    const seen = mockMlflow(() => ok({ assessment: { ...ALICE_FEEDBACK, assessment_id: 'a-3' } }));
    renderSection();
    await screen.findByRole('button', { name: 'Edit feedback helpfulness' });
    await userEvent.click(screen.getByRole('button', { name: 'Add feedback' }));
    const dialog = screen.getByRole('dialog', { name: 'Add feedback' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'tone');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Fail' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Rationale' }), 'Too long');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add feedback' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    const post = seen.find((request) => request.method === 'POST');
    expect(post?.path).toBe('/ajax-api/3.0/mlflow/traces/tr-1/assessments');
    expect(post?.body).toEqual({
      assessment: {
        assessment_name: 'tone',
        trace_id: 'tr-1',
        source: { source_type: 'HUMAN', source_id: 'alice' },
        feedback: { value: false },
        rationale: 'Too long',
      },
    });
  });

  it('says what deleting removes first, and shows MLflow’s refusal in the dialog', async () => {
    signInAs('alice', true);
    const seen = mockMlflow(() => ({
      status: 403,
      body: { error: { code: 'PERMISSION_DENIED', message: 'Permission denied.' } },
    }));
    renderSection();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete feedback helpfulness' }),
    );
    const dialog = screen.getByRole('dialog', { name: /Delete feedback helpfulness\?/ });
    expect(dialog).toHaveTextContent('its value and its rationale');
    expect(seen).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText('MLflow did not delete the feedback')).toBeVisible();
    expect(dialog).toHaveTextContent('403: Permission denied.');
    expect(seen.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('re-reads feedback before saving an edit, and shows a change made meanwhile', async () => {
    signInAs('alice', true);
    const changed = { ...ALICE_FEEDBACK, last_update_time: '2026-12-07T23:30:00.000Z' };
    const seen = mockMlflow(() => ok({ assessment: changed }));
    renderSection();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit feedback helpfulness' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit feedback' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('helpfulness');
    expect(within(dialog).getByRole('radio', { name: 'Pass' })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Fail' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('This feedback was changed since you opened it'),
    ).toBeVisible();
    expect(seen.map((request) => request.method)).toEqual(['GET']);
  });

  it('lists a span’s own assessments only, and nothing for a span without any', () => {
    signInAs('alice', true);
    const { unmount } = renderSection('3sVGSmBLcrg=');
    const table = screen.getByRole('grid', { name: 'Span assessments' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(table).toHaveTextContent('relevance');
    unmount();
    renderSection('m1iuY++Igkw=');
    expect(screen.queryByRole('region', { name: 'Span assessments' })).toBeNull();
  });
});
