import { Toolbar, ToolbarContent } from '@patternfly/react-core';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';

import { NameFilter } from './NameFilter';
import { FILTER_DELAY_MS, useDebouncedFilter } from './useDebouncedFilter';

/** A list's name filter: what is applied lives outside, as the URL holds it in the tab. */
const FilteredList = ({ onApply }: { onApply: (text: string) => void }) => {
  const [applied, setApplied] = useState('');
  const apply = (text: string) => {
    onApply(text);
    setApplied(text);
  };
  const search = useDebouncedFilter(applied, apply);
  return (
    <Toolbar>
      <ToolbarContent>
        <NameFilter
          category="Name"
          ariaLabel="Filter widgets by name"
          placeholder="Filter by name"
          text={search.text}
          onTextChange={search.setText}
          applied={applied}
          onClear={() => {
            apply('');
          }}
        />
      </ToolbarContent>
    </Toolbar>
  );
};

describe('NameFilter', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('filters once typing pauses, not at every key', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const onApply = jest.fn();
    render(<FilteredList onApply={onApply} />);
    await user.type(screen.getByRole('textbox', { name: 'Filter widgets by name' }), 'fraud');
    expect(onApply).not.toHaveBeenCalled();
    act(() => {
      jest.advanceTimersByTime(FILTER_DELAY_MS);
    });
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply).toHaveBeenCalledWith('fraud');
    act(() => {
      jest.advanceTimersByTime(FILTER_DELAY_MS * 3);
    });
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('shows the applied filter as a label whose close removes it', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const onApply = jest.fn();
    render(<FilteredList onApply={onApply} />);
    const box = screen.getByRole('textbox', { name: 'Filter widgets by name' });
    await user.type(box, 'fraud');
    act(() => {
      jest.advanceTimersByTime(FILTER_DELAY_MS);
    });
    expect(screen.getByText('fraud')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close fraud' }));
    expect(onApply).toHaveBeenLastCalledWith('');
    expect(screen.queryByText('fraud')).not.toBeInTheDocument();
    expect(box).toHaveValue('');
  });
});
