import type { Messages } from '../messages';

/** Las palabras del popup (y de la ventanita del ejercicio). Amables, sencillas, de tú. */
export default {
  close: 'Cerrar',
  openSettings: 'Ajustes',
  loading: 'Un momento…',
  notStarted: 'Tend se está preparando. Tus horas de pausa aparecerán aquí en un momento.',
  sendFailed: 'Tend no respondió esta vez. Inténtalo de nuevo en un momento.',

  nextBreakAt: 'Próxima pausa a las {time}',
  nextBreakIn: 'En {minutes} min',
  nextBreakInUnderMinute: 'En menos de un minuto',
  takeBreakNow: 'Hacer una pausa ahora',
  exerciseNow: 'Probar un ejercicio ahora',

  notNow: 'Ahora no',
  snoozeHeading: 'Recordar más tarde',
  snoozeFor: 'Recordar en',
  snoozeCapUsed:
    'Por hoy no quedan más aplazamientos. No pasa nada: una pausa corta también cuenta.',
  pauseHeading: 'Detener las pausas',
  pause60: '1 hora',
  pauseTomorrow: 'Hasta mañana',
  pauseEnds: 'hasta las {time}',

  pausedHeading: 'Las pausas están detenidas',
  pausedUntil: 'Vuelven a las {time}.',
  resume: 'Reanudar las pausas',
  offHoursHeading: 'Fuera de tu horario de trabajo',
  offHoursUntil: 'Las pausas vuelven a las {time}.',
  offHoursNoEnd:
    'No hay horario de trabajo para los próximos días, así que no hay ninguna pausa prevista.',
  deferredHeading: 'Tu pausa está esperando',
  deferredWhy: 'Hay una ventana en pantalla completa, así que Tend se queda en silencio por ahora.',
  deferredWhyOrSound:
    'Hay una ventana en pantalla completa o una pestaña con sonido, así que Tend se queda en silencio por ahora.',
  deferredUntil: 'La pausa llegará cuando eso termine, o a las {time} como muy tarde.',

  dueHeading: 'Es hora de una pausa corta',
  dueInvite: 'Aquí tienes algo pequeño para probar, si quieres.',
  onBreakHeading: 'Tu pausa',
  breakEnds: 'Hasta las {time}',
  exerciseHeading: 'Un ejercicio para ti',
  skipBreak: 'Saltar esta pausa',

  stepOf: 'Paso {n} de {total}',
  stepsHeading: 'Pasos',
  stepSeconds: 'Unos {seconds} segundos',
  nextStep: 'Siguiente paso',
  previousStep: 'Atrás',
  lastStep: 'Ese era el último paso.',
  soloAlternative: 'A solas:',
  noTouchAlternative: 'Sin contacto:',
  otherWays: 'Otras formas de hacerlo',
  exitLine: 'Para terminar:',
  done: 'Hecho',
  another: 'Otro',
  favourite: 'Favorito',
  notForMe: 'No es para mí',
  notForMeNoted: 'De acuerdo, no volverás a ver este.',
  noExercise:
    'Ahora mismo ningún ejercicio encaja con tus ajustes. Puedes elegir otros tipos en Ajustes.',
  wordsMissing: 'No se cargaron las palabras de este ejercicio. Puedes probar otro.',
  moreSupport: '¿Necesitas más apoyo?',
  emergencyLine: '¿Estás en peligro ahora mismo? Llama al número de emergencias de tu zona.',

  timerHeading: 'Temporizador (opcional)',
  timerStart: 'Iniciar temporizador',
  timerPause: 'Pausar temporizador',
  timerContinue: 'Reanudar temporizador',
  timerAgain: 'Empezar de nuevo',
  timerLeft: 'Quedan {time}',
  timerAbout: 'Quedan unos {minutes} min',
  timerUnderMinute: 'Queda menos de un minuto',
  timerStarted: 'Temporizador en marcha: {minutes} min.',
  timerPaused: 'Temporizador en pausa.',
  timerFinished: 'Se acabó el tiempo. Tómate todo el que necesites.',

  doneThanks: 'Gracias por tomarte este momento.',
  didItHelp: '¿Te ayudó?',
  helpedYes: 'Sí',
  helpedNo: 'No mucho',
  answerThanks: 'Gracias, anotado.',
  backToStatus: 'Volver a las horas de pausa',
  nudgeProblemPopup:
    'Las notificaciones no te llegan ahora, así que Tend muestra «ya» en su icono. En los ajustes ves cómo activarlas.',
  longBreakHeading: 'Una pausa más larga',
} satisfies Partial<Messages>;
