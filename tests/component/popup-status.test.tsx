// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BreakHeader } from '@/components/popup/BreakHeader';
import { PauseChoices } from '@/components/popup/PauseChoices';
import { QuietStatus } from '@/components/popup/QuietStatus';
import { SnoozeChoices } from '@/components/popup/SnoozeChoices';
import { WorkingStatus } from '@/components/popup/WorkingStatus';
import { said } from './said';

afterEach(cleanup);

const MINUTE = 60_000;
const clock = (ms: number) =>
  new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(ms);
// Midday, so "in 30 minutes" stays on the same day in any time zone the tests run in.
const now = new Date(2026, 10, 24, 12, 0).getTime();

describe('while working', () => {
  it('says when the next break comes and how long until then', () => {
    render(
      <WorkingStatus
        nextBreakAt={now + 23 * MINUTE}
        now={now}
        onTakeBreak={vi.fn()}
        onExercise={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: `Next break at ${clock(now + 23 * MINUTE)}` }),
    ).toBeTruthy();
    expect(screen.getByText(said('In 23 min'))).toBeTruthy();
  });

  it('says "less than a minute" at the end', () => {
    render(
      <WorkingStatus
        nextBreakAt={now + 20_000}
        now={now}
        onTakeBreak={vi.fn()}
        onExercise={vi.fn()}
      />,
    );
    expect(screen.getByText('In less than a minute')).toBeTruthy();
  });

  it('offers a break now and an exercise now', () => {
    const onTakeBreak = vi.fn();
    const onExercise = vi.fn();
    render(
      <WorkingStatus
        nextBreakAt={now + MINUTE * 5}
        now={now}
        onTakeBreak={onTakeBreak}
        onExercise={onExercise}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Take a break now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try an exercise now' }));
    expect(onTakeBreak).toHaveBeenCalledOnce();
    expect(onExercise).toHaveBeenCalledOnce();
  });
});

describe('snooze', () => {
  it('offers each choice in minutes', () => {
    const onSnooze = vi.fn();
    render(<SnoozeChoices choices={[5, 10, 15]} available onSnooze={onSnooze} />);
    fireEvent.click(screen.getByRole('button', { name: 'Snooze 10 min' }));
    expect(onSnooze).toHaveBeenCalledWith(10);
    expect(screen.getByRole('button', { name: 'Snooze 5 min' }).textContent).toBe('Snooze 5 min');
  });

  it('is greyed with a kind word once the daily cap is used', () => {
    const onSnooze = vi.fn();
    render(<SnoozeChoices choices={[5, 10, 15]} available={false} onSnooze={onSnooze} />);
    const button = screen.getByRole('button', { name: 'Snooze 5 min' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onSnooze).not.toHaveBeenCalled();
    const note = screen.getByText(/No snoozes left for today/);
    expect(button.getAttribute('aria-describedby')).toBe(note.id);
  });
});

describe('pause', () => {
  it('says when each pause would end and sends the request', () => {
    const onPause = vi.fn();
    render(<PauseChoices now={now} onPause={onPause} />);
    const half = screen.getByRole('button', { name: `30 min until ${clock(now + 30 * MINUTE)}` });
    fireEvent.click(half);
    fireEvent.click(
      screen.getByRole('button', { name: `1 hour until ${clock(now + 60 * MINUTE)}` }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Until tomorrow' }));
    expect(onPause.mock.calls).toEqual([
      [{ minutes: 30 }],
      [{ minutes: 60 }],
      [{ untilTomorrow: true }],
    ]);
  });
});

describe('when quiet', () => {
  const handlers = () => ({ onResume: vi.fn(), onTakeBreak: vi.fn(), onExercise: vi.fn() });

  it('paused: until when, and Resume', () => {
    const h = handlers();
    render(<QuietStatus phase="paused" until={now + 30 * MINUTE} now={now} {...h} />);
    expect(screen.getByRole('heading', { name: 'Breaks are paused' })).toBeTruthy();
    expect(screen.getByText(said(`They start again at ${clock(now + 30 * MINUTE)}.`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume breaks' }));
    expect(h.onResume).toHaveBeenCalledOnce();
  });

  it('paused until another day names the day', () => {
    const tomorrow = new Date(2026, 10, 25, 9, 0).getTime();
    render(<QuietStatus phase="paused" until={tomorrow} now={now} {...handlers()} />);
    const day = new Intl.DateTimeFormat('en', { weekday: 'short' }).format(tomorrow);
    expect(screen.getByText(said(new RegExp(`They start again at ${day}`)))).toBeTruthy();
  });

  it('off-hours: when work starts again, and an exercise is still on offer', () => {
    const h = handlers();
    render(<QuietStatus phase="off-hours" until={now + 60 * MINUTE} now={now} {...h} />);
    expect(screen.getByRole('heading', { name: 'Outside your work hours' })).toBeTruthy();
    expect(
      screen.getByText(said(`Breaks start again at ${clock(now + 60 * MINUTE)}.`)),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume breaks' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try an exercise now' }));
    expect(h.onExercise).toHaveBeenCalledOnce();
  });

  it('off-hours without any work hours ahead says so', () => {
    render(<QuietStatus phase="off-hours" until={null} now={now} {...handlers()} />);
    expect(screen.getByText(/No work hours are set/)).toBeTruthy();
  });

  it('deferred: why, the latest time, and a break now', () => {
    const h = handlers();
    render(<QuietStatus phase="deferred" until={now + 15 * MINUTE} now={now} {...h} />);
    expect(screen.getByRole('heading', { name: 'Your break is waiting' })).toBeTruthy();
    expect(screen.getByText(/in full screen/)).toBeTruthy();
    expect(
      screen.getByText(said(new RegExp(`at ${clock(now + 15 * MINUTE)} at the latest`))),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take a break now' }));
    expect(h.onTakeBreak).toHaveBeenCalledOnce();
  });

  it('deferred with sound on names sound too', () => {
    render(<QuietStatus phase="deferred" until={null} soundToo now={now} {...handlers()} />);
    expect(screen.getByText(/playing sound/)).toBeTruthy();
  });
});

describe('the break header', () => {
  it('a due break invites, never commands', () => {
    render(<BreakHeader kind="due" now={now} />);
    expect(screen.getByRole('heading', { name: 'Time for a short break' })).toBeTruthy();
    expect(screen.getByText(/if you like/)).toBeTruthy();
  });

  it('a running break says when it ends', () => {
    render(<BreakHeader kind="on-break" endsAt={now + 5 * MINUTE} now={now} />);
    expect(screen.getByText(said(`Until ${clock(now + 5 * MINUTE)}`))).toBeTruthy();
  });
});
