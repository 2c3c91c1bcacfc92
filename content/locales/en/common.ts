/** UI words shared by every surface (English is complete and the fallback for all). */
export default {
  appName: 'Tend',
  kindConnection: 'Connection',
  kindSelfCompassion: 'Self-compassion',
  minutesShort: '{n} min',
} as const;
