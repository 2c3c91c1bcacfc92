import type { Messages } from '../messages';

export default {
  welcomeTitle: 'Te damos la bienvenida a Tend',
  welcomeWhat1: 'Tend te recuerda que te alejes un momento de la pantalla para una pausa corta.',
  welcomeWhat2:
    'Cada pausa trae un ejercicio de uno a tres minutos: conectar con alguien o ser amable contigo.',
  welcomeWhat3: 'Todo se queda en tu navegador, y puedes cambiarlo todo más tarde en los ajustes.',
  welcomeRhythm: 'Elige un ritmo',
  welcomeKinds: 'Elige tus ejercicios',
  welcomePin: 'Ten Tend a la vista',
  welcomePinChrome:
    'Haz clic en el botón de extensiones (la pieza de puzle) junto a la barra de direcciones y luego en la chincheta junto a Tend. Su insignia muestra los minutos que faltan para tu próxima pausa.',
  welcomePinFirefox:
    'Haz clic en el botón de extensiones (la pieza de puzle) de la barra de herramientas, abre el menú de Tend y elige «Fijar a la barra de herramientas». Su insignia muestra los minutos que faltan para tu próxima pausa.',
  welcomeNudges: '¿Verás los recordatorios?',
  welcomeNudgesHint:
    'Cuando toca una pausa, Tend envía una notificación. Envía una de prueba ahora para asegurarte de que te llega.',
  welcomeSettings: 'Todos los ajustes',
} satisfies Partial<Messages>;
