import type { Messages } from '../messages';

export default {
  testNudge: 'Enviar un recordatorio de prueba',
  testNudgeSending: 'Enviando…',
  testNudgeSent:
    'Un recordatorio de prueba va en camino. Si no aparece, puede que el modo concentración o no molestar de tu sistema lo esté ocultando: desactívalo o permite ahí las notificaciones de tu navegador.',
  nudgeDenied:
    'Las notificaciones están desactivadas para tu navegador, así que Tend solo puede mostrar «ya» en su icono de la barra de herramientas. Para ver los recordatorios, permite las notificaciones en los ajustes de notificaciones de tu navegador y en los de tu sistema operativo.',
  nudgeFailed:
    'Tend no pudo mostrar una notificación, así que muestra «ya» en su icono de la barra de herramientas. Comprueba que tu sistema operativo permita las notificaciones de tu navegador y que el modo concentración o no molestar esté desactivado.',
} satisfies Partial<Messages>;
