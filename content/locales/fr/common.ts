import type { Messages } from '../messages';

export default {
  appName: 'Tend',
  kindConnection: 'Lien aux autres',
  kindSelfCompassion: 'Bienveillance envers soi',
  minutesShort: '{n} min',
} satisfies Partial<Messages>;
