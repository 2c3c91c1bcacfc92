import type { Messages } from '../messages';

/**
 * Made only when the worker first speaks German (lib/worker/words.ts), so the worker holds
 * no words of a language it does not speak (issue 15).
 */
export default () =>
  ({
    nudgeTitle: 'Zeit für eine kurze Pause',
    nudgeTitleLong: 'Zeit für eine längere Pause',
    nudgeMessage: 'Ein, zwei ruhige Minuten, wenn du magst. Deine Übung ist bereit.',
    nudgeMessageFirefox: 'Ein, zwei ruhige Minuten, wenn du magst. Klicke, um die Übung zu öffnen.',
    nudgeStart: 'Los',
    nudgeSnooze: 'Später',
    headsUpTitle: 'Bald ist Pause',
    headsUpMessage: 'In etwa {n} Min. Zeit, eine gute Stelle zum Anhalten zu finden.',
    headsUpMessageSeconds: 'In etwa {n} Sekunden. Zeit, eine gute Stelle zum Anhalten zu finden.',
    badgeDue: 'Zeit',
    badgeMinutes: '{n}m',
    requestFailed: 'Das hat gerade nicht geklappt. Versuch es gleich noch einmal.',
    requestInvalid: 'Das ging nicht: Die Anfrage war ungültig. Es wurde nichts geändert.',
    /** The test nudge sent from the welcome and options pages. */
    testNudgeTitle: 'Tend erreicht dich',
    testNudgeMessage: 'So kommt ein Hinweis auf eine Pause an. Sonst ist nichts zu tun.',
  }) satisfies Partial<Messages>;
