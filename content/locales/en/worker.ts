/** Words the background worker shows: the nudge notification and the toolbar badge. */
export default {
  nudgeTitle: 'Time for a short break',
  nudgeMessage: 'A calm minute or two, if you like. Your exercise is ready.',
  nudgeMessageFirefox: 'A calm minute or two, if you like. Click to open your exercise.',
  nudgeStart: 'Start',
  nudgeSnooze: 'Snooze',
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
