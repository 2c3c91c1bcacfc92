import { useState } from 'preact/hooks';
import type { MessageKey } from '@/content/locales/messages';
import { t } from '@/lib/i18n';
import type { NudgeProblem } from '@/lib/store/nudge-problem';

interface Props {
  /** The worker's last word on a nudge (local:nudgeProblem); null when the last one showed. */
  problem: NudgeProblem | null;
  /** Sends a test nudge; resolves with why it could not be shown, or null. */
  onTest: () => Promise<NudgeProblem | null>;
}

const problemWords: Record<NudgeProblem, MessageKey> = {
  denied: 'nudgeDenied',
  failed: 'nudgeFailed',
};

/**
 * "Send a test nudge", and where to turn notifications on when they cannot be shown. A test
 * that showed is all the browser can tell: a focus mode hides it without saying so, so the
 * page names that too.
 */
export function NudgeCheck({ problem, onTest }: Props) {
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<{ problem: NudgeProblem | null; error?: string } | null>(
    null,
  );
  // The worker stores what the test found as well; the reply shows it without waiting.
  const shownProblem = problem ?? result?.problem ?? null;

  const test = () => {
    setSending(true);
    onTest()
      .then(
        (found) => setResult({ problem: found }),
        (error: unknown) => setResult({ problem: null, error: String((error as Error).message) }),
      )
      .finally(() => setSending(false));
  };

  return (
    <div class="nudge-check">
      <button type="button" onClick={test} disabled={sending} aria-describedby="nudge-check-status">
        {sending ? t('testNudgeSending') : t('testNudge')}
      </button>
      <div id="nudge-check-status" aria-live="polite">
        {result?.error && <p class="error">{result.error}</p>}
        {result && !result.error && !shownProblem && <p class="ok">{t('testNudgeSent')}</p>}
        {shownProblem && <p class="notice">{t(problemWords[shownProblem])}</p>}
      </div>
    </div>
  );
}
