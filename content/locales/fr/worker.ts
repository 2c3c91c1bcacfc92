import type { Messages } from '../messages';

/**
 * Made only when the worker first speaks French (lib/worker/words.ts), so the worker holds
 * no words of a language it does not speak (issue 15).
 */
export default () =>
  ({
    nudgeTitle: 'C’est l’heure d’une courte pause',
    nudgeMessage: 'Une ou deux minutes au calme, si tu veux. Ton exercice est prêt.',
    nudgeMessageFirefox:
      'Une ou deux minutes au calme, si tu veux. Clique pour ouvrir ton exercice.',
    nudgeStart: 'Commencer',
    nudgeSnooze: 'Plus tard',
    badgeDue: 'prêt',
    badgeMinutes: '{n}m',
    requestFailed: 'Tend n’a pas pu le faire cette fois. Réessaie dans un instant.',
    requestInvalid: 'Tend n’a pas pu le faire : la demande n’était pas valide. Rien n’a changé.',
    nudgeTitleLong: 'C’est l’heure d’une pause plus longue',
    headsUpTitle: 'Une pause approche',
    headsUpMessage: 'Dans environ {n} min. Cherche un bon moment pour t’arrêter.',
    headsUpMessageSeconds: 'Dans environ {n} secondes. Cherche un bon moment pour t’arrêter.',
    testNudgeTitle: 'Tend peut te joindre',
    testNudgeMessage: 'Voici comment arrive un rappel de pause. Rien d’autre à faire.',
  }) satisfies Partial<Messages>;
