import { HELPLINE_DIRECTORY } from '@/lib/helpline';
import { t } from '@/lib/i18n';

/** Help one click from any exercise: a quiet link to helplines, and what to do in danger. */
export function SupportLine() {
  return (
    <p class="support">
      {/* A new tab: the popup closes, the exercise stays where it was for the next open. */}
      <a href={HELPLINE_DIRECTORY} target="_blank" rel="noreferrer">
        {t('moreSupport')}
      </a>{' '}
      {t('emergencyLine')}
    </p>
  );
}
