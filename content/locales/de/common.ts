import type { Messages } from '../messages';

export default {
  appName: 'Tend',
  kindConnection: 'Verbundenheit',
  kindSelfCompassion: 'Selbstmitgefühl',
  minutesShort: '{n} Min.',
} satisfies Partial<Messages>;
