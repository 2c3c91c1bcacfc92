import type { Messages } from '../messages';

export default {
  kindConnection: 'Verbindung',
  kindSelfCompassion: 'Selbstmitgefühl',
  minutesShort: '{n} Min.',
} satisfies Partial<Messages>;
