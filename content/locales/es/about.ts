import type { Messages } from '../messages';

/**
 * «Sobre estos ejercicios»: de dónde vienen las ideas, lo que no son y dónde encontrar más
 * apoyo. La nota de alcance es el único lugar donde puede aparecer la palabra «terapia».
 */
export default {
  aboutTitle: 'Sobre estos ejercicios',
  aboutIdeas:
    'Los ejercicios nacen de una idea: sentirte cerca de otras personas, y ser amable contigo, puede ayudar cuando la vida va deprisa o se pone difícil. Un artículo sobre la cercanía y el estrés nombra las partes de esa idea que usamos.',
  aboutParts:
    'Recordar momentos cálidos. Dar a alguien toda tu atención. Leer caras y gestos. Escuchar y hablar con franqueza. Trabajar juntos en algo. Entender cómo se siente otra persona. Dar y recibir apoyo. Y ser para ti una buena amistad.',
  aboutSource:
    'El artículo (en inglés): «The Power of Intimacy, Connection, and Engagement for Mental Health», en ZeroOpposite.',
  aboutOwnWords:
    'Escribimos cada ejercicio con nuestras propias palabras. Cada uno dice de cuál de estas ideas viene.',
  aboutLearns:
    'Tend aprende qué ejercicios te van mejor a partir de tus respuestas a «¿Te ayudó?» y de tus favoritos. Esto se queda en tu dispositivo.',
  aboutScope:
    'Son ejercicios cortos para el bienestar. No son terapia ni atención médica, y no sustituyen a ninguna de las dos.',
  aboutOldPain:
    'Pensar en otras personas, o ser amable contigo, a veces puede despertar un dolor antiguo. Está bien, y puedes parar cualquier ejercicio cuando quieras.',
  aboutHelpLink: '¿Necesitas más apoyo? Encuentra líneas de ayuda y de crisis cerca de ti',
} satisfies Partial<Messages>;
