/** Words the background worker shows: the nudge notification and the toolbar badge. */
export default {
  nudgeTitle: 'Time for a short break',
  /** The nudge of a long break (every Nth break, when long breaks are on). */
  nudgeTitleLong: 'Time for a longer break',
  nudgeMessage: 'A calm minute or two, if you like. Your exercise is ready.',
  nudgeMessageFirefox: 'A calm minute or two, if you like. Click to open your exercise.',
  nudgeStart: 'Start',
  nudgeSnooze: 'Snooze',
  /** The optional heads-up before a break: quiet, silent, not the nudge itself. */
  headsUpTitle: 'A break is coming up',
  headsUpMessage: 'In about {n} min. Time to find a good place to pause.',
  headsUpMessageSeconds: 'In about {n} seconds. Time to find a good place to pause.',
  /** Badge text when a break is due: at most 4 characters. */
  badgeDue: 'now',
  /** Badge minutes left: at most 4 characters. */
  badgeMinutes: '{n}m',
  /** A request from a page that the worker could not carry out. */
  requestFailed: 'Tend could not do that just now. Please try again in a moment.',
  requestInvalid: 'Tend could not do that: the request was not valid. Nothing was changed.',
  /** The test nudge sent from the welcome and options pages. */
  testNudgeTitle: 'Tend can reach you',
  testNudgeMessage: 'This is how a break nudge arrives. Nothing else to do.',
} as const;
