// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AboutExercises } from '@/components/AboutExercises';
import { HELPLINE_DIRECTORY } from '@/lib/helpline';
import { setLocale } from '@/lib/i18n';
import { fleschKincaidGrade } from '@/lib/readability';

afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('About these exercises', () => {
  it('says plainly that these are wellbeing exercises, not therapy', () => {
    render(<AboutExercises />);
    expect(screen.getByRole('heading', { level: 2, name: 'About these exercises' })).toBeTruthy();
    expect(
      screen.getByText(/wellbeing exercises\. They are not therapy or medical care/),
    ).toBeTruthy();
  });

  it('links to a helpline directory in a new tab', () => {
    render(<AboutExercises />);
    const link = screen.getByRole('link', { name: /Need more support\? Find a helpline/ });
    expect(HELPLINE_DIRECTORY).toBe('https://findahelpline.com');
    expect(link.getAttribute('href')).toBe(HELPLINE_DIRECTORY);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noreferrer');
  });

  it("tells where the ideas come from: the article's themes, in our own words", () => {
    render(<AboutExercises />);
    expect(screen.getByText(/Remembering warm moments\./)).toBeTruthy();
    expect(screen.getByText(/Power of Intimacy, Connection, and Engagement/)).toBeTruthy();
    expect(screen.getByText(/in our own words/)).toBeTruthy();
  });

  it('is written in plain words (Flesch–Kincaid grade 7 or below)', () => {
    const { container } = render(<AboutExercises />);
    // The article's title is a citation, not our prose.
    const prose = [...container.querySelectorAll('p')]
      .map((p) => p.textContent ?? '')
      .filter((p) => !p.includes('Power of Intimacy'))
      .join(' ');
    expect(fleschKincaidGrade(prose)).toBeLessThanOrEqual(7);
  });

  it('can sit under an h3 on a page that has its own h2', () => {
    render(<AboutExercises headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'About these exercises' })).toBeTruthy();
  });

  it('is translated', () => {
    setLocale('de');
    render(<AboutExercises />);
    expect(screen.getByRole('heading', { name: 'Über diese Übungen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Krisentelefone/ }).getAttribute('href')).toBe(
      HELPLINE_DIRECTORY,
    );
  });
});
