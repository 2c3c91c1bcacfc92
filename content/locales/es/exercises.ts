import type { ExerciseText } from '../../types';

/**
 * Cada ejercicio en español, tuteando, por id. Un español neutro, que se entienda igual a
 * ambos lados del Atlántico: sin modismos ni palabras de un solo país. Cada ejercicio lleva
 * las mismas líneas de seguridad que el inglés (a solas, sin contacto, una salida); un test
 * comprueba que no falte ninguna. Palabras propias, sin deseos litúrgicos («Que seas…»).
 */

const ground =
  'Cuando quieras, siente la silla o el suelo bajo tu cuerpo y respira una vez, despacio.';

const exercises: Record<string, ExerciseText> = {
  // Conexión

  'cn-warm-moment': {
    title: 'Recuerda un momento cálido',
    summary: 'Trae de vuelta un pequeño momento de cercanía.',
    steps: [
      'Piensa en un momento en que te sentiste cerca de alguien. Puede ser pequeño, como una risa compartida.',
      'Si no se te ocurre nadie, o hoy duele, también vale una persona desconocida que fue amable. O para aquí.',
      'Recuerda dónde estabas y qué oíste o sentiste.',
      'Quédate con ese calor durante unas cuantas respiraciones.',
      'Si quieres, y si puedes, cuéntale más tarde a esa persona lo que recuerdas.',
    ],
    exitLine: 'Deja descansar el recuerdo y fíjate en la habitación que te rodea.',
  },
  'cn-thank-you-note': {
    title: 'Un agradecimiento que nunca enviaste',
    summary: 'Escribe unas líneas para dar las gracias. Un borrador basta.',
    steps: [
      '¿Quién te ayudó, hace mucho o esta semana? Si no se te ocurre nadie, vale el pequeño gesto amable de un desconocido.',
      'Recuerda qué hizo esa persona y qué cambió para ti.',
      'Escribe dos o tres líneas para darle las gracias, con tus propias palabras.',
      'Guárdalo como borrador, o envíalo más tarde si te parece bien. No hace falta respuesta.',
    ],
    soloAlternative: 'Escribe las líneas solo para ti y léelas otra vez, despacio.',
    exitLine: 'Guarda la nota por ahora y suelta el aire una vez, largo.',
  },
  'cn-shared-win': {
    title: 'Algo que hicieron juntos',
    summary: 'Recuerda una tarea que salió bien porque la hicieron entre varias personas.',
    steps: [
      'Recuerda algo que hiciste con otras personas y que salió bien. Puede ser pequeño, como preparar una comida.',
      'Si no se te ocurre nadie, piensa en desconocidos que se ayudaron, como quien sostiene una puerta.',
      'Imagina lo que aportó cada persona, y también lo que aportaste tú.',
      'Fíjate en lo que ayudó: el objetivo común, una mano en el momento justo, una risa.',
    ],
    exitLine: 'Deja que la imagen se apague y mira una cosa de la habitación.',
  },
  'cn-listen-fully': {
    title: 'Escucha con toda tu atención',
    summary: 'Dale a una persona toda tu atención durante unos minutos.',
    steps: [
      '¿Hay alguien cerca, o con tiempo para una llamada corta? Pregúntale qué tal va su día.',
      'Aparta la pantalla y deja que termine de hablar antes de responder.',
      'Escucha lo que es importante para esa persona, no lo que vas a decir después.',
      'Hazle una pregunta sobre algo que te contó.',
    ],
    soloAlternative:
      'Pon un mensaje de voz corto, o una charla de alguien que te guste, y no hagas nada más mientras suena.',
  },
  'cn-read-slowly': {
    title: 'Lee un mensaje despacio',
    summary: 'Vuelve a leer un mensaje amable, como si la persona te lo dijera.',
    steps: [
      'Abre un mensaje amable de alguien que aprecias. Si no se te ocurre ninguno, vale una nota amable de un desconocido.',
      'Léelo despacio, como si esa persona te lo estuviera diciendo.',
      'Fíjate en las palabras que eligió. ¿Qué pudo sentir al escribirlas?',
      'Si quieres, escribe una línea cálida de respuesta. Envíala ahora, más tarde o nunca.',
    ],
    exitLine: 'Cierra el mensaje y deja descansar los ojos un momento.',
  },
  'cn-read-a-face': {
    title: 'Lee una cara o una voz con cariño',
    summary: 'Recuerda a alguien que viste hoy y lo que dijo sin palabras.',
    steps: [
      'Recuerda a alguien que viste u oíste hoy, en persona o en una pantalla. Si no hay nadie, elige a alguien de una serie.',
      '¿Qué decían su cara, sus manos o su voz, más allá de las palabras?',
      'Imagina con cariño cómo se sentía. Las señales cambian según la persona y el lugar, así que no lo des por seguro.',
    ],
    exitLine: 'Suelta esa idea y deja que tu propia cara se relaje.',
  },
  'cn-photo-smile': {
    title: '¿Quién sale en la foto?',
    summary: 'Lee las caras en una foto de personas que aprecias.',
    steps: [
      'Si quieres, abre una foto de personas que aprecias, o recuerda una escena con ellas. No hace falta que tú salgas.',
      'Si una cara te trae una pérdida, o no se te ocurre nadie, una foto de desconocidos sirve igual.',
      'Elige a una persona. ¿Qué dicen su cara, sus manos o su postura sobre cómo se sentía?',
      'Fíjate en una pequeña señal de cariño, como una cabeza inclinada.',
    ],
    exitLine: 'Cierra la foto y mira algo sencillo, como una pared o el cielo.',
  },
  'cn-honest-check-in': {
    title: 'Cuenta a alguien cómo estás de verdad',
    summary: 'Una línea sincera sobre tu día, para alguien de confianza.',
    steps: [
      'Elige a alguien de confianza. Si no se te ocurre nadie, es algo común: escribe solo para ti.',
      'Escribe una línea sincera sobre cómo estás, algo más que «bien».',
      'Añade una cosa que te ayudó hoy, aunque sea pequeña.',
      'Guárdalo como borrador, o envíalo si te parece bien. No hace falta respuesta.',
    ],
    soloAlternative: 'Escribe las mismas líneas en una nota para ti y vuelve a leerlas.',
    exitLine: 'Cierra la nota y suelta el aire más despacio de lo que lo tomas.',
  },
  'cn-open-question': {
    title: 'Haz una pregunta abierta',
    summary: 'Haz una pregunta que invite a una respuesta de verdad, y escúchala entera.',
    steps: [
      '¿A quién podrías escribir o hablar ahora mismo, cerca de ti o por mensaje?',
      'Haz una pregunta abierta, como «¿Qué fue lo mejor de tu semana?».',
      'Escucha, o lee, la respuesta entera antes de contestar.',
      'Responde a lo que te dijo, con una pregunta más o con un gracias.',
    ],
    soloAlternative: 'Hazte a ti la misma pregunta y escribe tu respuesta en dos líneas.',
  },
  'cn-plain-need': {
    title: 'Di una necesidad con palabras claras',
    summary: 'Pon una pequeña necesidad en una sola frase clara y amable.',
    steps: [
      'Nombra una cosa pequeña que necesitas, como una hora tranquila o una respuesta clara.',
      'Escríbela en una frase sencilla y amable que empiece por «Necesito» o «¿Podrías…?».',
      'Léela otra vez. ¿Es clara, y justa para las dos personas?',
      'Guárdala para cuando llegue el momento. Por ahora, escribirla basta.',
    ],
  },
  'cn-good-news': {
    title: 'Alégrate con su buena noticia',
    summary: 'Responde a la buena noticia de alguien con interés de verdad.',
    steps: [
      'Recuerda una buena noticia que alguien compartió hace poco, grande o pequeña.',
      'Escríbele una respuesta que muestre que te alegras, con tus propias palabras.',
      'Haz una pregunta que le deje contar más, como «¿Cómo te sentiste?».',
      'Envíala ahora o guárdala como borrador.',
    ],
    soloAlternative:
      'Si no se te ocurre nadie, anota una buena noticia tuya y hazte la misma pregunta.',
    exitLine: 'Deja el mensaje a un lado y disfruta la buena noticia una respiración más.',
  },
  'cn-friendly-hello': {
    title: 'Un saludo pequeño y amable',
    summary: 'Una palabra amable con alguien a quien conoces un poco.',
    steps: [
      'Piensa en alguien a quien ves a menudo pero apenas conoces: alguien del vecindario, de una tienda, de otro equipo.',
      'Dile algo amable ahora, en persona o por chat, como «¿Qué tal va tu semana?».',
      'Escucha la respuesta y añade una palabra cálida antes de despedirte.',
      'Charlas breves como esta suelen animar más de lo que la gente espera.',
    ],
    soloAlternative: 'Si no hay nadie cerca, recuerda una charla amable reciente y lo que te dio.',
    exitLine: 'Vuelve despacio y quédate con esa palabra cálida.',
  },
  'cn-thank-a-teammate': {
    title: 'Reconoce lo que aportó alguien',
    summary: 'Nombra lo que una persona aportó a una tarea que comparten.',
    steps: [
      'Elige una tarea que compartes con otras personas, en el trabajo, en casa o en cualquier lugar.',
      'Nombra una cosa que hizo una persona y que hizo avanzar la tarea.',
      'Dile en una línea lo que su parte hizo posible. Díselo ahora o guárdalo como borrador.',
    ],
    soloAlternative:
      'Si no se te ocurre nadie, anota una vez en que el trabajo de otras personas te hizo el día más fácil.',
    exitLine: 'Deja la tarea por ahora y aparta la vista de la pantalla.',
  },
  'cn-small-hand': {
    title: 'Ofrece una pequeña ayuda',
    summary: 'Ofrece una ayuda pequeña y real a alguien cercano.',
    steps: [
      'Mira a tu alrededor, o tus mensajes. ¿Quién parece tener prisa o algún problema hoy?',
      'Elige una cosa pequeña que puedas hacer ahora, como traer algo o compartir un enlace.',
      'Ofrécela con sencillez y acepta un «no» con amabilidad.',
    ],
    soloAlternative:
      'Si no hay nadie cerca, haz algo pequeño por un espacio que compartes, como ordenar un estante.',
  },
  'cn-common-ground': {
    title: 'Algo que compartimos',
    summary: 'Fíjate en un grupo al que perteneces y en un objetivo común.',
    steps: [
      'Nombra un grupo del que te sientes parte: un equipo, una clase, un club, una calle, un chat.',
      'Si no se te ocurre ninguno, también cuenta la gente de tu autobús, tu trabajo o una afición.',
      '¿Qué quieren lograr? ¿Terminar un proyecto, cuidar un lugar, llegar al final de la semana?',
      'Imagina lo que aporta cada persona, y lo que aportas tú.',
      'Si quieres, envía al grupo una línea sobre ese objetivo.',
    ],
    exitLine: 'Deja ir al grupo y siente la silla bajo tu cuerpo.',
  },
  'cn-people-nearby': {
    title: 'Un deseo callado para quien está cerca',
    summary: 'Envía un deseo amable y en silencio a las personas que te rodean.',
    steps: [
      'Fíjate en la gente que tienes cerca: voces, pasos, o las casas y oficinas de alrededor.',
      'Cada una tiene hoy preocupaciones y esperanzas, igual que tú.',
      'Elige a una y deséale algo bueno en tu mente, con palabras sencillas: «Ojalá tu día se vuelva más fácil».',
      'Amplía el deseo a todas las personas cercanas y, si quieres, a ti.',
    ],
  },
  'cn-their-day': {
    title: 'Mira el día con sus ojos',
    summary: 'Imagina el día de alguien que parece estar bajo presión.',
    steps: [
      'Piensa en alguien que parecía tener estrés hace poco, alguien en quien te sientas a salvo al pensar.',
      'Si no se te ocurre nadie, imagina a un desconocido con quien te cruzaste hoy.',
      'Imagina su día desde la mañana. ¿Qué podría pesarle?',
      'Fíjate en lo que sientes tú, sin juzgarlo.',
      'Deséale un poco de calma, con tus propias palabras.',
    ],
    exitLine: 'Vuelve a tu propio día: siente la silla o el suelo bajo tu cuerpo.',
  },
  'cn-other-side': {
    title: 'Entiende el otro lado',
    summary: 'Mira un pequeño desacuerdo desde el lado de la otra persona.',
    steps: [
      'Elige un desacuerdo leve y reciente, no uno doloroso, y nunca con alguien que te hizo daño.',
      'Si no se te ocurre ninguno, usa uno de una serie o de un libro.',
      'Escribe lo que la otra persona quizá quería, y por qué.',
      'Busca una cosa que quieran las dos personas.',
      'Fíjate si el desacuerdo pesa un poco menos. Si pesa más, para aquí.',
    ],
    exitLine: 'Deja esa idea a un lado y respira despacio una vez antes de seguir.',
  },
  'cn-name-their-feeling': {
    title: 'Nombra lo que siente',
    summary: 'Responde a un mensaje difícil nombrando el sentimiento que notas.',
    steps: [
      'Abre un mensaje reciente en el que alguien te habló de una preocupación o de un día agotador.',
      'Léelo otra vez. ¿Qué podría sentir: cansancio, tensión, desilusión, soledad?',
      'Escribe una respuesta que lo nombre con suavidad, como «Suena agotador».',
      'Deja espacio para equivocarte: «¿Es así como te sientes?». Envíala o guárdala como borrador.',
    ],
    soloAlternative:
      'Si no se te ocurre nadie, toma una noticia difícil de una serie y nombra el sentimiento que hay detrás.',
    exitLine: 'Cierra el mensaje y fíjate en un sonido cercano.',
  },
  'cn-quiet-support': {
    title: 'Envía un apoyo tranquilo',
    summary: 'Una nota corta para alguien que pasa por un momento difícil. Sin respuesta.',
    steps: [
      'Quizá alguien que conoces tiene una época difícil o de mucho trabajo. ¿Quién te viene a la mente?',
      'Escribe: «Me acuerdo de ti. No hace falta que respondas».',
      'Añade una línea que muestre que ves lo que está viviendo.',
      'Envíala, o guárdala como borrador para más tarde.',
    ],
    soloAlternative: 'Si no se te ocurre nadie, escríbete las mismas palabras y léelas despacio.',
    exitLine: 'Cierra la nota y mira por una ventana o hacia una pared lejana.',
  },
  'cn-let-someone-help': {
    title: 'Deja entrar un poco de ayuda',
    summary: 'Encuentra de dónde podría venir ayuda y escribe la petición.',
    steps: [
      '¿Qué tarea te parece pesada o grande ahora mismo? Elige una.',
      '¿Quién o qué podría compartirla, aunque sea un poco? Un compañero, una amiga, un foro, un servicio.',
      'Si no se te ocurre nadie, le pasa a mucha gente. Una página de ayuda o un grupo también cuentan.',
      'Escribe la petición en una línea. Enviarla puede esperar.',
    ],
    exitLine: 'Deja la petición a un lado por ahora y suelta el aire despacio.',
  },
  'cn-true-compliment': {
    title: 'Un elogio sincero',
    summary: 'Dile a alguien una cosa que admiras de verdad en esa persona.',
    steps: [
      '¿Quién hizo hace poco algo que admiraste, aunque fuera en silencio?',
      'Nombra qué fue y qué muestra de esa persona, como paciencia o cuidado.',
      'Escríbelo con sencillez, en una o dos líneas.',
      'Envíalo o guárdalo como borrador. Un elogio suele alegrar más de lo que creemos.',
    ],
    soloAlternative:
      'Si no se te ocurre nadie, escríbete un elogio sincero, como lo haría una amiga.',
    exitLine: 'Guarda las palabras y recuéstate un momento.',
  },
  'cn-three-good-things': {
    title: 'Tres cosas buenas, y quién ayudó',
    summary: 'Busca tres cosas buenas de hoy y qué o quién las hizo posibles.',
    steps: [
      'Repasa el día de hoy, o el de ayer si hoy acaba de empezar.',
      'Busca tres cosas que salieron bien. Lo pequeño cuenta, como una bebida caliente o un autobús puntual.',
      'Para cada una, nombra qué o quién ayudó: una persona, la suerte o tu propio esfuerzo.',
      'Si hoy no te ayudó nadie, no pasa nada. Fíjate en qué te ayudó.',
    ],
    exitLine: 'Ten presentes las tres y, si quieres, estira las manos o los hombros.',
  },

  // Autocompasión

  'sc-self-compassion-break': {
    title: 'Una pausa de autocompasión',
    summary:
      'Tres pasos para un momento difícil: notarlo, recordar que no te pasa solo a ti, ser amable.',
    steps: [
      'Trae a la mente un estrés pequeño, algo un poco difícil, no lo peor.',
      'Nótalo con sencillez: «Esto es difícil para mí ahora mismo».',
      'Amplía la mirada: «Mucha gente siente esto. No me pasa solo a mí».',
      'Sé amable: «¿Qué me ayudaría un poco?». Ofrécetelo, con palabras o con un pequeño gesto.',
    ],
    exitLine: ground,
  },
  'sc-this-is-hard': {
    title: 'Nota que esto es difícil',
    summary: 'Nombra un momento difícil, con suavidad, sin intentar arreglarlo.',
    steps: [
      '¿Qué te resulta un poco difícil hoy? Elige algo pequeño, no lo más difícil.',
      'Dite: «Esto es difícil ahora mismo».',
      'Fíjate en qué parte del cuerpo lo sientes, si lo sientes. No hace falta arreglarlo.',
    ],
    exitLine: ground,
  },
  'sc-name-the-feeling': {
    title: 'Ponle nombre a lo que sientes',
    summary: 'Busca la palabra justa para lo que sientes y déjalo estar.',
    steps: [
      'Haz una pausa y pregúntate: «¿Qué siento ahora mismo?».',
      'Prueba algunas palabras hasta que una encaje: cansancio, tensión, desánimo, inquietud, calma.',
      'Puede haber dos a la vez. Nombra las dos.',
      'Di: «Así que esto está aquí ahora», y deja que se quede tres respiraciones.',
    ],
    exitLine: 'Levanta la vista y nombra una cosa que puedas ver u oír.',
  },
  'sc-mood-weather': {
    title: 'Tu ánimo como el tiempo',
    summary: 'Fíjate en cómo ha cambiado tu ánimo hoy, igual que cambia el tiempo.',
    steps: [
      'Si tu ánimo fuera el tiempo, ¿qué tiempo haría ahora mismo?',
      '¿Y esta mañana? Fíjate en que ya ha cambiado al menos una vez.',
      'Deja que el tiempo de hoy sea como es. Volverá a cambiar.',
    ],
    exitLine: 'Nombra una cosa que puedas ver, oír o sentir cerca y vuelve a tu día.',
  },
  'sc-read-your-signs': {
    title: 'Escucha a tu cuerpo con cariño',
    summary: 'Fíjate en dónde guardas el día y dale algo de cuidado a ese lugar.',
    steps: [
      'Deja que tu atención baje despacio de la cara a los hombros y a las manos.',
      'Fíjate en algún punto tenso, cansado o inquieto. Solo fíjate.',
      'Pregúntale: «¿Qué necesitas?». Quizá estirarte, un sorbo de agua o una pausa.',
      'Dáselo si puedes, o una palabra amable si no puedes.',
    ],
    exitLine: 'Deja que tu atención se abra a toda la habitación antes de volver.',
  },
  'sc-others-too': {
    title: 'Otras personas también lo sienten',
    summary: 'Recuerda que mucha gente lleva una pequeña preocupación como la tuya.',
    steps: [
      'Elige una pequeña preocupación que tengas hoy, no la más grande.',
      'En algún lugar, ahora mismo, mucha gente lleva una preocupación muy parecida.',
      'Dite: «No soy la única persona. Esto es parte de ser humano».',
    ],
    exitLine: 'Suelta el aire despacio y deja descansar la vista en algo lejano.',
  },
  'sc-same-moment': {
    title: 'Mucha gente, un mismo momento',
    summary: 'Imagina a un desconocido que siente lo mismo que tú y deséales algo bueno a los dos.',
    steps: [
      'Ahora mismo, alguien lejos de aquí siente el mismo cansancio o la misma duda que tú.',
      'Imagina a esa persona un momento, en su propio escritorio o en su mesa.',
      '¿Qué le desearías? Dilo con tus propias palabras.',
      'Ahora date ese mismo deseo a ti.',
    ],
    exitLine: 'Suelta la imagen y fíjate en un sonido cercano a ti.',
  },
  'sc-small-mistake': {
    title: 'Un pequeño error, con amabilidad',
    summary: 'Recibe un pequeño error como lo haría una buena amiga.',
    steps: [
      'Piensa en un pequeño error de esta semana, no en uno grande.',
      'Todo el mundo comete errores así. Forman parte de aprender cualquier cosa.',
      'Pregúntate: «¿Qué le diría a alguien querido que hiciera esto?».',
      'Dite esas palabras, con el mismo tono cálido.',
    ],
    exitLine: ground,
  },
  'sc-enough-for-today': {
    title: 'Suficiente por hoy',
    summary: 'Deja que una tarea sin terminar espere, con amabilidad.',
    steps: [
      'Echa un vistazo a tu lista. Elige una tarea que hoy no se va a hacer.',
      'En todas las listas quedan cosas pendientes. En la tuya también, y es normal.',
      'Dite: «Esto puede esperar. Por ahora he hecho suficiente».',
      'Fíjate si sientes alivio o preocupación. Las dos cosas están permitidas.',
    ],
    exitLine: 'Cierra la lista por ahora y estira los dedos.',
  },
  'sc-kind-word': {
    title: 'Una palabra amable para ti',
    summary: 'Dite lo que necesitas oír ahora mismo.',
    steps: [
      '¿Qué necesitas oír ahora mismo? Deja que lleguen las palabras.',
      'Dítelas, como «Estás haciendo lo que puedes».',
      'Repítelas una vez más, un poco más despacio, como a alguien querido.',
    ],
    exitLine: 'Llévate esas palabras y aparta la vista de la pantalla.',
  },
  'sc-friend-note': {
    title: 'Una carta de alguien que te quiere bien',
    summary: 'Escríbete con la voz de una amistad, real o imaginada.',
    steps: [
      'Imagina a alguien que está del todo de tu lado. Si no se te ocurre nadie, invéntalo.',
      '¿Qué te diría sobre algo pequeño que ahora te cuesta?',
      'Escribe tres líneas cortas con su voz, para ti.',
      'Léelas otra vez, despacio.',
    ],
    exitLine: 'Guarda las líneas o bórralas, y respira despacio una vez.',
  },
  'sc-small-kind-act': {
    title: 'Un pequeño gesto amable para ti',
    summary: 'Haz ahora una cosa pequeña que necesitas.',
    steps: [
      'Pregúntate: «¿Qué cosa pequeña me ayudaría ahora mismo?».',
      'Puede ser agua, aire fresco, algo de comer, estirarte o cerrar una pestaña.',
      'Hazlo ahora, si puedes, como un cuidado y no como una obligación.',
    ],
    exitLine: 'Haz una pausa de una respiración y fíjate en que te has cuidado.',
  },
  'sc-soften-the-critic': {
    title: 'Responde a tu crítico interior',
    summary: 'Convierte un pensamiento duro sobre ti en palabras más amables y más ciertas.',
    steps: [
      'Busca una cosa dura que te dijiste hoy, como «Todo lo hago tarde».',
      'Fíjate en el tono. ¿Le hablarías así a alguien que aprecias?',
      'Escríbelo de nuevo como lo diría alguien justo y cálido: «Me llevó tiempo, y seguí adelante».',
      'Di las nuevas palabras una vez, despacio.',
    ],
    exitLine: 'Deja que las dos voces se callen y escucha la habitación un momento.',
  },
  'sc-credit-your-effort': {
    title: 'Reconoce tu esfuerzo',
    summary: 'Date las gracias por algo que intentaste hoy, saliera como saliera.',
    steps: [
      'Hoy intentaste al menos una cosa. ¿Cuál fue? Algo pequeño cuenta.',
      'Nombra el esfuerzo que te costó: levantarte, empezar, preguntar, esperar.',
      'Di: «Lo intenté, y eso importa», fuera cual fuera el resultado.',
    ],
    exitLine: 'Deja que esa idea se asiente y respira con calma.',
  },
  'sc-kindest-self': {
    title: 'Tu versión más amable',
    summary: 'Imagínate en tu versión más amable y deja que te hable.',
    steps: [
      'Imagínate en un buen día: con calma, sabiduría y calidez.',
      'Fíjate en cómo se sienta, respira y habla esa versión de ti.',
      'Deja que mire cómo te va el día ahora.',
      '¿Qué te dice? Escucha y quédate con una frase.',
    ],
    exitLine: 'Vuelve a la habitación y deja que las palabras amables vayan contigo.',
  },
  'sc-kind-no': {
    title: 'Di un no amable y claro',
    summary: 'Protege un poco de tiempo o de descanso con un no tranquilo.',
    steps: [
      '¿Hay algo pequeño a lo que podrías decir que no esta semana, para proteger tu tiempo o tu descanso?',
      'Escribe el no en una frase tranquila. No hace falta una larga excusa.',
      'Léela otra vez. ¿Es amable con la otra persona, y amable contigo?',
      'Tenla preparada, o envíala ahora si te parece bien.',
    ],
    exitLine: 'Deja la frase a un lado y, si te sienta bien, gira los hombros una vez.',
  },
  'sc-kind-next-hour': {
    title: 'Planea una próxima hora amable',
    summary: 'Elige una forma de tratarte con suavidad en la próxima hora.',
    steps: [
      'Antes de volver, piensa en la próxima hora. ¿Qué podría ser un poco difícil?',
      'Elige algo amable para ese momento, como una pausa, un vaso de agua o un ritmo más lento.',
      'Dítelo ahora, en una línea corta.',
    ],
    exitLine: 'Respira despacio una vez y vuelve a tu propio ritmo.',
  },
  'sc-slow-breath': {
    title: 'Respiración lenta, voz amable',
    summary:
      'Respira un poco más despacio y deja que cada salida del aire lleve una palabra amable.',
    steps: [
      'Toma aire con suavidad, contando unos cuatro tiempos, si te resulta cómodo.',
      'Suelta el aire un poco más largo, contando unos seis tiempos.',
      'Cada vez que sueltes el aire, dite una palabra amable, como «suave» o «calma».',
      'A mucha gente esto la calma. Quédate el tiempo que quieras.',
    ],
    exitLine: 'Deja que tu respiración vuelva a su propio ritmo y siente la silla o el suelo.',
  },
  'sc-hand-on-heart': {
    title: 'Una mano sobre el corazón',
    summary: 'Una mano cálida y palabras amables de tu parte.',
    steps: [
      'Si quieres, apoya una mano en el pecho, o donde te resulte reconfortante.',
      'Siente su calor y tu respiración moviéndose debajo.',
      'Dite algo amable, con tus palabras, como «Estoy de tu lado».',
      'Quédate así unas cuantas respiraciones.',
    ],
    noTouchAlternative: 'Apoya las manos en la mesa o en el regazo y fíjate en su calor.',
    exitLine: 'Baja la mano cuando quieras y mira a tu alrededor.',
  },
  'sc-hold-your-hands': {
    title: 'Toma tus propias manos',
    summary: 'Deja que una mano sostenga a la otra, como sostendrías la de una amiga.',
    steps: [
      'Si quieres, deja que una mano sostenga a la otra, como sostendrías la mano de alguien querido.',
      'Fíjate en el calor y en la presión suave.',
      'Deja que ese gesto diga lo que diría una amistad: «Esto no lo llevas a solas».',
    ],
    noTouchAlternative: 'Apoya las manos en algo suave o firme, como una manga o la mesa.',
    exitLine: 'Suelta despacio y fíjate en el aire sobre tus manos.',
  },
  'sc-gentle-hug': {
    title: 'Abrázate con suavidad',
    summary: 'Sostente un momento, como lo haría una buena amistad.',
    steps: [
      'Si quieres, cruza los brazos y apoya las manos en la parte alta de los brazos.',
      'Aprieta con suavidad, tan firme o tan ligero como te siente bien.',
      'Suelta el aire despacio y deja caer los hombros.',
      'Quédate así mientras te resulte agradable.',
    ],
    noTouchAlternative:
      'Envuélvete en una chaqueta o una bufanda, o simplemente deja caer los hombros al soltar el aire.',
    exitLine: 'Abre los brazos despacio y mira una cosa de la habitación.',
  },
  'sc-someone-was-kind': {
    title: 'Alguien que fue amable contigo',
    summary: 'Vuelve a recibir una amabilidad de hace tiempo.',
    steps: [
      'Recuerda una vez en que alguien fue amable contigo. Un desconocido también cuenta.',
      'Si no se te ocurre nadie, o recordarlo duele, para aquí. No pasa nada.',
      'Recuerda sus palabras, o lo que hizo.',
      'Deja que esa amabilidad te llegue otra vez, ahora. La merecías entonces, y ahora también.',
    ],
    exitLine: 'Vuelve despacio: nombra tres cosas que puedas oír.',
  },
};

export default exercises;
