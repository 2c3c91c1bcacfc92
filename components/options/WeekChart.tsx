import { countKey, t } from '@/lib/i18n';
import type { DayCount } from '@/lib/stats';

/** Breaks per day as small SVG bars: no chart library, and a text list for screen readers. */
export function WeekChart({
  days,
  formatDay,
}: {
  days: DayCount[];
  formatDay: (day: string) => string;
}) {
  const max = Math.max(1, ...days.map((d) => d.breaks));
  const barWidth = 18;
  const gap = 6;
  const height = 80;
  return (
    <figure class="chart">
      <figcaption>{t('chartTitle')}</figcaption>
      <svg
        width={days.length * (barWidth + gap)}
        height={height}
        aria-hidden="true"
        role="presentation"
      >
        {days.map((d, i) => {
          const h = Math.round((d.breaks / max) * (height - 4));
          return (
            <rect
              key={d.day}
              x={i * (barWidth + gap)}
              y={height - h}
              width={barWidth}
              height={Math.max(h, 1)}
              rx={3}
              class={d.breaks > 0 ? 'bar' : 'bar empty'}
            />
          );
        })}
      </svg>
      <ul class="visually-hidden">
        {days.map((d) => (
          <li key={d.day}>
            {t(countKey(d.breaks, 'chartDayOne', 'chartDay'), {
              day: formatDay(d.day),
              n: d.breaks,
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
