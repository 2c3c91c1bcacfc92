import type { ExerciseText } from '../../types';

/** Every exercise's words in English, keyed by exercise id. English must have every id. */

// Grounding through the chair or floor, not "your feet": it works for everyone, seated or not.
const ground =
  'When you are ready, feel the chair or the floor under you, and take one slow breath.';

const exercises: Record<string, ExerciseText> = {
  'cn-warm-moment': {
    title: 'Remember a warm moment',
    summary: 'Bring back a time you felt close to someone.',
    steps: [
      'Think of a time you felt close to someone. It can be small, like a shared laugh.',
      'Picture where you were. What could you see and hear?',
      'Notice how it feels to remember it now.',
      'If you like, tell them one thing you remember. Or just enjoy it.',
    ],
  },
  'cn-thank-you-note': {
    title: 'A thank-you you never sent',
    summary: 'Write a few lines of thanks. A draft is enough.',
    steps: [
      'Think of someone who helped you, long ago or this week.',
      'Recall what they did and how it helped you.',
      'Write two or three lines to thank them.',
      'Send it later if it feels right, or keep it. No reply needed.',
    ],
    soloAlternative: 'Write the note just for yourself, and read it back slowly.',
  },
  'cn-photo-smile': {
    title: 'A photo that makes you smile',
    summary: 'Look at a happy time with people you like.',
    steps: [
      'If you like, open a photo of a good time with others, or recall one.',
      'Look at the faces. Who is there with you?',
      'Name one thing you like about one of them.',
    ],
  },
  'cn-listen-fully': {
    title: 'Listen with your whole attention',
    summary: 'Give the next person who talks to you your full attention.',
    steps: [
      'The next time someone talks to you, put your screen aside.',
      'Turn toward them, and let them finish before you answer.',
      'Ask one question about what they said.',
      'Notice how the talk feels.',
    ],
    soloAlternative:
      'Listen to or watch someone speak in a short recording, and do nothing else while it plays.',
  },
  'cn-people-nearby': {
    title: 'Notice the people near you',
    summary: 'Notice the people around you and wish them well.',
    steps: [
      'Pause for a minute and notice what is around you.',
      'Notice signs of people near you, like voices or steps. Or think of people who live or work near you.',
      'Wish them a good day, quietly, in your mind.',
    ],
  },
  'cn-read-slowly': {
    title: 'Read a message slowly',
    summary: 'Read a kind message again, as if the person were speaking.',
    steps: [
      'Open a recent message from someone you like.',
      'Read it slowly, as if they were saying it to you.',
      'Notice what they might have felt as they wrote it.',
      'If you like, reply with one warm line, now or later.',
    ],
  },
  'cn-read-a-face': {
    title: 'Read a face or voice kindly',
    summary: 'Think of someone you met today and what they said without words.',
    steps: [
      'Think of someone you saw or heard today, in person or on a screen.',
      'What did their face, hands or voice say, beyond the words?',
      'Guess how that person felt. It is only a guess, and that is fine.',
    ],
  },
  'cn-body-language': {
    title: 'Notice what bodies say',
    summary: 'In your next talk, watch the signs that go with the words.',
    steps: [
      'In your next talk with someone, notice their hands and how they sit or stand.',
      'Notice when they lean in or look away.',
      'Let your own face show that you are listening.',
    ],
    soloAlternative: 'Watch a short video with the sound off, and guess what people feel.',
  },
  'cn-honest-check-in': {
    title: 'A short, honest check-in',
    summary: 'Write to someone you miss. No reply needed.',
    steps: [
      'Think of someone you feel safe with and have not heard from in a while.',
      "Write a short note: 'I thought of you today.'",
      'Add one true line about how you are.',
      'Send it, or save it as a draft. No reply needed.',
    ],
    soloAlternative: 'Write how you are doing in three honest lines, just for you.',
  },
  'cn-open-question': {
    title: 'Ask one open question',
    summary: 'Plan a question that invites a real answer.',
    steps: [
      'Think of someone you will talk to today.',
      "Plan one open question, like 'What was the best part of your week?'",
      'When you ask, listen to the whole answer.',
    ],
    soloAlternative: 'Ask yourself the same question, and write your answer.',
  },
  'cn-plain-need': {
    title: 'Say a need in plain words',
    summary: 'Put one small need into one clear, kind sentence.',
    steps: [
      'Think of one small thing you need from someone.',
      'Write it in one plain, kind sentence.',
      'Read it back. Is it clear, and fair to you both?',
      'Keep it for when the time feels right.',
    ],
  },
  'cn-thank-a-teammate': {
    title: 'Thank someone you work with',
    summary: 'Notice who helped a shared task go well.',
    steps: [
      'Think of a task you share with someone.',
      'Name one thing they did that helped it go well.',
      'Tell them in one line, or save it as a draft. No reply needed.',
    ],
    soloAlternative: "Write down one way someone's work made yours easier.",
  },
  'cn-small-hand': {
    title: 'Offer a little help',
    summary: 'Find one small way to help someone today.',
    steps: [
      'Think of someone near you who is busy today.',
      'Pick one small thing you could do to help.',
      "Offer it simply, and take a 'no' kindly.",
    ],
    soloAlternative: 'Plan one small helpful act for tomorrow, and note it down.',
  },
  'cn-shared-win': {
    title: 'Something you did together',
    summary: 'Remember a task that went well because people did it together.',
    steps: [
      'Think of something you did with others that went well. It can be small, like cooking a meal.',
      "Picture each person's part, and your own.",
      'Notice what helped: the shared goal, the help, the laughs.',
      'If you like, thank them in your mind.',
    ],
  },
  'cn-their-day': {
    title: 'See the day through their eyes',
    summary: 'Imagine the day of someone who seems stressed.',
    steps: [
      'Think of someone who seemed stressed lately.',
      'Imagine their day. What might be hard for them?',
      'Notice any feeling that comes up in you.',
      'Wish them some ease, in your own words.',
    ],
  },
  'cn-other-side': {
    title: 'Understand the other side',
    summary: 'Look at a small disagreement from the other side.',
    steps: [
      'Think of a small disagreement. Pick a light one, not a painful one.',
      'Write what the other person might have wanted.',
      'Find one thing you both want.',
      'Notice if the disagreement feels a little lighter.',
    ],
  },
  'cn-name-their-feeling': {
    title: 'Name what they feel',
    summary: 'When someone shares something, say back the feeling you hear.',
    steps: [
      'When someone tells you something today, pause before you answer.',
      "Say back the feeling you hear, like 'That sounds tiring.'",
      'Let them correct you if you got it wrong.',
    ],
    soloAlternative: "Think of a friend's recent news, and name the feeling behind it.",
  },
  'cn-quiet-support': {
    title: 'Send some quiet support',
    summary: 'A short note for someone going through a busy time.',
    steps: [
      'Think of someone who is going through a busy or hard time.',
      "Write: 'Thinking of you. No need to reply.'",
      'Add one line that shows you understand.',
      'Send it, or keep it as a draft for later.',
    ],
    soloAlternative: 'Write the same words to yourself, and read them slowly.',
  },
  'cn-let-someone-help': {
    title: 'Let someone help you',
    summary: 'Think of who could share a hard task with you.',
    steps: [
      'Think of one task that feels hard or big right now.',
      'Who could share it with you, even a little?',
      'Note one small way you could ask them.',
    ],
  },
  'sc-this-is-hard': {
    title: 'Notice that this is hard',
    summary: 'Name a hard moment, gently, without fixing it.',
    steps: [
      'Think of one thing that is hard for you today. Pick a small one.',
      "Say to yourself, 'This is a hard moment.'",
      'Notice where you feel it, if anywhere. You do not need to fix it.',
    ],
    exitLine: ground,
  },
  'sc-name-the-feeling': {
    title: 'Name the feeling',
    summary: 'Give what you feel a simple name, and let it be.',
    steps: [
      "Pause and ask, 'What am I feeling right now?'",
      'Give it a simple name, like tired, worried or flat.',
      "Say, 'This is what is here right now.'",
      'Let the feeling stay for three slow breaths.',
    ],
    exitLine: ground,
  },
  'sc-mood-weather': {
    title: 'Your mood as weather',
    summary: 'Picture your mood as weather that comes and goes.',
    steps: [
      'If your mood were weather, what would it be?',
      'Look at it without judging it. Weather changes.',
      'Let it pass over you for a few breaths.',
    ],
    exitLine: 'Name one thing you can see, hear or feel near you, and come back to your day.',
  },
  'sc-read-your-signs': {
    title: 'Read your own signs',
    summary: 'Notice what your face and hands say about how you feel.',
    steps: [
      "Pause, the way you might look kindly at a friend's face.",
      'Notice your face, shoulders and hands. Are they tight or soft?',
      "Ask what they might be telling you, like 'I am tired' or 'I am worried'.",
      "Answer the way a friend would: 'That makes sense. I am here for you.'",
    ],
    exitLine: ground,
  },
  'sc-others-too': {
    title: 'Others feel this too',
    summary: 'Remember that you are not alone with a worry.',
    steps: [
      'Think of a worry you have today.',
      'Remember that many people feel this way right now.',
      "Say to yourself, 'I am not alone in this.'",
    ],
    exitLine: ground,
  },
  'sc-same-moment': {
    title: 'Many people, one moment',
    summary: 'Think of others who feel what you feel today.',
    steps: [
      'Picture people all over the world, working or resting, just like you.',
      'Some are tired, some are worried, some are proud.',
      'Send them a kind wish, and keep one for yourself.',
    ],
    exitLine: ground,
  },
  'sc-small-mistake': {
    title: 'A small mistake, kindly',
    summary: 'Meet a small mistake the way a friend would.',
    steps: [
      'Think of a small mistake from this week.',
      'Remember that everyone makes mistakes. It is part of being human.',
      "Ask, 'What would I say to a friend who did this?'",
      'Say those words to yourself.',
    ],
    exitLine: ground,
  },
  'sc-kind-word': {
    title: 'A kind word for you',
    summary: 'Say what you need to hear right now.',
    steps: [
      'Think of what you need to hear right now.',
      "Say it to yourself, like 'You are doing your best.'",
      'Say it once more, a little slower.',
    ],
    exitLine: ground,
  },
  'sc-friend-note': {
    title: 'A note from a kind friend',
    summary: 'Write to yourself in the voice of a friend who likes you.',
    steps: [
      'Imagine a friend who knows you well and likes you a lot.',
      'What would they say about your day?',
      'Write three lines in their voice, to you.',
      'Read them back slowly.',
    ],
    exitLine: ground,
  },
  'sc-small-kind-act': {
    title: 'One small kind act for you',
    summary: 'Do one small thing that helps you right now.',
    steps: [
      "Ask yourself, 'What small thing would help me right now?'",
      'It might be a glass of water, a stretch or some fresh air.',
      'Do it now if you can, with care.',
    ],
    exitLine: ground,
  },
  'sc-hand-on-heart': {
    title: 'A hand on your heart',
    summary: 'A warm hand and a kind wish for yourself.',
    steps: [
      'If you like, rest a hand on your chest.',
      'Feel its warmth, and your breath moving under it.',
      "Say, 'May I be kind to myself.'",
      'Stay for a few breaths.',
    ],
    noTouchAlternative: 'Rest your hands on the desk and notice their warmth instead.',
    exitLine: ground,
  },
  'sc-hold-your-hands': {
    title: 'Hold your own hands',
    summary: 'Fold your hands together as a small sign of support.',
    steps: [
      'If you like, fold your hands together, softly.',
      'Notice the warmth and the light pressure.',
      'Let it be a small sign of support, from you to you.',
    ],
    noTouchAlternative: 'Picture a warm hand resting on your shoulder.',
    exitLine: ground,
  },
  'sc-gentle-hug': {
    title: 'A gentle hug',
    summary: 'Hold yourself for a moment, the way a friend might.',
    steps: [
      'If you like, cross your arms and rest your hands on your upper arms.',
      'Press gently, the way a friend might.',
      'Breathe out slowly and let your shoulders drop.',
    ],
    noTouchAlternative: 'Let your shoulders drop, and imagine being held kindly.',
    exitLine: ground,
  },
  'sc-slow-breath': {
    title: 'Slow breath, warm thought',
    summary: 'Breathe slowly while you think of someone or somewhere safe.',
    steps: [
      'If you like, breathe in slowly for a count of four.',
      'Breathe out a little longer, for a count of six.',
      'As you breathe, think of someone or somewhere that feels safe.',
      'Many people find this calming. Stay as long as you like.',
    ],
    exitLine: 'Let your breath find its own pace again, and feel the chair or floor under you.',
  },
  'sc-warm-cup': {
    title: 'Warm hands, warm moment',
    summary: 'Hold something warm and think of a kind person.',
    steps: [
      'If you have a warm drink, hold it for a moment. Or find a warm spot, like a patch of sun.',
      'Notice the warmth, and let yourself enjoy it.',
      'Think of a kind person, and let the warmth stand for them.',
    ],
    exitLine: ground,
  },
  'sc-someone-was-kind': {
    title: 'Someone who was kind to you',
    summary: 'Take in an old kindness once more.',
    steps: [
      'Remember a time someone was kind to you.',
      'Recall their words, or their face.',
      'Let yourself take in that kindness again, now.',
    ],
    exitLine: ground,
  },
  'sc-what-went-okay': {
    title: 'What went okay',
    summary: 'Find three small things that went okay today.',
    steps: [
      'Look back over the last few hours.',
      'Find three small things that went okay.',
      "Give each one a quiet 'thank you'.",
    ],
    exitLine: ground,
  },
};

export default exercises;
