import { render } from 'preact';
import { type ClockPattern, clockPattern } from '@/components/popup/clock-pattern';
import { frameNodes } from '@/components/popup/frame-nodes';
import { addWords, currentLocale, loadWords, localeFor, setLocale, t } from '@/lib/i18n';
import { post } from '@/lib/protocol';
import { snapshotIn } from '@/lib/store/popup-view';
import { App } from './App';
import { exerciseTextIn, primeFromHint } from './exercise-text';
import { effectsAfterFirstPaint } from './first-paint';
import { firstPaintShown } from './paint-shown';
import { openPopupStore, type PopupData } from './popup-data';
import { popupWords } from './words';
import './style.css';

// The worker opens this page as a small window where it cannot open the popup itself.
const windowed = new URLSearchParams(location.search).get('view') === 'window';
document.documentElement.classList.toggle('windowed', windowed);

// The first frame shows the real state, never a "loading" placeholder. The worker puts what
// the popup shows in its address (lib/store/popup-view.ts), so in English, between breaks or
// with the exercise seen before, the first render happens right here, before the page's first
// paint: as fast as a static page. Otherwise (no snapshot, another language, new exercise
// words) the render waits for what is missing. The store reads storage and listens for
// changes either way, so a change made while the popup opens is not missed.
// Faster still, the popup before this one may have kept its first frame for this same state:
// then popup-first-frame.ts has already put it on the page, and this script waits until it is
// painted, and renders over it (the same elements), keeping the frame anew.
const keptFrameShown = document.documentElement.dataset.frame === 'kept';
const store = openPopupStore(Date.now, snapshotIn(location.search));
const first = store.get();

/** The exercise on screen for a break already under way, whose words the first frame needs. */
function exerciseOnScreen({ engine, current }: PopupData): string | undefined {
  const onBreak = engine && ['due', 'on-break'].includes(engine.phase);
  return onBreak && current?.cycle === engine.cycle ? current.id : undefined;
}

/** Readies the words for `data` at once when they are all at hand; false when some must load. */
function wordsAtHand(data: PopupData): boolean {
  if (localeFor(data.settings.language) !== 'en') return false;
  addWords('en', popupWords.english);
  setLocale('en');
  const id = exerciseOnScreen(data);
  if (id === undefined) return true;
  primeFromHint('en');
  return !(exerciseTextIn('en')(id) instanceof Promise);
}

/** Loads the words for `data`: the chosen language's, and the exercise's on screen. */
async function loadWordsFor(data: PopupData): Promise<void> {
  const chosen = localeFor(data.settings.language);
  primeFromHint(chosen);
  await loadWords(popupWords, chosen);
  const id = exerciseOnScreen(data);
  if (id) await Promise.resolve(exerciseTextIn(currentLocale())(id)).catch(() => undefined);
}

function show(): void {
  effectsAfterFirstPaint();
  document.documentElement.lang = currentLocale();
  document.title = t('appName');
  const app = document.getElementById('app') as HTMLElement;
  render(<App windowed={windowed} store={store} />, app);
  // No pattern for writing times yet: learnt from Intl after the first paint, for the next popup.
  const locale = currentLocale();
  const known = clockPattern(locale);
  const clock = known
    ? Promise.resolve(known)
    : firstPaintShown()
        .then(() => import('@/components/popup/clock-learn'))
        .then((m) => m.learnClockPattern(locale));
  keepForNextPopup(app, clock);
}

/**
 * Hands the frame just rendered to the worker for the next popup of this state
 * (frame-cache.ts), when it is the snapshot's state, whole: not storage's newer one, nor one
 * still loading something. A popup that showed a kept frame has nothing new to hand.
 */
function keepForNextPopup(app: HTMLElement, clock: Promise<ClockPattern | undefined>): void {
  if (keptFrameShown || windowed) return;
  if (!first || store.get() !== first || app.querySelector('[data-loading]')) return;
  const now = Date.now();
  const nodes = frameNodes(app);
  const engine = first.engine;
  // Keeping is no part of this frame: its code loads after the paint.
  const code = firstPaintShown().then(() => import('@/components/popup/frame-cache'));
  void Promise.all([code, clock]).then(([{ frameKey, frameRecord, frameUntil }, pattern]) => {
    const key = frameKey(location.search);
    // Not kept: the next popup of this state is drawn by its app, as this one was.
    if (key === null) return;
    const frame = frameRecord(nodes, {
      buildId: __TEND_BUILD_ID__,
      clock: pattern,
      now,
      until: frameUntil(engine, now),
    });
    const times = pattern && JSON.stringify(pattern);
    post('keep-frame', { key, frame, clock: times });
  });
}

if (first && wordsAtHand(first)) {
  if (keptFrameShown) void firstPaintShown().then(show);
  else show();
} else {
  // Without a snapshot, the browser language's words load while storage is read.
  const browserWords = first ? undefined : loadWords(popupWords);
  void (first ? Promise.resolve(first) : store.ready)
    .then(async (data) => {
      await browserWords;
      await loadWordsFor(data);
    })
    .then(show);
}
