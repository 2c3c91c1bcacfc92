import type { Messages } from '../messages';

export default {
  nudgeTitle: 'Es hora de una pausa corta',
  nudgeMessage: 'Uno o dos minutos de calma, si quieres. Tu ejercicio está listo.',
  nudgeMessageFirefox: 'Uno o dos minutos de calma, si quieres. Haz clic para abrir tu ejercicio.',
  nudgeStart: 'Empezar',
  nudgeSnooze: 'Más tarde',
  badgeDue: 'ya',
  badgeMinutes: '{n}m',
  requestFailed: 'Tend no pudo hacerlo esta vez. Inténtalo de nuevo en un momento.',
  requestInvalid: 'Tend no pudo hacerlo: la petición no era válida. No se cambió nada.',
} satisfies Partial<Messages>;
