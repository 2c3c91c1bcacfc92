import type { Messages } from '../messages';

export default {
  welcomeTitle: 'Bienvenue dans Tend',
  welcomeWhat1: 'Tend te rappelle de t’éloigner de l’écran pour une courte pause.',
  welcomeWhat2:
    'Chaque pause propose un exercice d’une à trois minutes\u202f: aller vers quelqu’un, ou être bienveillant avec toi.',
  welcomeWhat3:
    'Tout reste dans ton navigateur, et tu peux tout changer plus tard dans les réglages.',
  welcomeRhythm: 'Choisis un rythme',
  welcomeKinds: 'Choisis tes exercices',
  welcomePin: 'Garde Tend à portée de vue',
  welcomePinChrome:
    'Clique sur le bouton des extensions (la pièce de puzzle) à côté de la barre d’adresse, puis sur l’épingle à côté de Tend. Son badge montre les minutes avant ta prochaine pause.',
  welcomePinFirefox:
    'Clique sur le bouton des extensions (la pièce de puzzle) dans la barre d’outils, ouvre le menu de Tend et choisis «\u202fÉpingler à la barre d’outils\u202f». Son badge montre les minutes avant ta prochaine pause.',
  welcomeNudges: 'Verras-tu les rappels\u202f?',
  welcomeNudgesHint:
    'Quand une pause arrive, Tend envoie une notification. Envoies-en une de test maintenant pour vérifier qu’elle te parvient.',
  welcomeSettings: 'Tous les réglages',
} satisfies Partial<Messages>;
