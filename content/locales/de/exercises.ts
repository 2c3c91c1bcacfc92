import type { ExerciseText } from '../../types';

/**
 * German words for some exercises; a missing id falls back to English. A translated item
 * carries the same safety lines as the English one (solo way, no-touch way, way out).
 */

const ground =
  'Wenn du so weit bist: Spüre den Stuhl oder den Boden unter dir und atme einmal langsam durch.';

const exercises: Record<string, ExerciseText> = {
  'cn-warm-moment': {
    title: 'Ein warmer Moment',
    summary: 'Erinnere dich an eine Zeit, in der du jemandem nah warst.',
    steps: [
      'Denk an einen Moment, in dem du jemandem nah warst. Er darf klein sein, etwa ein gemeinsames Lachen.',
      'Stell dir vor, wo du warst. Was hast du gesehen und gehört?',
      'Spüre, wie es sich jetzt anfühlt, daran zurückzudenken.',
      'Wenn du magst, erzähl der Person, woran du dich erinnerst. Oder genieß es einfach.',
    ],
  },
  'cn-thank-you-note': {
    title: 'Ein Dank, den du nie geschickt hast',
    summary: 'Schreib ein paar Zeilen Dank. Ein Entwurf reicht.',
    steps: [
      'Denk an jemanden, der dir geholfen hat, vor langer Zeit oder diese Woche.',
      'Erinnere dich, was die Person getan hat und wie es dir geholfen hat.',
      'Schreib zwei oder drei Zeilen, um dich zu bedanken.',
      'Schick sie später, wenn es sich richtig anfühlt, oder behalte sie. Keine Antwort nötig.',
    ],
    soloAlternative: 'Schreib den Dank nur für dich und lies ihn langsam noch einmal.',
  },
  'cn-photo-smile': {
    title: 'Ein Foto zum Lächeln',
    summary: 'Schau dir eine schöne Zeit mit Menschen an, die du magst.',
    steps: [
      'Wenn du magst, öffne ein Foto von einer schönen Zeit mit anderen, oder erinnere dich an eine.',
      'Schau dir die Gesichter an. Wer ist mit dir dort?',
      'Nenne eine Sache, die du an einer dieser Personen magst.',
    ],
  },
  'cn-people-nearby': {
    title: 'Die Menschen in deiner Nähe',
    summary: 'Nimm die Menschen um dich herum wahr und wünsch ihnen Gutes.',
    steps: [
      'Halte eine Minute inne und nimm wahr, was um dich herum ist.',
      'Achte auf Zeichen von Menschen in der Nähe, etwa Stimmen oder Schritte. Oder denk an Menschen, die in deiner Nähe wohnen oder arbeiten.',
      'Wünsch ihnen still einen guten Tag.',
    ],
  },
  'cn-read-a-face': {
    title: 'Gesicht oder Stimme freundlich lesen',
    summary: 'Denk an eine Person von heute und daran, was sie ohne Worte sagte.',
    steps: [
      'Denk an eine Person, die du heute gesehen oder gehört hast, vor Ort oder auf einem Bildschirm.',
      'Was sagten ihr Gesicht, ihre Hände oder ihre Stimme über die Worte hinaus?',
      'Rate, wie sich die Person gefühlt hat. Es ist nur eine Vermutung, und das ist in Ordnung.',
    ],
  },
  'cn-honest-check-in': {
    title: 'Ein kurzes, ehrliches Hallo',
    summary: 'Schreib jemandem, den du vermisst. Keine Antwort nötig.',
    steps: [
      'Denk an jemanden, bei dem du dich sicher fühlst und von dem du länger nichts gehört hast.',
      'Schreib eine kurze Nachricht: „Ich habe heute an dich gedacht.“',
      'Füge eine ehrliche Zeile hinzu, wie es dir geht.',
      'Schick sie ab oder speichere sie als Entwurf. Keine Antwort nötig.',
    ],
    soloAlternative: 'Schreib in drei ehrlichen Zeilen auf, wie es dir geht, nur für dich.',
  },
  'cn-quiet-support': {
    title: 'Stille Unterstützung senden',
    summary: 'Eine kurze Nachricht für jemanden, der gerade eine volle oder schwere Zeit hat.',
    steps: [
      'Denk an jemanden, der gerade eine volle oder schwere Zeit hat.',
      'Schreib: „Ich denke an dich. Keine Antwort nötig.“',
      'Füge eine Zeile hinzu, die zeigt, dass du verstehst.',
      'Schick sie ab oder behalte sie als Entwurf für später.',
    ],
    soloAlternative: 'Schreib dieselben Worte an dich selbst und lies sie langsam.',
  },
  'sc-this-is-hard': {
    title: 'Merken, dass es schwer ist',
    summary: 'Benenne einen schweren Moment, sanft und ohne ihn lösen zu wollen.',
    steps: [
      'Denk an eine Sache, die heute schwer für dich ist. Nimm eine kleine.',
      'Sag dir: „Das ist ein schwerer Moment.“',
      'Spüre, wo du es merkst, falls überhaupt. Du brauchst nichts zu lösen.',
    ],
    exitLine: ground,
  },
  'sc-name-the-feeling': {
    title: 'Das Gefühl benennen',
    summary: 'Gib dem, was du fühlst, einen einfachen Namen und lass es da sein.',
    steps: [
      'Halte inne und frag dich: „Was fühle ich gerade?“',
      'Gib dem Gefühl einen einfachen Namen, etwa müde, besorgt oder leer.',
      'Sag dir: „Das ist gerade da.“',
      'Lass das Gefühl drei langsame Atemzüge lang bleiben.',
    ],
    exitLine: ground,
  },
  'sc-others-too': {
    title: 'Andere fühlen das auch',
    summary: 'Erinnere dich, dass du mit einer Sorge nicht allein bist.',
    steps: [
      'Denk an eine Sorge, die du heute hast.',
      'Erinnere dich: Viele Menschen fühlen gerade etwas Ähnliches.',
      'Sag dir: „Ich bin damit nicht allein.“',
    ],
    exitLine: ground,
  },
  'sc-small-mistake': {
    title: 'Ein kleiner Fehler, freundlich gesehen',
    summary: 'Begegne einem kleinen Fehler so, wie es ein lieber Mensch täte.',
    steps: [
      'Denk an einen kleinen Fehler aus dieser Woche.',
      'Erinnere dich: Alle machen Fehler. Das gehört zum Menschsein.',
      'Frag dich: „Was würde ich einem lieben Menschen in dieser Lage sagen?“',
      'Sag diese Worte zu dir selbst.',
    ],
    exitLine: ground,
  },
  'sc-kind-word': {
    title: 'Ein freundliches Wort für dich',
    summary: 'Sag dir, was du gerade hören möchtest.',
    steps: [
      'Überleg, was du gerade gern hören würdest.',
      'Sag es dir selbst, etwa: „Du gibst dein Bestes.“',
      'Sag es noch einmal, etwas langsamer.',
    ],
    exitLine: ground,
  },
  'sc-hand-on-heart': {
    title: 'Eine Hand auf dem Herzen',
    summary: 'Eine warme Hand und ein freundlicher Wunsch für dich.',
    steps: [
      'Wenn du magst, leg eine Hand auf deine Brust.',
      'Spüre ihre Wärme und deinen Atem darunter.',
      'Sag: „Möge ich freundlich zu mir sein.“',
      'Bleib ein paar Atemzüge so.',
    ],
    noTouchAlternative: 'Leg deine Hände auf den Tisch und spüre stattdessen ihre Wärme.',
    exitLine: ground,
  },
  'sc-hold-your-hands': {
    title: 'Deine Hände halten',
    summary: 'Leg deine Hände ineinander, als kleines Zeichen der Unterstützung.',
    steps: [
      'Wenn du magst, leg deine Hände sanft ineinander.',
      'Spüre die Wärme und den leichten Druck.',
      'Lass es ein kleines Zeichen der Unterstützung sein, von dir für dich.',
    ],
    noTouchAlternative: 'Stell dir eine warme Hand auf deiner Schulter vor.',
    exitLine: ground,
  },
  'sc-gentle-hug': {
    title: 'Eine sanfte Umarmung',
    summary: 'Halte dich einen Moment lang selbst, so wie es ein lieber Mensch tun würde.',
    steps: [
      'Wenn du magst, verschränke die Arme und leg die Hände auf deine Oberarme.',
      'Drück sanft zu, so wie es ein lieber Mensch tun würde.',
      'Atme langsam aus und lass die Schultern sinken.',
    ],
    noTouchAlternative:
      'Lass die Schultern sinken und stell dir vor, freundlich gehalten zu werden.',
    exitLine: ground,
  },
  'sc-slow-breath': {
    title: 'Langsamer Atem, warmer Gedanke',
    summary: 'Atme langsam und denk dabei an einen freundlichen Menschen oder Ort.',
    steps: [
      'Wenn du magst, atme langsam ein und zähl dabei bis vier.',
      'Atme etwas länger aus und zähl bis sechs.',
      'Denk beim Atmen an jemanden oder einen Ort, bei dem du dich sicher fühlst.',
      'Viele Menschen finden das beruhigend. Bleib, so lange du magst.',
    ],
    exitLine:
      'Lass deinen Atem wieder seinen eigenen Takt finden und spüre den Stuhl oder den Boden unter dir.',
  },
};

export default exercises;
