import type { ExerciseText } from '../../types';

/**
 * Every exercise's words in English, keyed by exercise id. English must have every id.
 * Written in our own words: no line of the article or of any author's script. Grounding uses
 * the chair, the floor, the room or a sound, not "your feet": it works for everyone.
 */

const ground =
  'When you are ready, feel the chair or the floor under you, and take one slow breath.';

const exercises: Record<string, ExerciseText> = {
  // Connection

  'cn-warm-moment': {
    title: 'Remember a warm moment',
    summary: 'Bring back a small moment of closeness.',
    steps: [
      'Bring to mind a time you felt close to someone. Small is fine, like a shared laugh.',
      'If no one comes to mind, or it hurts today, a kind stranger counts too. Or stop here.',
      'Recall where you were, and what you heard or felt.',
      'Stay with that warmth for a few breaths.',
      'If you like, and if you can, tell them later what you remember.',
    ],
    exitLine: 'Let the memory rest, and notice the room around you.',
  },
  'cn-thank-you-note': {
    title: 'A thank-you you never sent',
    summary: 'Write a few lines of thanks. A draft is enough.',
    steps: [
      "Who helped you, long ago or this week? If no one comes to mind, a stranger's small kindness counts.",
      'Recall what they did, and what it changed for you.',
      'Write two or three lines to thank them, in your own words.',
      'Keep it as a draft, or send it later if it feels right. No reply needed.',
    ],
    soloAlternative: 'Write the lines just for yourself, and read them back slowly.',
    exitLine: 'Put the note away for now, and take one long breath out.',
  },
  'cn-shared-win': {
    title: 'Something you did together',
    summary: 'Recall a task that went well because people did it together.',
    steps: [
      'Remember something you did with others that went well. Small is fine, like cooking a meal.',
      'If no one comes to mind, think of strangers who once helped each other, like holding a door.',
      "Picture each person's part, and your own.",
      'Notice what helped: the shared goal, a hand at the right time, a laugh.',
    ],
    exitLine: 'Let the picture fade, and look at one thing in the room.',
  },
  'cn-listen-fully': {
    title: 'Listen with your whole attention',
    summary: 'Give one person your full attention for a few minutes.',
    steps: [
      'Is someone near you, or free for a short call? Ask how their day is going.',
      'Put your screen aside, and let them finish before you answer.',
      'Listen for what matters to them, not for what you will say next.',
      'Ask one question about what they said.',
    ],
    soloAlternative:
      'Play a short voice message, or a talk by someone you like, and do nothing else while it plays.',
  },
  'cn-read-slowly': {
    title: 'Read a message slowly',
    summary: 'Read a kind message again, as if the person were saying it.',
    steps: [
      'Open a kind message from someone you like. If none comes to mind, a kind note from a stranger works.',
      'Read it slowly, as if they were saying it to you.',
      'Notice the words they chose. What might they have felt as they wrote them?',
      'If you like, write one warm line back. Send it now, later, or never.',
    ],
    exitLine: 'Close the message, and rest your eyes for a moment.',
  },
  'cn-read-a-face': {
    title: 'Read a face or voice kindly',
    summary: 'Recall someone you met today, and what they said without words.',
    steps: [
      'Recall someone you saw or heard today, in person or on a screen. If no one, pick someone from a show.',
      'What did their face, hands or voice say, beyond the words?',
      'Make a kind guess about how they felt. Signs differ between people and places, so hold it lightly.',
    ],
    exitLine: 'Let the guess go, and let your own face soften.',
  },
  'cn-photo-smile': {
    title: 'Who is in the picture?',
    summary: 'Read the faces in a photo of people you like.',
    steps: [
      'If you like, open a photo of people you like, or recall a scene with them. You need not be in it.',
      'If a face brings up loss, or no one comes to mind, a photo of strangers works just as well.',
      'Pick one person. What do their face, hands or pose say about how they felt?',
      'Notice one small sign of warmth, like a tilted head.',
    ],
    exitLine: 'Close the photo, and look at something plain, like a wall or the sky.',
  },
  'cn-honest-check-in': {
    title: 'Tell someone how you really are',
    summary: 'One honest line about your day, for someone you feel safe with.',
    steps: [
      'Choose someone you feel safe with. If no one comes to mind, that is common: write it just for you.',
      "Write one true line about how you are, not just 'fine'.",
      'Add one thing that helped today, however small.',
      'Save it as a draft, or send it if it feels right. No reply needed.',
    ],
    soloAlternative: 'Write the same lines in a note to yourself, and read them back.',
    exitLine: 'Close the note, and breathe out a little longer than you breathe in.',
  },
  'cn-open-question': {
    title: 'Ask one open question',
    summary: 'Ask a question that invites a real answer, and take in all of it.',
    steps: [
      'Who could you reach right now, near you or by message?',
      "Ask one open question, like 'What was the best part of your week?'",
      'Listen to, or read, the whole answer before you reply.',
      'Reply to what they said, with one more question or a thank-you.',
    ],
    soloAlternative: 'Ask yourself the same question, and write your answer in two lines.',
  },
  'cn-plain-need': {
    title: 'Say a need in plain words',
    summary: 'Put one small need into one clear, kind sentence.',
    steps: [
      'Name one small thing you need, like a quiet hour or a clear answer.',
      "Write it in one plain, kind sentence that starts with 'I need' or 'Could you'.",
      'Read it back. Is it clear, and fair to you both?',
      'Keep it for when the time feels right. Writing it is enough for now.',
    ],
  },
  'cn-good-news': {
    title: 'Share in their good news',
    summary: "Answer someone's good news with real interest.",
    steps: [
      'Recall some good news someone shared lately, big or small.',
      'Write them a reply that shows you are glad, in your own words.',
      "Ask one question that lets them tell more, like 'How did it feel?'",
      'Send it now, or keep it as a draft.',
    ],
    soloAlternative:
      'If no one comes to mind, write down some good news of your own, and ask yourself the same question.',
    exitLine: 'Set the message aside, and enjoy the good news for one more breath.',
  },
  'cn-friendly-hello': {
    title: 'A small, friendly hello',
    summary: 'A friendly word with someone you know a little.',
    steps: [
      'Think of someone you see often but barely know: a neighbour, a cashier, someone from another team.',
      "Say a friendly line now, in person or in a chat, like 'How is your week going?'",
      'Listen to the answer, and add one warm word before you part.',
      'Brief chats like this often lift the mood more than people expect.',
    ],
    soloAlternative: 'If no one is around, recall a recent friendly chat, and what it gave you.',
    exitLine: 'Go back slowly, and keep the warm word with you.',
  },
  'cn-thank-a-teammate': {
    title: "Credit someone's part",
    summary: 'Name what one person added to a task you share.',
    steps: [
      'Pick a task you share with others, at work, at home or anywhere.',
      'Name one thing one person did that moved it forward.',
      'Tell them in one line what their part made possible. Say it now, or keep it as a draft.',
    ],
    soloAlternative:
      'If no one comes to mind, write down one time the work of others made your day easier.',
    exitLine: 'Let the task go for now, and look up from the screen.',
  },
  'cn-small-hand': {
    title: 'Offer a little help',
    summary: 'Offer one small, real bit of help to someone near you.',
    steps: [
      'Look around you, or at your messages. Who seems busy or stuck today?',
      'Pick one small thing you could do now, like fetching something or sharing a link.',
      "Offer it simply, and take a 'no' kindly.",
    ],
    soloAlternative:
      'If no one is around, do one small thing for a space you share, like tidying a shelf.',
  },
  'cn-common-ground': {
    title: 'Something we share',
    summary: 'Notice a group you belong to, and a goal you share.',
    steps: [
      'Name a group you feel part of: a team, a class, a club, a street, a chat.',
      'If none comes to mind, people who share your bus, your work or a hobby count too.',
      'What do you want together? Finish a project, keep a place nice, get through a week?',
      'Picture one thing each person adds, and what you add.',
      'If you like, send the group one line about the goal you share.',
    ],
    exitLine: 'Let the group go, and notice the chair under you.',
  },
  'cn-people-nearby': {
    title: 'A quiet wish for people nearby',
    summary: 'Send a silent, friendly wish to the people around you.',
    steps: [
      'Notice the people near you: voices, steps, or the homes and offices around you.',
      'Each of them has worries and hopes today, much like you.',
      "Pick one, and wish them well in your mind, in plain words: 'I hope your day gets easier.'",
      'Widen the wish to everyone near you, and, if you like, to yourself.',
    ],
  },
  'cn-their-day': {
    title: 'See the day through their eyes',
    summary: 'Imagine the day of someone who seems under strain.',
    steps: [
      'Picture someone who seemed stressed lately, someone it feels safe to think about.',
      'If no one comes to mind, picture a stranger you passed today.',
      'Imagine their day from morning on. What might weigh on them?',
      'Notice any feeling that comes up in you, without judging it.',
      'Wish them some ease, in your own words.',
    ],
    exitLine: 'Come back to your own day: feel the chair or the floor under you.',
  },
  'cn-other-side': {
    title: 'Understand the other side',
    summary: "Look at a small disagreement from the other person's side.",
    steps: [
      'Choose a light, recent disagreement, not a painful one, and not with anyone who hurt you.',
      'If none comes to mind, use one from a show or a book.',
      'Write what the other person might have wanted, and why.',
      'Find one thing you both want.',
      'Notice if the disagreement feels a little lighter. If it feels heavier, stop here.',
    ],
    exitLine: 'Set the thought aside, and take one slow breath before you go on.',
  },
  'cn-name-their-feeling': {
    title: 'Name what they feel',
    summary: 'Answer a hard message by naming the feeling you hear.',
    steps: [
      'Open a recent message where someone told you about a worry or a tiring day.',
      'Read it again. What might they feel: tired, tense, let down, alone?',
      "Write a reply that names it gently, like 'That sounds tiring.'",
      "Leave room to be wrong: 'Is that how it feels?' Send it, or keep it as a draft.",
    ],
    soloAlternative:
      'If no one comes to mind, take hard news from a show, and name the feeling behind it.',
    exitLine: 'Close the message, and notice one sound near you.',
  },
  'cn-quiet-support': {
    title: 'Send some quiet support',
    summary: 'A short note for someone going through a hard time. No reply needed.',
    steps: [
      'Someone you know may be having a hard or busy time. Who comes to mind?',
      "Write: 'Thinking of you. No need to reply.'",
      'Add one line that shows you see what they are going through.',
      'Send it, or keep it as a draft for later.',
    ],
    soloAlternative:
      'If no one comes to mind, write the same words to yourself, and read them slowly.',
    exitLine: 'Close the note, and look out of a window or at a far wall.',
  },
  'cn-let-someone-help': {
    title: 'Let some help in',
    summary: 'Find one place help could come from, and write the ask.',
    steps: [
      'Which task feels heavy or big right now? Pick one.',
      'Who or what could share it, even a little? A colleague, a friend, a forum, a service.',
      'If no one comes to mind, that happens to many people. A help page or a group counts too.',
      'Write the ask in one line. Sending it can wait.',
    ],
    exitLine: 'Put the ask aside for now, and breathe out slowly.',
  },
  'cn-true-compliment': {
    title: 'A true compliment',
    summary: 'Tell someone one thing you honestly admire about them.',
    steps: [
      'Who did something lately that you admired, even quietly?',
      'Name what it was, and what it shows about them, like patience or care.',
      'Write it plainly, in one or two lines.',
      'Send it, or keep it as a draft. People often enjoy a compliment more than we guess.',
    ],
    soloAlternative:
      'If no one comes to mind, write one true compliment to yourself, as a friend would.',
    exitLine: 'Put the words away, and sit back for a moment.',
  },
  'cn-three-good-things': {
    title: 'Three good things, and who helped',
    summary: 'Find three good things from today, and what or who made each happen.',
    steps: [
      'Look back over today, or over yesterday if today has just begun.',
      'Find three things that went well. Tiny counts, like a warm drink or a bus on time.',
      'For each, name what or who helped: a person, luck, or your own effort.',
      'If no one helped today, that is fine. Notice what did.',
    ],
    exitLine: 'Keep the three in mind, and stretch your hands or shoulders if you like.',
  },

  // Self-compassion

  'sc-self-compassion-break': {
    title: 'A self-compassion break',
    summary: 'Three small steps for a hard moment: notice it, remember you are not alone, be kind.',
    steps: [
      'Bring a small stress to mind, something mildly hard, not the worst.',
      "Notice it plainly: 'This is hard for me right now.'",
      "Widen the view: 'Lots of people feel this. I am not alone.'",
      "Be kind: 'What would help a little?' Offer yourself that, in words or in a small act.",
    ],
    exitLine: ground,
  },
  'sc-this-is-hard': {
    title: 'Notice that this is hard',
    summary: 'Name a hard moment, gently, without trying to fix it.',
    steps: [
      'What is a little hard for you today? Pick a small thing, not the hardest.',
      "Say to yourself, 'This is hard right now.'",
      'Notice where you feel it, if anywhere. You do not need to fix it.',
    ],
    exitLine: ground,
  },
  'sc-name-the-feeling': {
    title: 'Name the feeling',
    summary: 'Find the right word for what you feel, and let it be there.',
    steps: [
      "Pause and ask, 'What am I feeling right now?'",
      'Try a few words until one fits: tired, tense, flat, restless, calm.',
      'There may be two at once. Name both.',
      "Say, 'So this is here right now,' and let it stay for three breaths.",
    ],
    exitLine: 'Look up, and name one thing you can see or hear.',
  },
  'sc-mood-weather': {
    title: 'Your mood as weather',
    summary: 'Notice how your mood has shifted today, the way weather does.',
    steps: [
      'If your mood were weather, what would it be right now?',
      'And this morning? Notice how it has shifted at least once already.',
      "Let today's weather be as it is. It will change again.",
    ],
    exitLine: 'Name one thing you can see, hear or feel near you, and come back to your day.',
  },
  'sc-read-your-signs': {
    title: 'Check in with your body, kindly',
    summary: 'Notice where you hold the day, and give that place some care.',
    steps: [
      'Let your attention move slowly from your face to your shoulders and hands.',
      'Notice any spot that feels tight, tired or restless. Just notice it.',
      "Ask it, 'What do you need?' Maybe a stretch, a sip of water, or a pause.",
      'Give it that if you can, or a kind word if you cannot.',
    ],
    exitLine: 'Let your attention widen to the whole room before you go back.',
  },
  'sc-others-too': {
    title: 'Others feel this too',
    summary: 'Remember that many people carry a small worry like yours.',
    steps: [
      'Choose a small worry you have today, not the biggest one.',
      'Somewhere, many people carry a worry much like it right now.',
      "Say to yourself, 'I am not the only one. This is part of being human.'",
    ],
    exitLine: 'Breathe out slowly, and let your eyes rest on something far away.',
  },
  'sc-same-moment': {
    title: 'Many people, one moment',
    summary: 'Picture one stranger who feels what you feel, and wish you both well.',
    steps: [
      'Right now, someone far away feels just as tired or unsure as you.',
      'Picture that person for a moment, at their own desk or table.',
      'What would you wish them? Say it in your own words.',
      'Now give the same wish to yourself.',
    ],
    exitLine: 'Let the picture go, and notice one sound close to you.',
  },
  'sc-small-mistake': {
    title: 'A small mistake, kindly',
    summary: 'Meet a small mistake the way a good friend would.',
    steps: [
      'Think of a small mistake from this week, not a big one.',
      'Everyone makes mistakes like this. It is part of learning anything.',
      "Ask, 'What would I say to a friend who did this?'",
      'Say those words to yourself, in the same warm tone.',
    ],
    exitLine: ground,
  },
  'sc-enough-for-today': {
    title: 'Enough for today',
    summary: 'Let one unfinished task wait, kindly.',
    steps: [
      'Glance at your list. Pick one task that will not get done today.',
      "Everyone's list has leftovers. Yours does too, and that is normal.",
      "Say to yourself, 'This can wait. I have done enough for now.'",
      'Notice any relief, or any worry. Both are allowed.',
    ],
    exitLine: 'Close the list for now, and stretch your fingers.',
  },
  'sc-kind-word': {
    title: 'A kind word for you',
    summary: 'Say what you need to hear right now.',
    steps: [
      'What do you need to hear right now? Let the words come.',
      "Say them to yourself, like 'You are doing your best.'",
      'Say them once more, a little slower, as if to a friend.',
    ],
    exitLine: 'Take the words with you, and look up from the screen.',
  },
  'sc-friend-note': {
    title: 'A letter from a kind friend',
    summary: 'Write to yourself in the voice of a friend, real or imagined.',
    steps: [
      'Imagine a friend who is fully on your side. If no one comes to mind, make one up.',
      'What would they say about something small you find hard at the moment?',
      'Write three short lines in their voice, to you.',
      'Read them back slowly.',
    ],
    exitLine: 'Keep the lines or delete them, and take one slow breath.',
  },
  'sc-small-kind-act': {
    title: 'One small kind act for you',
    summary: 'Do one small thing, now, that you need.',
    steps: [
      "Ask yourself, 'What small thing would help me right now?'",
      'It might be water, fresh air, a snack, a stretch, or closing a tab.',
      'Do it now, if you can, as care rather than a chore.',
    ],
    exitLine: 'Pause for one breath, and notice that you took care of yourself.',
  },
  'sc-soften-the-critic': {
    title: 'Answer your inner critic',
    summary: 'Turn one harsh thought about yourself into kinder, truer words.',
    steps: [
      "Catch one harsh thing you said to yourself today, like 'I am so slow.'",
      'Notice its tone. Would you speak to a friend like that?',
      "Write it again the way a fair, warm coach would: 'This took time, and I kept going.'",
      'Say the new words once, slowly.',
    ],
    exitLine: 'Let both voices go quiet, and listen to the room for a moment.',
  },
  'sc-credit-your-effort': {
    title: 'Credit your effort',
    summary: 'Thank yourself for something you tried today, whatever came of it.',
    steps: [
      'Today you tried at least one thing. What was it? Something small counts.',
      'Name the effort it took: getting up, starting, asking, waiting.',
      "Say, 'I tried, and that matters,' whatever the result was.",
    ],
    exitLine: 'Let that thought settle, and take an easy breath.',
  },
  'sc-kindest-self': {
    title: 'Your kindest self',
    summary: 'Picture yourself at your kindest, and let that self speak to you.',
    steps: [
      'Picture yourself on a good day: calm, wise and warm.',
      'Notice how that self sits, breathes and speaks.',
      'Let that self look at how your day is going now.',
      'What does it say to you? Listen, and keep one line.',
    ],
    exitLine: 'Come back to the room, and let the kind words go with you.',
  },
  'sc-kind-no': {
    title: 'Say a kind, clear no',
    summary: 'Protect a little time or rest with one calm no.',
    steps: [
      'Is there one small thing you could say no to this week, to protect your time or rest?',
      'Write the no in one calm sentence. No long excuse needed.',
      'Read it back. Is it kind to them, and kind to you?',
      'Keep it ready, or send it now if it feels right.',
    ],
    exitLine: 'Set the sentence aside, and roll your shoulders once, if that feels good.',
  },
  'sc-kind-next-hour': {
    title: 'Plan a kind next hour',
    summary: 'Choose one way to go easy on yourself in the hour ahead.',
    steps: [
      'Before you go back, think about the next hour. What might be a little hard?',
      'Choose one kind thing to do then, like a pause, a glass of water, or a slower pace.',
      'Say it to yourself now, in one short line.',
    ],
    exitLine: 'Take one slow breath, and go back at your own pace.',
  },
  'sc-slow-breath': {
    title: 'Slow breath, kind voice',
    summary: 'Breathe a little slower, and let each breath out carry a kind word.',
    steps: [
      'Breathe in gently, for about four counts, if that is comfortable.',
      'Breathe out a little longer, for about six counts.',
      "On each breath out, say one kind word to yourself, like 'gently' or 'easy'.",
      'Many people find this settling. Stay as long as you like.',
    ],
    exitLine: 'Let your breath find its own pace again, and feel the chair or floor under you.',
  },
  'sc-hand-on-heart': {
    title: 'A hand on your heart',
    summary: 'A warm hand and kind words of your own.',
    steps: [
      'If you like, rest a hand on your chest, or wherever feels soothing.',
      'Feel its warmth, and your breath moving under it.',
      "Tell yourself something kind, in your own words, like 'I am on your side.'",
      'Stay for a few breaths.',
    ],
    noTouchAlternative: 'Rest your hands on the desk or in your lap, and notice their warmth.',
    exitLine: 'Lower your hand when you like, and look around the room.',
  },
  'sc-hold-your-hands': {
    title: 'Hold your own hands',
    summary: "Let one hand hold the other, the way you might hold a friend's.",
    steps: [
      "If you like, let one hand hold the other, the way you might hold a friend's hand.",
      'Notice the warmth and the light pressure.',
      "Let the hold say what a friend might: 'You are not alone in this.'",
    ],
    noTouchAlternative: 'Rest your hands on something soft or steady, like a sleeve or the desk.',
    exitLine: 'Let go slowly, and notice the air on your hands.',
  },
  'sc-gentle-hug': {
    title: 'Hug yourself, gently',
    summary: 'Hold yourself for a moment, the way a good friend might.',
    steps: [
      'If you like, cross your arms and rest your hands on your upper arms.',
      'Press gently, as firm or as light as feels good.',
      'Breathe out slowly and let your shoulders drop.',
      'Stay as long as it feels kind.',
    ],
    noTouchAlternative:
      'Wrap a jacket or scarf around you, or just let your shoulders drop as you breathe out.',
    exitLine: 'Open your arms slowly, and look at one thing in the room.',
  },
  'sc-someone-was-kind': {
    title: 'Someone who was kind to you',
    summary: 'Take in an old kindness once more.',
    steps: [
      'Remember a time someone was kind to you. A stranger counts too.',
      'If no one comes to mind, or it hurts to remember, stop here. That is okay.',
      'Recall their words, or what they did.',
      'Let yourself take in that kindness again, now. You were worth it then, and now.',
    ],
    exitLine: 'Come back slowly: name three things you can hear.',
  },
};

export default exercises;
