import type { ExerciseText } from '../../types';

/** German words for some exercises; a missing id falls back to English. */

const ground = 'Wenn du so weit bist: Spüre deine Füße auf dem Boden und atme einmal langsam.';

const exercises: Record<string, ExerciseText> = {
  'cn-warm-moment': {
    title: 'Ein warmer Moment',
    summary: 'Erinnere dich an eine Zeit, in der du jemandem nah warst.',
    steps: [
      'Denk an einen Moment, in dem du jemandem nah warst. Er darf klein sein, wie ein gemeinsames Lachen.',
      'Stell dir vor, wo du warst. Was hast du gesehen und gehört?',
      'Spüre, wie es sich jetzt anfühlt, daran zu denken.',
      'Wenn du magst, erzähl der Person davon. Oder genieße es einfach.',
    ],
  },
  'cn-photo-smile': {
    title: 'Ein Foto zum Lächeln',
    summary: 'Schau dir eine schöne Zeit mit Menschen an, die du magst.',
    steps: [
      'Wenn du magst, öffne ein Foto von einer schönen Zeit mit anderen.',
      'Schau dir die Gesichter an. Wer ist mit dir dort?',
      'Nenne eine Sache, die du an einer dieser Personen magst.',
    ],
  },
  'cn-people-nearby': {
    title: 'Die Menschen in deiner Nähe',
    summary: 'Hör auf die Menschen um dich herum und wünsch ihnen Gutes.',
    steps: [
      'Halte kurz inne und hör eine Minute lang zu.',
      'Achte auf Stimmen, Schritte oder Lachen, oder denk an die Menschen in deinem Haus.',
      'Wünsch ihnen still einen guten Tag.',
    ],
  },
  'cn-read-a-face': {
    title: 'Ein Gesicht freundlich lesen',
    summary: 'Denk an ein Gesicht von heute und was es ohne Worte sagte.',
    steps: [
      'Denk an das letzte Gesicht, das du heute gesehen hast.',
      'Was sagten Augen und Mund, ohne Worte?',
      'Rate, wie sich die Person fühlte. Halte die Vermutung locker.',
    ],
  },
  'sc-this-is-hard': {
    title: 'Merken, dass es schwer ist',
    summary: 'Benenne einen schweren Moment, sanft und ohne ihn zu lösen.',
    steps: [
      'Denk an eine Sache, die heute schwer für dich ist. Nimm eine kleine.',
      "Sag dir: 'Das ist ein schwerer Moment.'",
      'Spüre, wo du es im Körper merkst. Du musst nichts lösen.',
    ],
    exitLine: ground,
  },
  'sc-others-too': {
    title: 'Andere fühlen das auch',
    summary: 'Erinnere dich, dass du mit einer Sorge nicht allein bist.',
    steps: [
      'Denk an eine Sorge, die du heute hast.',
      'Erinnere dich: Viele Menschen fühlen gerade genauso.',
      "Sag dir: 'Ich bin damit nicht allein.'",
    ],
    exitLine: ground,
  },
  'sc-kind-word': {
    title: 'Ein freundliches Wort für dich',
    summary: 'Sag dir, was du gerade hören möchtest.',
    steps: [
      'Denk daran, was du gerade gern hören würdest.',
      "Sag es dir selbst, etwa: 'Du gibst dein Bestes.'",
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
      "Sag: 'Möge ich freundlich zu mir sein.'",
      'Bleib ein paar Atemzüge so.',
    ],
    noTouchAlternative: 'Leg deine Hände auf den Tisch und spüre stattdessen ihre Wärme.',
    exitLine: ground,
  },
};

export default exercises;
