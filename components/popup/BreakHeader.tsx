import { t } from '@/lib/i18n';
import { SaidAt } from './TimeInWords';

interface Props {
  /** due: the break has come; on-break: it is running; free: an exercise outside a break. */
  kind: 'due' | 'on-break' | 'free';
  /** When the running break ends. */
  endsAt?: number | null | undefined;
  /** A long break (every Nth break, when long breaks are on). */
  long?: boolean | undefined;
  now: number;
}

/** The line above an exercise: why it is here. */
export function BreakHeader({ kind, endsAt, long = false, now }: Props) {
  if (kind === 'due') {
    return (
      <header class="break-header">
        <h1>{t(long ? 'longBreakHeading' : 'dueHeading')}</h1>
        <p>{t('dueInvite')}</p>
      </header>
    );
  }
  if (kind === 'on-break') {
    return (
      <header class="break-header">
        <h1>{t(long ? 'longBreakHeading' : 'onBreakHeading')}</h1>
        {endsAt && endsAt > now ? (
          <p>
            <SaidAt message="breakEnds" at={endsAt} now={now} />
          </p>
        ) : null}
      </header>
    );
  }
  return (
    <header class="break-header">
      <h1>{t('exerciseHeading')}</h1>
    </header>
  );
}
