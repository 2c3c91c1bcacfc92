import type { Messages } from '../messages';

export default {
  nudgeTitle: 'C’est l’heure d’une courte pause',
  nudgeMessage: 'Une ou deux minutes au calme, si tu veux. Ton exercice est prêt.',
  nudgeMessageFirefox: 'Une ou deux minutes au calme, si tu veux. Clique pour ouvrir ton exercice.',
  nudgeStart: 'Commencer',
  nudgeSnooze: 'Plus tard',
  badgeDue: 'prêt',
  badgeMinutes: '{n}m',
  requestFailed: 'Tend n’a pas pu le faire cette fois. Réessaie dans un instant.',
  requestInvalid: 'Tend n’a pas pu le faire : la demande n’était pas valide. Rien n’a changé.',
} satisfies Partial<Messages>;
