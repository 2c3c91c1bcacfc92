/** Worker-side words (notification, badge). Moved into the i18n layer once it settles. */
export const workerWords = {
  nudgeTitle: 'Time for a short break',
  nudgeMessage: 'A calm minute or two, if you like. Your exercise is ready.',
  nudgeMessageFirefox: 'A calm minute or two, if you like. Click to open your exercise.',
  nudgeStart: 'Start',
  nudgeSnooze: 'Snooze',
  badgeDue: 'now',
};
