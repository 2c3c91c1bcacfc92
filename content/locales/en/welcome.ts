/** UI words of the welcome page, shown once after install. */
export default {
  welcomeTitle: 'Welcome to Tend',
  welcomeWhat1: 'Tend reminds you to step away from the screen for a short break.',
  welcomeWhat2:
    'Each break offers a one-to-three-minute exercise: reaching out to someone, or being kind to yourself.',
  welcomeWhat3:
    'Everything stays in your browser, and you can change it all later in the settings.',
  welcomeRhythm: 'Choose a rhythm',
  welcomeKinds: 'Choose your exercises',
  welcomePin: 'Keep Tend in sight',
  welcomePinChrome:
    'Click the Extensions button (the puzzle piece) next to the address bar, then the pin beside Tend. Its badge shows the minutes until your next break.',
  welcomePinFirefox:
    'Click the Extensions button (the puzzle piece) in the toolbar, open Tend’s menu and choose “Pin to Toolbar”. Its badge shows the minutes until your next break.',
  welcomeNudges: 'Will you see the nudges?',
  welcomeNudgesHint:
    'When a break is due, Tend sends a notification. Send a test one now to be sure it reaches you.',
  welcomeSettings: 'All settings',
} as const;
