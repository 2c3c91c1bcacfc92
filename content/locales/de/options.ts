import type { Messages } from '../messages';

export default {
  optionsTitle: 'Tend-Einstellungen',
} satisfies Partial<Messages>;
