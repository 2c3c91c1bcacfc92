import type { Messages } from '../messages';

export default {
  testNudge: 'Envoyer un rappel de test',
  testNudgeSending: 'Envoi…',
  testNudgeSent:
    'Un rappel de test est en route. S’il n’apparaît pas, le mode concentration ou ne pas déranger de ton système le cache peut-être\u202f: désactive-le, ou autorise-y les notifications de ton navigateur.',
  nudgeDenied:
    'Les notifications sont désactivées pour ton navigateur, alors Tend ne peut afficher que «\u202fprêt\u202f» sur son icône dans la barre d’outils. Pour voir les rappels, autorise les notifications dans les réglages de notifications de ton navigateur et dans ceux de ton système.',
  nudgeFailed:
    'Tend n’a pas pu afficher de notification, alors il affiche «\u202fprêt\u202f» sur son icône dans la barre d’outils. Vérifie que ton système autorise les notifications de ton navigateur et que le mode concentration ou ne pas déranger est désactivé.',
} satisfies Partial<Messages>;
