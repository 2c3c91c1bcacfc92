// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutExercises, HELPLINE_DIRECTORY } from '@/components/AboutExercises';
import { setLocale } from '@/lib/i18n';

afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('About these exercises', () => {
  it('says plainly that these are not therapy, and links to a helpline directory', () => {
    render(<AboutExercises />);
    expect(screen.getByRole('heading', { name: 'About these exercises' })).toBeTruthy();
    expect(screen.getByText(/not therapy or medical care/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Need more support/ });
    expect(link.getAttribute('href')).toBe(HELPLINE_DIRECTORY);
  });

  it('is translated', () => {
    setLocale('de');
    render(<AboutExercises />);
    expect(screen.getByRole('heading', { name: 'Über diese Übungen' })).toBeTruthy();
  });
});
