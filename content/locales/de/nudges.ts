import type { Messages } from '../messages';

export default {
  testNudge: 'Test-Hinweis senden',
  testNudgeSending: 'Wird gesendet …',
  testNudgeSent:
    'Ein Test-Hinweis ist unterwegs. Wenn keiner erschienen ist, blendet ihn vielleicht der Fokus- oder Nicht-stören-Modus deines Systems aus: Schalte ihn aus oder erlaube dort die Mitteilungen deines Browsers.',
  nudgeDenied:
    'Mitteilungen sind für deinen Browser ausgeschaltet, deshalb kann Tend nur „Zeit“ an seinem Symbol in der Symbolleiste zeigen. Um Hinweise zu sehen, erlaube Mitteilungen in den Einstellungen deines Browsers für Benachrichtigungen und in den Mitteilungseinstellungen deines Betriebssystems.',
  nudgeFailed:
    'Tend konnte keine Mitteilung zeigen und zeigt stattdessen „Zeit“ an seinem Symbol in der Symbolleiste. Prüfe, ob dein Betriebssystem Mitteilungen deines Browsers erlaubt und ob der Fokus- oder Nicht-stören-Modus aus ist.',
} satisfies Partial<Messages>;
