import type { Messages } from '../messages';

export default {
  welcomeTitle: 'Willkommen bei Tend',
  welcomeWhat1: 'Tend erinnert dich daran, für eine kurze Pause vom Bildschirm wegzugehen.',
  welcomeWhat2:
    'Jede Pause bietet eine Übung von ein bis drei Minuten: dich mit jemandem verbinden oder freundlich zu dir sein.',
  welcomeWhat3:
    'Alles bleibt in deinem Browser, und du kannst später alles in den Einstellungen ändern.',
  welcomeRhythm: 'Wähle einen Rhythmus',
  welcomeKinds: 'Wähle deine Übungen',
  welcomePin: 'Tend im Blick behalten',
  welcomePinChrome:
    'Klicke neben der Adressleiste auf „Erweiterungen“ (das Puzzleteil) und dann auf die Stecknadel neben Tend. Das Symbol zeigt die Minuten bis zur nächsten Pause.',
  welcomePinFirefox:
    'Klicke in der Symbolleiste auf „Erweiterungen“ (das Puzzleteil), öffne das Menü von Tend und wähle „An Symbolleiste anheften“. Das Symbol zeigt die Minuten bis zur nächsten Pause.',
  welcomeNudges: 'Siehst du die Hinweise?',
  welcomeNudgesHint:
    'Wenn eine Pause fällig ist, sendet Tend eine Mitteilung. Sende jetzt eine zum Test, um sicherzugehen, dass sie dich erreicht.',
  welcomeSettings: 'Alle Einstellungen',
} satisfies Partial<Messages>;
