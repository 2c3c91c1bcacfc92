import type { Messages } from '../messages';

/**
 * Made only when the worker first speaks Spanish (lib/worker/words.ts), so the worker holds
 * no words of a language it does not speak (issue 15).
 */
export default () =>
  ({
    nudgeTitle: 'Es hora de una pausa corta',
    nudgeMessage: 'Uno o dos minutos de calma, si quieres. Tu ejercicio está listo.',
    nudgeMessageFirefox:
      'Uno o dos minutos de calma, si quieres. Haz clic para abrir tu ejercicio.',
    nudgeStart: 'Empezar',
    nudgeSnooze: 'Más tarde',
    badgeDue: 'ya',
    badgeMinutes: '{n}m',
    requestFailed: 'Tend no pudo hacerlo esta vez. Inténtalo de nuevo en un momento.',
    requestInvalid: 'Tend no pudo hacerlo: la petición no era válida. No se cambió nada.',
    nudgeTitleLong: 'Es hora de una pausa más larga',
    headsUpTitle: 'Se acerca una pausa',
    headsUpMessage: 'En unos {n} min. Busca un buen momento para parar.',
    headsUpMessageSeconds: 'En unos {n} segundos. Busca un buen momento para parar.',
    testNudgeTitle: 'Tend puede avisarte',
    testNudgeMessage: 'Así llega un recordatorio de pausa. No hace falta hacer nada más.',
  }) satisfies Partial<Messages>;
