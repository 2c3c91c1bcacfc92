/** UI words of the popup (and the small exercise window). Kind, plain, never a command. */
export default {
  close: 'Close',
  openSettings: 'Settings',
  loading: 'One moment…',
  notStarted: 'Tend is getting ready. Your break times will show here in a moment.',
  sendFailed: 'Tend did not answer just now. Please try again in a moment.',

  // Working
  nextBreakAt: 'Next break at {time}',
  nextBreakIn: 'In {minutes} min',
  nextBreakInUnderMinute: 'In less than a minute',
  takeBreakNow: 'Take a break now',
  exerciseNow: 'Try an exercise now',

  // Snooze and pause
  /** When nudges cannot be shown as notifications (details on the options page). */
  nudgeProblemPopup:
    'Notifications do not reach you right now, so Tend shows “now” on its toolbar icon. Settings say how to turn them on.',
  notNow: 'Not now',
  snoozeHeading: 'Snooze',
  /** Read before each snooze choice by screen readers: "Snooze 5 min". */
  snoozeFor: 'Snooze',
  snoozeCapUsed: 'No snoozes left for today. That is okay: a short break counts too.',
  pauseHeading: 'Pause breaks',
  pause60: '1 hour',
  pauseTomorrow: 'Until tomorrow',
  pauseEnds: 'until {time}',

  // Quiet
  pausedHeading: 'Breaks are paused',
  pausedUntil: 'They start again at {time}.',
  resume: 'Resume breaks',
  offHoursHeading: 'Outside your work hours',
  offHoursUntil: 'Breaks start again at {time}.',
  offHoursNoEnd: 'No work hours are set for the coming days, so no break is planned.',
  deferredHeading: 'Your break is waiting',
  deferredWhy: 'A window is in full screen, so Tend is staying quiet for now.',
  deferredWhyOrSound:
    'A window is in full screen or a tab is playing sound, so Tend is staying quiet for now.',
  deferredUntil: 'The break will come when that ends, or at {time} at the latest.',

  // A break
  dueHeading: 'Time for a short break',
  dueInvite: 'Here is something small to try, if you like.',
  onBreakHeading: 'Your break',
  /** Above a long break (every Nth break, when long breaks are on), due or under way. */
  longBreakHeading: 'A longer break',
  breakEnds: 'Until {time}',
  exerciseHeading: 'An exercise for you',
  skipBreak: 'Skip this break',

  // The exercise
  stepOf: 'Step {n} of {total}',
  stepsHeading: 'Steps',
  stepSeconds: 'About {seconds} seconds',
  nextStep: 'Next step',
  previousStep: 'Back',
  lastStep: 'That was the last step.',
  soloAlternative: 'On your own:',
  noTouchAlternative: 'Without touch:',
  otherWays: 'Other ways to do this',
  exitLine: 'To finish:',
  done: 'Done',
  another: 'Another one',
  favourite: 'Favourite',
  notForMe: 'Not for me',
  notForMeNoted: 'Okay, you will not see that one again.',
  noExercise: 'No exercise fits your settings right now. You can choose other kinds in Settings.',
  wordsMissing: 'The words for this exercise did not load. You can try another one.',
  moreSupport: 'Need more support?',
  emergencyLine: 'In danger right now? Call your local emergency number.',

  // The gentle timer
  timerHeading: 'Timer (optional)',
  timerStart: 'Start timer',
  timerPause: 'Pause timer',
  timerContinue: 'Continue timer',
  timerAgain: 'Start again',
  timerLeft: '{time} left',
  timerAbout: 'About {minutes} min left',
  timerUnderMinute: 'Less than a minute left',
  timerStarted: 'Timer started: {minutes} min.',
  timerPaused: 'Timer paused.',
  timerFinished: 'The time is up. Take all the time you need.',

  // After Done
  doneThanks: 'Thank you for taking this moment.',
  didItHelp: 'Did this help?',
  helpedYes: 'Yes',
  helpedNo: 'Not really',
  answerThanks: 'Thank you, noted.',
  backToStatus: 'Back to break times',
} as const;
