import type { Messages } from '../messages';

/**
 * « À propos de ces exercices » : d'où viennent les idées, ce que les exercices ne sont pas,
 * et où trouver plus de soutien. La note de portée est le seul endroit où le mot « thérapie »
 * peut apparaître.
 */
export default {
  aboutTitle: 'À propos de ces exercices',
  aboutIdeas:
    'Les exercices partent d’une idée : se sentir proche des autres, et être gentil avec soi-même, peut aider quand la vie est chargée ou difficile. Un article sur la proximité et le stress nomme les parties de cette idée que nous utilisons.',
  aboutParts:
    'Se souvenir de moments chaleureux. Donner à quelqu’un toute son attention. Lire les visages et les gestes. Écouter et parler avec franchise. Travailler ensemble sur quelque chose. Comprendre ce que ressent une autre personne. Donner et recevoir du soutien. Et être pour soi une présence amie.',
  aboutSource:
    'L’article (en anglais) : « The Power of Intimacy, Connection, and Engagement for Mental Health », sur ZeroOpposite.',
  aboutOwnWords:
    'Nous avons écrit chaque exercice avec nos propres mots. Chacun indique de laquelle de ces idées il vient.',
  aboutLearns:
    'Tend apprend quels exercices te conviennent à partir de tes réponses à « Ça t’a fait du bien ? » et de tes favoris. Tout cela reste sur ton appareil.',
  aboutScope:
    'Ce sont de courts exercices de bien-être. Ce ne sont ni une thérapie ni des soins médicaux, et ils ne les remplacent pas.',
  aboutOldPain:
    'Penser à d’autres personnes, ou être gentil avec toi-même, peut parfois réveiller une ancienne douleur. C’est normal, et tu peux arrêter n’importe quel exercice à tout moment.',
  aboutHelpLink: 'Besoin de plus de soutien ? Trouve une ligne d’écoute ou d’aide près de chez toi',
} satisfies Partial<Messages>;
