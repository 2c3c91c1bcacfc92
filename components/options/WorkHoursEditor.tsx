import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings, TimeRange } from '@/lib/settings/settings';
import { CheckField } from './CheckField';

type WorkHours = Settings['workHours'];

interface Props {
  value: WorkHours;
  /** Validates and saves; returns a message when the hours were refused. */
  onSave: (value: WorkHours) => string | null;
  /** Localised weekday names, Sunday first. */
  dayNames: string[];
}

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const fromTime = (text: string, isEnd: boolean) => {
  const [h, m] = text.split(':').map(Number);
  const minutes = (h ?? 0) * 60 + (m ?? 0);
  // "00:00" as an end means the end of the day.
  return isEnd && minutes === 0 ? 24 * 60 : minutes;
};

/** Work days and several periods a day. Monday is listed first, as most calendars do. */
export function WorkHoursEditor({ value, onSave, dayNames }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(value), [value]);

  const change = (next: WorkHours) => {
    setDraft(next);
    setError(onSave(next));
  };
  const setDay = (day: number, ranges: TimeRange[]) =>
    change({ ...draft, days: draft.days.map((r, i) => (i === day ? ranges : r)) });

  return (
    <div>
      <CheckField
        label={t('workHoursEnabled')}
        checked={draft.enabled}
        onChange={(enabled) => change({ ...draft, enabled })}
      />
      <p class="hint">{t('workHoursHint')}</p>
      {error && (
        <p class="error" role="alert">
          {error} {t('keptLastGood')}
        </p>
      )}
      <div class="days" hidden={!draft.enabled}>
        {[1, 2, 3, 4, 5, 6, 0].map((day) => {
          const ranges = draft.days[day] ?? [];
          const name = dayNames[day] ?? String(day);
          return (
            <fieldset key={day} class="day">
              <legend>{name}</legend>
              {ranges.length === 0 && <span class="hint">{t('dayOff')}</span>}
              {ranges.map((r, i) => (
                <span class="period" key={`${day}-${i}`}>
                  <input
                    type="time"
                    aria-label={t('periodStart', { day: name, n: i + 1 })}
                    value={toTime(r.start)}
                    onChange={(e) =>
                      setDay(
                        day,
                        ranges.map((x, j) =>
                          j === i ? { ...x, start: fromTime(e.currentTarget.value, false) } : x,
                        ),
                      )
                    }
                  />
                  –
                  <input
                    type="time"
                    aria-label={t('periodEnd', { day: name, n: i + 1 })}
                    value={toTime(r.end)}
                    onChange={(e) =>
                      setDay(
                        day,
                        ranges.map((x, j) =>
                          j === i ? { ...x, end: fromTime(e.currentTarget.value, true) } : x,
                        ),
                      )
                    }
                  />
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('removePeriod', {
                      day: name,
                      start: toTime(r.start),
                      end: toTime(r.end),
                    })}
                    onClick={() =>
                      setDay(
                        day,
                        ranges.filter((_, j) => j !== i),
                      )
                    }
                  >
                    ×
                  </button>
                </span>
              ))}
              <button
                type="button"
                class="quiet"
                onClick={() => {
                  const last = ranges[ranges.length - 1];
                  const start = last ? Math.min(last.end + 60, 23 * 60) : 9 * 60;
                  setDay(day, [...ranges, { start, end: Math.min(start + 4 * 60, 24 * 60) }]);
                }}
              >
                {t('addPeriod')}
              </button>
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}
