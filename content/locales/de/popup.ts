import type { Messages } from '../messages';

export default {
  nextBreakIn: 'Nächste Pause in {minutes} Min.',
} satisfies Partial<Messages>;
