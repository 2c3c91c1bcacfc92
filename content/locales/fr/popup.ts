import type { Messages } from '../messages';

/** Les mots du popup (et de la petite fenêtre d'exercice). Gentils, simples, en tutoyant. */
export default {
  close: 'Fermer',
  openSettings: 'Réglages',
  loading: 'Un instant…',
  notStarted: 'Tend se prépare. Tes heures de pause vont s’afficher ici dans un instant.',
  sendFailed: 'Tend n’a pas répondu cette fois. Réessaie dans un instant.',

  nextBreakAt: 'Prochaine pause à {time}',
  nextBreakIn: 'Dans {minutes} min',
  nextBreakInUnderMinute: 'Dans moins d’une minute',
  takeBreakNow: 'Faire une pause maintenant',
  exerciseNow: 'Essayer un exercice maintenant',

  notNow: 'Pas maintenant',
  snoozeHeading: 'Rappeler plus tard',
  snoozeFor: 'Rappeler dans',
  snoozeCapUsed:
    'Plus de rappel différé pour aujourd’hui. Ce n’est pas grave : une courte pause compte aussi.',
  pauseHeading: 'Suspendre les pauses',
  pause60: '1 heure',
  pauseTomorrow: 'Jusqu’à demain',
  pauseEnds: 'jusqu’à {time}',

  pausedHeading: 'Les pauses sont suspendues',
  pausedUntil: 'Elles reprennent à {time}.',
  resume: 'Reprendre les pauses',
  offHoursHeading: 'En dehors de tes heures de travail',
  offHoursUntil: 'Les pauses reprennent à {time}.',
  offHoursNoEnd:
    'Aucune heure de travail n’est prévue ces prochains jours, donc aucune pause n’est prévue.',
  deferredHeading: 'Ta pause t’attend',
  deferredWhy: 'Une fenêtre est en plein écran, alors Tend reste discret pour le moment.',
  deferredWhyOrSound:
    'Une fenêtre est en plein écran ou un onglet joue du son, alors Tend reste discret pour le moment.',
  deferredUntil: 'La pause viendra quand ce sera fini, ou à {time} au plus tard.',

  dueHeading: 'C’est l’heure d’une courte pause',
  dueInvite: 'Voici une petite chose à essayer, si tu veux.',
  onBreakHeading: 'Ta pause',
  breakEnds: 'Jusqu’à {time}',
  exerciseHeading: 'Un exercice pour toi',
  skipBreak: 'Passer cette pause',

  stepOf: 'Étape {n} sur {total}',
  stepsHeading: 'Étapes',
  stepSeconds: 'Environ {seconds} secondes',
  nextStep: 'Étape suivante',
  previousStep: 'Retour',
  lastStep: 'C’était la dernière étape.',
  soloAlternative: 'Sans personne d’autre :',
  noTouchAlternative: 'Sans contact :',
  otherWays: 'D’autres façons de le faire',
  exitLine: 'Pour finir :',
  done: 'Terminé',
  another: 'Un autre',
  favourite: 'Favori',
  notForMe: 'Pas pour moi',
  notForMeNoted: 'D’accord, tu ne verras plus celui-ci.',
  noExercise:
    'Aucun exercice ne correspond à tes réglages pour le moment. Tu peux choisir d’autres types dans les Réglages.',
  wordsMissing: 'Les mots de cet exercice ne se sont pas chargés. Tu peux en essayer un autre.',
  moreSupport: 'Besoin de plus de soutien ?',
  emergencyLine: 'En danger en ce moment ? Appelle le numéro d’urgence de ton pays.',

  timerHeading: 'Minuteur (facultatif)',
  timerStart: 'Lancer le minuteur',
  timerPause: 'Mettre le minuteur en pause',
  timerContinue: 'Reprendre le minuteur',
  timerAgain: 'Recommencer',
  timerLeft: 'Encore {time}',
  timerAbout: 'Encore environ {minutes} min',
  timerUnderMinute: 'Moins d’une minute restante',
  timerStarted: 'Minuteur lancé : {minutes} min.',
  timerPaused: 'Minuteur en pause.',
  timerFinished: 'Le temps est écoulé. Prends tout le temps qu’il te faut.',

  doneThanks: 'Merci d’avoir pris ce moment.',
  didItHelp: 'Ça t’a fait du bien ?',
  helpedYes: 'Oui',
  helpedNo: 'Pas vraiment',
  answerThanks: 'Merci, c’est noté.',
  backToStatus: 'Retour aux heures de pause',
  nudgeProblemPopup:
    'Les notifications ne t’arrivent pas en ce moment, alors Tend affiche «\u202fprêt\u202f» sur son icône. Les réglages expliquent comment les activer.',
  longBreakHeading: 'Une pause plus longue',
} satisfies Partial<Messages>;
