import type { Messages } from '../messages';

/** Die Wörter des Popups (und des kleinen Übungsfensters). Freundlich, einfach, per Du. */
export default {
  close: 'Schließen',
  openSettings: 'Einstellungen',
  loading: 'Einen Moment …',
  notStarted: 'Tend startet gerade. Deine Pausenzeiten erscheinen hier gleich.',
  sendFailed: 'Tend hat gerade nicht geantwortet. Versuch es gleich noch einmal.',

  nextBreakAt: 'Nächste Pause um {time}',
  nextBreakIn: 'In {minutes} Min.',
  nextBreakInUnderMinute: 'In weniger als einer Minute',
  takeBreakNow: 'Jetzt Pause machen',
  exerciseNow: 'Jetzt eine Übung ausprobieren',

  nudgeProblemPopup:
    'Benachrichtigungen kommen gerade nicht bei dir an, darum zeigt Tend „Zeit“ am Symbol. In den Einstellungen steht, wie du sie einschaltest.',
  notNow: 'Nicht jetzt',
  snoozeHeading: 'Später erinnern',
  snoozeFor: 'Erinnern in',
  snoozeCapUsed:
    'Für heute ist kein Aufschieben mehr übrig. Das ist in Ordnung: Auch eine kurze Pause zählt.',
  pauseHeading: 'Pausen anhalten',
  pause60: '1 Stunde',
  pauseTomorrow: 'Bis morgen',
  pauseEnds: 'bis {time}',

  pausedHeading: 'Die Pausen sind angehalten',
  pausedUntil: 'Sie beginnen wieder um {time}.',
  resume: 'Pausen fortsetzen',
  offHoursHeading: 'Außerhalb deiner Arbeitszeit',
  offHoursUntil: 'Die Pausen beginnen wieder um {time}.',
  offHoursNoEnd:
    'Für die nächsten Tage ist keine Arbeitszeit eingestellt, darum ist keine Pause geplant.',
  deferredHeading: 'Deine Pause wartet',
  deferredWhy: 'Ein Fenster ist im Vollbild, darum bleibt Tend erst einmal still.',
  deferredWhyOrSound:
    'Ein Fenster ist im Vollbild oder ein Tab spielt Ton ab, darum bleibt Tend erst einmal still.',
  deferredUntil: 'Die Pause kommt, wenn das vorbei ist, spätestens um {time}.',

  dueHeading: 'Zeit für eine kurze Pause',
  dueInvite: 'Hier ist etwas Kleines zum Ausprobieren, wenn du magst.',
  onBreakHeading: 'Deine Pause',
  longBreakHeading: 'Eine längere Pause',
  breakEnds: 'Bis {time}',
  exerciseHeading: 'Eine Übung für dich',
  skipBreak: 'Diese Pause auslassen',

  stepOf: 'Schritt {n} von {total}',
  stepsHeading: 'Schritte',
  stepSeconds: 'Etwa {seconds} Sekunden',
  nextStep: 'Nächster Schritt',
  previousStep: 'Zurück',
  lastStep: 'Das war der letzte Schritt.',
  soloAlternative: 'Für dich allein:',
  noTouchAlternative: 'Ohne Berührung:',
  otherWays: 'So geht es auch',
  exitLine: 'Zum Abschluss:',
  done: 'Fertig',
  another: 'Eine andere',
  favourite: 'Lieblingsübung',
  notForMe: 'Nichts für mich',
  notForMeNoted: 'In Ordnung, diese Übung kommt nicht wieder.',
  noExercise:
    'Gerade passt keine Übung zu deinen Einstellungen. In den Einstellungen kannst du andere Arten wählen.',
  wordsMissing: 'Die Wörter für diese Übung sind nicht geladen. Du kannst eine andere wählen.',
  moreSupport: 'Mehr Unterstützung? Krisentelefone finden',
  emergencyLine: 'In akuter Gefahr? Ruf den Notruf an.',

  timerHeading: 'Timer (freiwillig)',
  timerStart: 'Timer starten',
  timerPause: 'Timer anhalten',
  timerContinue: 'Timer fortsetzen',
  timerAgain: 'Noch einmal',
  timerLeft: 'Noch {time}',
  timerAbout: 'Noch etwa {minutes} Min.',
  timerUnderMinute: 'Noch weniger als eine Minute',
  timerStarted: 'Timer gestartet: {minutes} Min.',
  timerPaused: 'Timer angehalten.',
  timerFinished: 'Die Zeit ist um. Lass dir so viel Zeit, wie du brauchst.',

  doneThanks: 'Danke, dass du dir diesen Moment genommen hast.',
  didItHelp: 'Hat es dir gutgetan?',
  helpedYes: 'Ja',
  helpedNo: 'Eher nicht',
  answerThanks: 'Danke, notiert.',
  backToStatus: 'Zurück zu den Pausenzeiten',
} satisfies Partial<Messages>;
