import { options } from 'preact';
import { firstPaintShown } from './paint-shown';

/** Preact's effects (focus, timers, subscriptions) run after the first paint is shown. */
export function effectsAfterFirstPaint(): void {
  options.requestAnimationFrame = (flush) => {
    void firstPaintShown().then(() => setTimeout(flush));
  };
}
