import type { Messages } from '../messages';

export default {
  aboutTitle: 'Über diese Übungen',
  aboutIdeas:
    'Die Übungen beruhen auf einer Idee: Sich anderen nah zu fühlen und freundlich zu sich selbst zu sein, kann helfen, wenn das Leben voll oder schwer ist. Ein Artikel über Nähe und Stress nennt die Teile davon, die wir nutzen.',
  aboutParts:
    'Sich an warme Momente erinnern. Jemandem ganz zuhören. Gesichter und Gesten lesen. Offen sprechen und zuhören. Gemeinsam an etwas arbeiten. Verstehen, wie es anderen geht. Unterstützung geben und annehmen. Und freundlich mit sich selbst umgehen.',
  aboutSource:
    'Der Artikel (auf Englisch): „The Power of Intimacy, Connection, and Engagement for Mental Health“, auf ZeroOpposite.',
  aboutOwnWords:
    'Wir haben jede Übung in eigenen Worten geschrieben. Jede sagt, auf welcher dieser Ideen sie beruht.',
  aboutLearns:
    'Tend lernt aus deinen Antworten auf „Hat es dir gutgetan?“ und aus deinen Lieblingsübungen, welche Übungen zu dir passen. Das bleibt auf deinem Gerät.',
  aboutScope:
    'Dies sind kurze Übungen für das Wohlbefinden. Sie sind keine Therapie und keine medizinische Versorgung und ersetzen beides nicht.',
  aboutOldPain:
    'An Menschen zu denken oder freundlich zu dir selbst zu sein, kann manchmal alten Schmerz wecken. Das ist in Ordnung, und du kannst jede Übung jederzeit beenden.',
  aboutHelpLink:
    'Brauchst du mehr Unterstützung? Finde Krisentelefone und Beratungsstellen in deiner Nähe',
} satisfies Partial<Messages>;
