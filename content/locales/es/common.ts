import type { Messages } from '../messages';

export default {
  appName: 'Tend',
  kindConnection: 'Conexión',
  kindSelfCompassion: 'Autocompasión',
  minutesShort: '{n} min',
} satisfies Partial<Messages>;
