/**
 * The shell's Timestamp, as the console 4.22 shows times: recent ones relatively, older ones as
 * "Dec 7, 2026, 5:06 PM", the exact UTC time in a tooltip, in the language the console formats
 * dates in (the stored one, else the browser's), not the language the page is translated into.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { startTimestampTick, Timestamp } from '../../dev/console-shell/app/sdk/components';

const NOW = new Date('2026-12-07T17:06:30Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MINUTE = 60_000;
/** The date and time as en-US writes them in the local time zone. */
const ENGLISH_DATE_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/;

const shown = () => screen.getByTestId('timestamp-text');
const renderTimestamp = (timestamp: string) =>
  render(
    <span data-testid="timestamp-text">
      <Timestamp timestamp={timestamp} />
    </span>,
  );

/** The shell started this long ago: its tick has run (the tick is 10 s). */
const startedAgo = (ms: number) => {
  jest.setSystemTime(NOW.getTime() - ms);
  const stop = startTimestampTick();
  jest.advanceTimersByTime(ms);
  return stop;
};

describe("the shell's Timestamp", () => {
  let stopTick: () => void;
  beforeEach(() => {
    jest.useFakeTimers();
    stopTick = startedAgo(60_000);
    localStorage.clear();
  });
  afterEach(() => {
    stopTick();
    jest.useRealTimers();
    document.documentElement.lang = '';
  });

  it('shows the date until the first tick, 10 s after the start, as the console', () => {
    stopTick();
    stopTick = startedAgo(0);
    renderTimestamp(ago(2 * MINUTE));
    expect(shown().textContent).toMatch(ENGLISH_DATE_TIME);
    act(() => {
      jest.advanceTimersByTime(10_000);
    });
    expect(shown()).toHaveTextContent(/^2 minutes ago$/);
  });

  it('says "Just now" within a minute, and counts minutes up to ten', () => {
    renderTimestamp(ago(20_000));
    expect(shown()).toHaveTextContent(/^Just now$/);
    renderTimestamp(ago(9 * MINUTE + 5_000));
    expect(screen.getByText('9 minutes ago')).toBeInTheDocument();
  });

  it('takes a time up to a minute ahead for clock skew: "Just now"', () => {
    renderTimestamp(ago(-40_000));
    expect(shown()).toHaveTextContent(/^Just now$/);
  });

  it('shows the date and time from 10.5 minutes on, and for times further ahead', () => {
    const { unmount } = renderTimestamp(ago(11 * MINUTE));
    expect(shown().textContent).toMatch(ENGLISH_DATE_TIME);
    unmount();
    renderTimestamp(ago(-2 * MINUTE));
    expect(shown().textContent).toMatch(ENGLISH_DATE_TIME);
  });

  it('moves on as time passes, on its 10-second tick', () => {
    renderTimestamp(ago(30_000));
    expect(shown()).toHaveTextContent(/^Just now$/);
    act(() => {
      jest.advanceTimersByTime(4 * MINUTE);
    });
    expect(shown()).toHaveTextContent(/^4 minutes ago$/);
    act(() => {
      jest.advanceTimersByTime(7 * MINUTE);
    });
    expect(shown().textContent).toMatch(ENGLISH_DATE_TIME);
  });

  it('keeps the browser’s date format when only the page is in Japanese', () => {
    // The i18n language (on <html lang>) is not what the console formats dates in.
    document.documentElement.lang = 'ja';
    renderTimestamp('2025-03-04T09:05:00Z');
    expect(shown().textContent).toMatch(ENGLISH_DATE_TIME);
    expect(shown().textContent).not.toContain('年');
  });

  it('writes dates in the language stored as the user’s (bridge/last-language)', () => {
    localStorage.setItem('bridge/last-language', 'ja');
    renderTimestamp('2025-03-04T09:05:00Z');
    expect(shown().textContent).toMatch(/^2025年3月[45]日 \d{1,2}:\d{2}$/);
    renderTimestamp(ago(3 * MINUTE));
    expect(screen.getByText('3 分前')).toBeInTheDocument();
  });

  it('shows the exact time in UTC in a tooltip', async () => {
    const user = userEvent.setup({
      advanceTimers: (ms) => {
        jest.advanceTimersByTime(ms);
      },
    });
    renderTimestamp('2025-03-04T09:05:00Z');
    await user.hover(screen.getByText(ENGLISH_DATE_TIME));
    act(() => {
      jest.advanceTimersByTime(1_000);
    });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Mar 4, 2025, 9:05 AM UTC');
  });

  it('shows "-" for no time or an unreadable one', () => {
    renderTimestamp('');
    expect(shown()).toHaveTextContent(/^-$/);
    const { container } = render(<Timestamp timestamp="not a time" />);
    expect(container).toHaveTextContent(/^-$/);
  });

  it('gives the text alone when simple', () => {
    const { container } = render(<Timestamp timestamp={ago(2 * MINUTE)} simple />);
    expect(container.innerHTML).toBe('2 minutes ago');
  });
});
