import type { HistoryEntry } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { dailyBreaks, gentleStreak, type PeriodStats, periodStats } from '@/lib/stats';
import { WeekChart } from './WeekChart';

interface Props {
  history: readonly HistoryEntry[];
  now: number;
  timeZone: string;
  formatDay: (day: string) => string;
}

function StatsTable({ caption, stats }: { caption: string; stats: PeriodStats }) {
  const rows: [string, number][] = [
    [t('statTaken'), stats.taken],
    [t('statNatural'), stats.natural],
    [t('statSnoozed'), stats.snoozed],
    [t('statSkipped'), stats.skipped],
    [t('statConnection'), stats.exercises.connection],
    [t('statSelfCompassion'), stats.exercises.selfCompassion],
  ];
  return (
    <table class="stats">
      <caption>{caption}</caption>
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The last 7 and 30 days, the gentle streak and a small chart. Counts, never verdicts. */
export function StatsPanel({ history, now, timeZone, formatDay }: Props) {
  return (
    <div class="stats-panel">
      <div class="stats-tables">
        <StatsTable caption={t('last7')} stats={periodStats(history, now, 7, timeZone)} />
        <StatsTable caption={t('last30')} stats={periodStats(history, now, 30, timeZone)} />
      </div>
      <p>{t('streak', { n: gentleStreak(history, now, timeZone) })}</p>
      <WeekChart days={dailyBreaks(history, now, 14, timeZone)} formatDay={formatDay} />
    </div>
  );
}
