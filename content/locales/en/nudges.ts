/** UI words about whether nudges arrive: the welcome and options pages. */
export default {
  testNudge: 'Send a test nudge',
  testNudgeSending: 'Sending…',
  testNudgeSent:
    'A test nudge is on its way. If none appeared, your system’s focus or do-not-disturb mode may be hiding it: turn that off, or allow your browser’s notifications in it.',
  nudgeDenied:
    'Notifications are turned off for your browser, so Tend can only show “now” on its toolbar icon. To see nudges, allow notifications in your browser’s settings for notifications, and in your operating system’s notification settings.',
  nudgeFailed:
    'Tend could not show a notification, so it shows “now” on its toolbar icon instead. Check that your operating system allows notifications from your browser, and that focus or do-not-disturb mode is off.',
} as const;
