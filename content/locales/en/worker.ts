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
} as const;
