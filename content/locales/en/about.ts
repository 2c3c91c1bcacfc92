/**
 * "About these exercises": where the ideas come from, what the exercises are not, and where
 * to find more support. Plain words for a reading age of about 12. The scope note is the one
 * place the word "therapy" may appear.
 */
export default {
  aboutTitle: 'About these exercises',
  aboutIdeas:
    'The exercises grow from one idea: feeling close to others, and being kind to yourself, can help when life is busy or hard. An article on closeness and stress names the parts of it that we use.',
  aboutParts:
    'Remembering warm moments. Giving someone your full attention. Reading faces and gestures. Listening and speaking openly. Working on something together. Understanding how someone else feels. Giving and getting support. And being a kind friend to yourself.',
  aboutSource:
    'The article: "The Power of Intimacy, Connection, and Engagement for Mental Health", on ZeroOpposite.',
  aboutOwnWords:
    'We wrote every exercise in our own words. Each one says which of these ideas it comes from.',
  aboutLearns:
    'Tend learns which exercises suit you from your "Did this help?" answers and your favourites. This stays on your device.',
  aboutScope:
    'These are short wellbeing exercises. They are not therapy or medical care, and they are no replacement for either.',
  aboutOldPain:
    'Thinking of people, or being kind to yourself, can sometimes stir up old pain. That is okay, and you can stop any exercise at any time.',
  aboutHelpLink: 'Need more support? Find a helpline near you',
} as const;
