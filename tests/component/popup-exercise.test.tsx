// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AfterDone } from '@/components/popup/AfterDone';
import { ExerciseCard } from '@/components/popup/ExerciseCard';
import { ExerciseSteps } from '@/components/popup/ExerciseSteps';
import { GentleTimer } from '@/components/popup/GentleTimer';
import type { Exercise, ExerciseText } from '@/content/types';
import { HELPLINE_DIRECTORY } from '@/lib/helpline';
import { setLocale } from '@/lib/i18n';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const exercise: Exercise = {
  id: 'sc-test',
  kind: 'self-compassion',
  durationSec: 120,
  needs: 'nobody',
  setting: ['desk'],
  touch: true,
  recallsPerson: false,
  stepSeconds: [30, 30, 60],
};

const text: ExerciseText = {
  title: 'A kind word',
  summary: 'Notice a hard moment and answer it kindly.',
  steps: ['Notice what feels hard.', 'Remember others feel this too.', 'Say one kind word.'],
  noTouchAlternative: 'Rest your hands in your lap.',
  exitLine: 'Feel your feet on the floor.',
};

function card(overrides: Partial<Parameters<typeof ExerciseCard>[0]> = {}) {
  const handlers = {
    onEngage: vi.fn(),
    onDone: vi.fn(),
    onAnother: vi.fn(),
    onToggleFavourite: vi.fn(),
    onNotForMe: vi.fn(),
  };
  render(
    <ExerciseCard
      exercise={exercise}
      text={text}
      stepsAtOnce={false}
      favourite={false}
      {...handlers}
      {...overrides}
    />,
  );
  return handlers;
}

describe('the exercise card', () => {
  it('shows the kind, the length, the title and the summary', () => {
    card();
    expect(screen.getByText('Self-compassion')).toBeTruthy();
    expect(screen.getByText('2 min')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'A kind word' })).toBeTruthy();
    expect(screen.getByText(text.summary)).toBeTruthy();
  });

  it('offers the no-touch alternative, folded away, and a way out on the last step', () => {
    card();
    const other = screen.getByText('Other ways to do this');
    expect(other.closest('details')?.open).toBe(false);
    expect(other.closest('details')?.textContent).toContain(text.noTouchAlternative);
    expect(screen.queryByText(text.exitLine ?? '')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText(text.exitLine ?? '')).toBeTruthy();
  });

  it('has one primary action at a time: Next step, then Done on the last step', () => {
    const h = card();
    const primary = () => document.querySelectorAll('button.primary');
    expect(primary()).toHaveLength(1);
    expect(primary()[0]?.textContent).toBe('Next step');
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(primary()).toHaveLength(1);
    expect(primary()[0]?.textContent).toBe('Done');
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(h.onDone).toHaveBeenCalledOnce();
  });

  it('all steps at once: Done is the primary action from the start', () => {
    card({ stepsAtOnce: true });
    const primary = document.querySelectorAll('button.primary');
    expect(primary).toHaveLength(1);
    expect(primary[0]?.textContent).toBe('Done');
  });

  it('reports Done, Another one and Not for me', () => {
    const h = card();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(screen.getByRole('button', { name: 'Another one' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not for me' }));
    expect(h.onDone).toHaveBeenCalledOnce();
    expect(h.onAnother).toHaveBeenCalledOnce();
    expect(h.onNotForMe).toHaveBeenCalledOnce();
  });

  it('shows the favourite toggle as a pressed button', () => {
    const h = card({ favourite: true });
    const toggle = screen.getByRole('button', { name: /Favourite/ });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(h.onToggleFavourite).toHaveBeenCalledOnce();
  });

  it('an unstarred exercise shows the toggle not pressed', () => {
    card({ favourite: false });
    const toggle = screen.getByRole('button', { name: /Favourite/ });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('offers more support one click away, and says what to do in danger', () => {
    card();
    const link = screen.getByRole('link', { name: 'Need more support?' });
    expect(link.getAttribute('href')).toBe(HELPLINE_DIRECTORY);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noreferrer');
    expect(screen.getByText(/Call your local emergency number\./)).toBeTruthy();
  });

  it('says it in German too, naming crisis lines in general', () => {
    setLocale('de');
    try {
      card();
      expect(screen.getByRole('link', { name: /Krisentelefone/ })).toBeTruthy();
      expect(screen.getByText(/Ruf den Notruf an\./)).toBeTruthy();
    } finally {
      setLocale('en');
    }
  });

  it('moving to a step counts as beginning the exercise', () => {
    const h = card();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(h.onEngage).toHaveBeenCalledOnce();
  });
});

describe('the steps', () => {
  it('one at a time, Next and Back move between steps', () => {
    card();
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
    expect(screen.getByText(/Notice what feels hard/)).toBeTruthy();
    expect(screen.queryByText(/Say one kind word/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText(/Say one kind word/)).toBeTruthy();
    expect(screen.getByText('That was the last step.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
  });

  it('shows quiet dots for where it stands, hidden from screen readers', () => {
    const { container } = render(<ExerciseSteps steps={text.steps} index={1} atOnce={false} />);
    const dots = container.querySelector('.step-dots');
    expect(dots?.getAttribute('aria-hidden')).toBe('true');
    expect(dots?.querySelectorAll('.dot')).toHaveLength(3);
    expect(dots?.querySelector('.dot.current')).toBe(dots?.querySelectorAll('.dot')[1]);
  });

  it('reads each new step out through a polite live region', () => {
    card();
    const region = document.querySelector('.steps [aria-live="polite"]');
    expect(region?.textContent).toContain('Step 1 of 3');
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(region?.textContent).toContain('Remember others feel this too.');
  });

  it('all at once, shows every step as a numbered list without step buttons', () => {
    render(<ExerciseSteps steps={text.steps} index={0} stepSeconds={[30, 30, 60]} atOnce />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[2]?.textContent).toContain('Say one kind word.');
    expect(items[2]?.textContent).toContain('About 60 seconds');
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
  });
});

describe('the gentle timer', () => {
  const liveText = (container: Element) =>
    container.querySelector('[aria-live="polite"]')?.textContent ?? '';

  it('starts, pauses and continues, and tells the page it started once', async () => {
    vi.useFakeTimers();
    const onStart = vi.fn();
    const { container } = render(<GentleTimer seconds={120} onStart={onStart} />);
    expect(screen.getByText('2:00 left')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    expect(liveText(container)).toBe('Timer started: 2 min.');
    await act(() => void vi.advanceTimersByTime(5_000));
    expect(screen.getByText('1:55 left')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Pause timer' }));
    expect(liveText(container)).toBe('Timer paused.');
    await act(() => void vi.advanceTimersByTime(30_000));
    expect(screen.getByText('1:55 left')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Continue timer' }));
    await act(() => void vi.advanceTimersByTime(2_000));
    expect(screen.getByText('1:53 left')).toBeTruthy();
    expect(onStart).toHaveBeenCalledOnce();
  });

  it('speaks once a minute, not every second, and says when the time is up', async () => {
    vi.useFakeTimers();
    const { container } = render(<GentleTimer seconds={120} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start timer' }));
    const heard = new Set<string>();
    for (let s = 0; s < 125; s++) {
      await act(() => void vi.advanceTimersByTime(1_000));
      heard.add(liveText(container));
    }
    expect([...heard]).toEqual([
      'Timer started: 2 min.',
      'About 1 min left',
      'The time is up. Take all the time you need.',
    ]);
    expect(screen.getByRole('button', { name: 'Start again' })).toBeTruthy();
  });

  it('has a minute-only line for reduced motion', () => {
    render(<GentleTimer seconds={180} />);
    expect(screen.getByText('About 3 min left')).toBeTruthy();
    cleanup();
    render(<GentleTimer seconds={60} />);
    expect(screen.getByText('About 1 min left')).toBeTruthy();
  });
});

describe('after Done', () => {
  it('asks once whether it helped and thanks for the answer', () => {
    const onAnswer = vi.fn();
    const { rerender } = render(<AfterDone helped={null} onAnswer={onAnswer} onBack={vi.fn()} />);
    expect(screen.getByText('Did this help?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not really' }));
    expect(onAnswer).toHaveBeenCalledWith(false);

    rerender(<AfterDone helped={false} onAnswer={onAnswer} onBack={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Yes' })).toBeNull();
    const thanks = screen.getByRole('status');
    expect(thanks.textContent).toBe('Thank you, noted.');
    expect(document.activeElement).toBe(thanks);
  });

  it('goes back to the break times', () => {
    const onBack = vi.fn();
    render(<AfterDone helped={null} onAnswer={vi.fn()} onBack={onBack} />);
    fireEvent.click(screen.getByRole('button', { name: 'Back to break times' }));
    expect(onBack).toHaveBeenCalledOnce();
  });
});
