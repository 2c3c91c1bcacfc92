import type { ExerciseText } from '../../types';

/**
 * Chaque exercice en français, en tutoyant, par id. Un français simple, sans expression
 * imagée ni mot d'un seul pays. Chaque exercice porte les mêmes lignes de sécurité que
 * l'anglais (seul, sans contact, une sortie) ; un test vérifie qu'aucune ne manque. Nos
 * propres mots, sans vœux liturgiques (« Puisses-tu… »). Typographie française : espace
 * insécable avant : ; ? ! et à l'intérieur des guillemets.
 */

const ground = 'Quand tu veux, sens la chaise ou le sol sous toi, et respire une fois, lentement.';

const exercises: Record<string, ExerciseText> = {
  // Lien aux autres

  'cn-warm-moment': {
    title: 'Un moment chaleureux',
    summary: 'Retrouve un petit moment de proximité.',
    steps: [
      'Pense à un moment de proximité avec quelqu’un. Il peut être petit, comme un rire partagé.',
      'Si personne ne te vient à l’esprit, ou si c’est douloureux aujourd’hui, un inconnu aimable compte aussi. Ou arrête-toi ici.',
      'Rappelle-toi où tu étais, et ce que tu entendais ou ressentais.',
      'Reste avec cette chaleur pendant quelques respirations.',
      'Si tu veux, et si c’est possible, raconte plus tard à cette personne ce dont tu te souviens.',
    ],
    exitLine: 'Laisse le souvenir se reposer, et remarque la pièce autour de toi.',
  },
  'cn-thank-you-note': {
    title: 'Un merci jamais envoyé',
    summary: 'Écris quelques lignes pour dire merci. Un brouillon suffit.',
    steps: [
      'Qui t’a apporté de l’aide, il y a longtemps ou cette semaine ? Si personne ne te vient à l’esprit, le petit geste d’un inconnu compte.',
      'Rappelle-toi ce qu’elle a fait, et ce que ça a changé pour toi.',
      'Écris deux ou trois lignes pour la remercier, avec tes propres mots.',
      'Garde-le en brouillon, ou envoie-le plus tard si ça te semble juste. Pas besoin de réponse.',
    ],
    soloAlternative: 'Écris ces lignes juste pour toi, et relis-les lentement.',
    exitLine: 'Range le mot pour le moment, et souffle une fois, longuement.',
  },
  'cn-shared-win': {
    title: 'Quelque chose fait ensemble',
    summary:
      'Rappelle-toi une tâche qui a réussi parce que plusieurs personnes l’ont faite ensemble.',
    steps: [
      'Rappelle-toi quelque chose que tu as fait avec d’autres et qui s’est bien passé. Petit, c’est bien, comme préparer un repas.',
      'Si personne ne te vient à l’esprit, pense à des inconnus qui se sont aidés, comme tenir une porte.',
      'Imagine la part de chaque personne, et la tienne.',
      'Remarque ce qui a aidé : le but commun, une main au bon moment, un rire.',
    ],
    exitLine: 'Laisse l’image s’effacer, et regarde une chose dans la pièce.',
  },
  'cn-listen-fully': {
    title: 'Écoute avec toute ton attention',
    summary: 'Donne toute ton attention à une personne pendant quelques minutes.',
    steps: [
      'Y a-t-il quelqu’un près de toi, ou libre pour un court appel ? Demande-lui comment se passe sa journée.',
      'Mets ton écran de côté, et laisse-la finir avant de répondre.',
      'Écoute ce qui compte pour elle, pas ce que tu vas dire ensuite.',
      'Pose une question sur ce qu’elle a dit.',
    ],
    soloAlternative:
      'Écoute un court message vocal, ou une intervention de quelqu’un que tu aimes bien, sans rien faire d’autre pendant ce temps.',
  },
  'cn-read-slowly': {
    title: 'Lis un message lentement',
    summary: 'Relis un message gentil, comme si la personne te le disait.',
    steps: [
      'Ouvre un message gentil de quelqu’un que tu aimes bien. Si aucun ne te vient, le mot gentil d’un inconnu convient.',
      'Lis-le lentement, comme si cette personne te le disait.',
      'Remarque les mots choisis. Qu’a-t-elle pu ressentir en les écrivant ?',
      'Si tu veux, écris une ligne chaleureuse en retour. Envoie-la maintenant, plus tard, ou jamais.',
    ],
    exitLine: 'Ferme le message, et repose tes yeux un instant.',
  },
  'cn-read-a-face': {
    title: 'Lis un visage ou une voix avec douceur',
    summary: 'Rappelle-toi quelqu’un croisé aujourd’hui, et ce qu’il disait sans mots.',
    steps: [
      'Rappelle-toi quelqu’un vu ou entendu aujourd’hui, en vrai ou sur un écran. Si personne, choisis quelqu’un d’une série.',
      'Que disaient son visage, ses mains ou sa voix, au-delà des mots ?',
      'Devine avec bienveillance ce que cette personne ressentait. Les signes varient selon les gens et les lieux : ce n’est qu’une idée.',
    ],
    exitLine: 'Laisse cette idée partir, et laisse ton propre visage se détendre.',
  },
  'cn-photo-smile': {
    title: 'Qui est sur la photo ?',
    summary: 'Lis les visages sur une photo de personnes que tu aimes bien.',
    steps: [
      'Si tu veux, ouvre une photo de personnes que tu aimes bien, ou rappelle-toi une scène avec elles. Pas besoin d’y être.',
      'Si un visage rappelle une perte, ou si personne ne te vient à l’esprit, une photo d’inconnus convient tout autant.',
      'Choisis une personne. Que disent son visage, ses mains ou sa posture de ce qu’elle ressentait ?',
      'Remarque un petit signe de chaleur, comme une tête penchée.',
    ],
    exitLine: 'Ferme la photo, et regarde quelque chose de simple, comme un mur ou le ciel.',
  },
  'cn-honest-check-in': {
    title: 'Dis à quelqu’un comment tu vas vraiment',
    summary: 'Une ligne sincère sur ta journée, pour une personne de confiance.',
    steps: [
      'Choisis une personne de confiance. Si personne ne te vient à l’esprit, c’est courant : écris juste pour toi.',
      'Écris une ligne vraie sur comment tu vas, pas seulement « ça va ».',
      'Ajoute une chose qui t’a fait du bien aujourd’hui, même toute petite.',
      'Garde-la en brouillon, ou envoie-la si ça te semble juste. Pas besoin de réponse.',
    ],
    soloAlternative: 'Écris les mêmes lignes dans une note pour toi, et relis-les.',
    exitLine: 'Ferme la note, et expire un peu plus longtemps que tu inspires.',
  },
  'cn-open-question': {
    title: 'Pose une question ouverte',
    summary: 'Pose une question qui appelle une vraie réponse, et accueille-la en entier.',
    steps: [
      'Qui pourrais-tu joindre maintenant, près de toi ou par message ?',
      'Pose une question ouverte, comme « Quel a été le meilleur moment de ta semaine ? »',
      'Écoute, ou lis, toute la réponse avant de répondre.',
      'Réponds à ce que la personne a dit, avec une autre question ou un merci.',
    ],
    soloAlternative: 'Pose-toi la même question, et écris ta réponse en deux lignes.',
  },
  'cn-plain-need': {
    title: 'Dis un besoin avec des mots simples',
    summary: 'Mets un petit besoin dans une seule phrase claire et gentille.',
    steps: [
      'Nomme une petite chose dont tu as besoin, comme une heure au calme ou une réponse claire.',
      'Écris-la en une phrase simple et gentille qui commence par « J’ai besoin » ou « Est-ce que tu pourrais ».',
      'Relis-la. Est-elle claire, et juste pour vous deux ?',
      'Garde-la pour le bon moment. Pour l’instant, l’écrire suffit.',
    ],
  },
  'cn-good-news': {
    title: 'Partage sa bonne nouvelle',
    summary: 'Réponds à la bonne nouvelle de quelqu’un avec un vrai intérêt.',
    steps: [
      'Rappelle-toi une bonne nouvelle que quelqu’un a partagée récemment, grande ou petite.',
      'Écris une réponse qui montre que sa joie te fait plaisir, avec tes propres mots.',
      'Pose une question qui l’invite à en dire plus, comme « Qu’as-tu ressenti ? »',
      'Envoie-la maintenant, ou garde-la en brouillon.',
    ],
    soloAlternative:
      'Si personne ne te vient à l’esprit, note une bonne nouvelle à toi, et pose-toi la même question.',
    exitLine: 'Mets le message de côté, et savoure la bonne nouvelle encore une respiration.',
  },
  'cn-friendly-hello': {
    title: 'Un petit bonjour amical',
    summary: 'Un mot amical avec quelqu’un que tu connais un peu.',
    steps: [
      'Pense à quelqu’un que tu vois souvent mais connais à peine : un voisin, une caissière, une personne d’une autre équipe.',
      'Dis-lui un mot amical maintenant, en personne ou par message, comme « Comment se passe ta semaine ? »',
      'Écoute la réponse, et ajoute un mot chaleureux avant de partir.',
      'Ces courtes discussions font souvent plus de bien au moral qu’on ne le pense.',
    ],
    soloAlternative:
      'Si personne n’est là, rappelle-toi une discussion amicale récente, et ce qu’elle t’a apporté.',
    exitLine: 'Reviens doucement, et garde ce mot chaleureux avec toi.',
  },
  'cn-thank-a-teammate': {
    title: 'Reconnais la part de quelqu’un',
    summary: 'Nomme ce qu’une personne a apporté à une tâche que vous partagez.',
    steps: [
      'Choisis une tâche que tu partages avec d’autres, au travail, à la maison ou ailleurs.',
      'Nomme une chose qu’une personne a faite et qui a fait avancer la tâche.',
      'Dis-lui en une ligne ce que sa part a rendu possible. Dis-le maintenant, ou garde-le en brouillon.',
    ],
    soloAlternative:
      'Si personne ne te vient à l’esprit, note une fois où le travail des autres t’a rendu la journée plus facile.',
    exitLine: 'Laisse la tâche pour l’instant, et lève les yeux de l’écran.',
  },
  'cn-small-hand': {
    title: 'Offre un petit coup de main',
    summary: 'Offre une petite aide, bien réelle, à quelqu’un près de toi.',
    steps: [
      'Regarde autour de toi, ou tes messages. Qui semble débordé ou bloqué aujourd’hui ?',
      'Choisis une petite chose que tu pourrais faire maintenant, comme aller chercher un objet ou partager un lien.',
      'Propose-la simplement, et accueille un « non » avec gentillesse.',
    ],
    soloAlternative:
      'Si personne n’est là, fais une petite chose pour un lieu partagé, comme ranger une étagère.',
  },
  'cn-common-ground': {
    title: 'Ce que nous partageons',
    summary: 'Remarque un groupe dont tu fais partie, et un but commun.',
    steps: [
      'Nomme un groupe dont tu fais partie : une équipe, une classe, un club, une rue, un groupe de discussion.',
      'Si aucun ne te vient, les gens de ton bus, de ton travail ou d’un loisir comptent aussi.',
      'Que voulez-vous ? Finir un projet, garder un lieu agréable, arriver au bout de la semaine ?',
      'Imagine l’apport de chaque personne, et le tien.',
      'Si tu veux, envoie au groupe une ligne sur ce but commun.',
    ],
    exitLine: 'Laisse le groupe, et sens la chaise sous toi.',
  },
  'cn-people-nearby': {
    title: 'Un vœu silencieux pour les gens proches',
    summary: 'Envoie un vœu amical et silencieux aux personnes autour de toi.',
    steps: [
      'Remarque les gens près de toi : des voix, des pas, ou les maisons et les bureaux autour.',
      'Chacun a aujourd’hui des soucis et des espoirs, un peu comme toi.',
      'Choisis-en un, et souhaite-lui du bien dans ta tête, avec des mots simples : « J’espère que ta journée devient plus facile. »',
      'Élargis ce vœu à tous les gens proches et, si tu veux, à toi.',
    ],
  },
  'cn-their-day': {
    title: 'Vois la journée avec ses yeux',
    summary: 'Imagine la journée de quelqu’un qui semble sous pression.',
    steps: [
      'Pense à quelqu’un qui semblait stressé ces derniers temps, une personne à qui tu peux penser sans danger.',
      'Si personne ne te vient à l’esprit, imagine un inconnu croisé aujourd’hui.',
      'Imagine sa journée depuis le matin. Qu’est-ce qui pourrait lui peser ?',
      'Remarque ce que tu ressens, sans le juger.',
      'Souhaite-lui un peu de calme, avec tes propres mots.',
    ],
    exitLine: 'Reviens à ta propre journée : sens la chaise ou le sol sous toi.',
  },
  'cn-other-side': {
    title: 'Comprends l’autre point de vue',
    summary: 'Regarde un petit désaccord du côté de l’autre personne.',
    steps: [
      'Choisis un désaccord léger et récent, pas un qui fait mal, et jamais avec quelqu’un qui t’a fait du mal.',
      'Si aucun ne te vient, prends-en un dans une série ou un livre.',
      'Écris ce que l’autre personne voulait peut-être, et pourquoi.',
      'Trouve une chose que vous voulez tous les deux.',
      'Remarque si le désaccord te semble un peu plus léger. S’il semble plus lourd, arrête-toi ici.',
    ],
    exitLine: 'Mets cette pensée de côté, et respire lentement une fois avant de continuer.',
  },
  'cn-name-their-feeling': {
    title: 'Nomme ce que l’autre ressent',
    summary: 'Réponds à un message difficile en nommant le sentiment que tu perçois.',
    steps: [
      'Ouvre un message récent où quelqu’un t’a parlé d’un souci ou d’une journée fatigante.',
      'Relis-le. Que pourrait ressentir cette personne : fatigue, tension, déception, solitude ?',
      'Écris une réponse qui le nomme doucement, comme « Ça a l’air épuisant. »',
      'Laisse la place à l’erreur : « C’est bien ça ? » Envoie-la, ou garde-la en brouillon.',
    ],
    soloAlternative:
      'Si personne ne te vient à l’esprit, prends une nouvelle difficile dans une série, et nomme le sentiment derrière.',
    exitLine: 'Ferme le message, et remarque un son près de toi.',
  },
  'cn-quiet-support': {
    title: 'Envoie un soutien discret',
    summary: 'Un mot court pour quelqu’un qui traverse un moment difficile. Pas besoin de réponse.',
    steps: [
      'Une personne que tu connais traverse peut-être une période difficile ou chargée. À qui penses-tu ?',
      'Écris : « Je pense à toi. Pas besoin de répondre. »',
      'Ajoute une ligne qui montre que tu vois ce qu’elle traverse.',
      'Envoie-le, ou garde-le en brouillon pour plus tard.',
    ],
    soloAlternative:
      'Si personne ne te vient à l’esprit, écris-toi les mêmes mots, et lis-les lentement.',
    exitLine: 'Ferme le mot, et regarde par une fenêtre ou vers un mur au loin.',
  },
  'cn-let-someone-help': {
    title: 'Laisse entrer un peu d’aide',
    summary: 'Trouve d’où une aide pourrait venir, et écris ta demande.',
    steps: [
      'Quelle tâche te semble lourde ou grande en ce moment ? Choisis-en une.',
      'Qui ou quoi pourrait la partager, même un peu ? Un collègue, une amie, un forum, un service.',
      'Si personne ne te vient à l’esprit, c’est le cas de beaucoup de gens. Une page d’aide ou un groupe comptent aussi.',
      'Écris ta demande en une ligne. L’envoyer peut attendre.',
    ],
    exitLine: 'Mets ta demande de côté pour l’instant, et souffle lentement.',
  },
  'cn-true-compliment': {
    title: 'Un compliment sincère',
    summary: 'Dis à quelqu’un une chose que tu admires vraiment chez lui ou chez elle.',
    steps: [
      'Qui a fait récemment quelque chose que tu as admiré, même en silence ?',
      'Nomme ce que c’était, et ce que ça montre de cette personne, comme la patience ou l’attention.',
      'Écris-le simplement, en une ou deux lignes.',
      'Envoie-le, ou garde-le en brouillon. Un compliment fait souvent plus plaisir qu’on ne le croit.',
    ],
    soloAlternative:
      'Si personne ne te vient à l’esprit, écris-toi un compliment sincère, comme le ferait un ami.',
    exitLine: 'Range ces mots, et installe-toi au fond de ta chaise un instant.',
  },
  'cn-three-good-things': {
    title: 'Trois bonnes choses, et qui a aidé',
    summary:
      'Trouve trois bonnes choses d’aujourd’hui, et ce ou ceux qui les ont rendues possibles.',
    steps: [
      'Repense à ta journée, ou à celle d’hier si celle-ci vient de commencer.',
      'Trouve trois choses qui se sont bien passées. Les petites comptent, comme une boisson chaude ou un bus à l’heure.',
      'Pour chacune, nomme ce ou qui a aidé : une personne, la chance, ou ton propre effort.',
      'Si aucune personne n’a aidé aujourd’hui, ce n’est pas grave. Remarque ce qui a aidé.',
    ],
    exitLine: 'Garde les trois en tête et, si tu veux, étire tes mains ou tes épaules.',
  },

  // Bienveillance envers soi

  'sc-self-compassion-break': {
    title: 'Une pause de bienveillance envers toi',
    summary:
      'Trois pas pour un moment difficile : le remarquer, penser aux autres, être doux envers toi.',
    steps: [
      'Pense à un petit stress, quelque chose d’un peu difficile, pas le pire.',
      'Remarque-le simplement : « C’est difficile pour moi en ce moment. »',
      'Élargis le regard : « Beaucoup de gens ressentent ça. Je ne suis pas la seule personne. »',
      'Offre-toi de la gentillesse : « Qu’est-ce qui m’aiderait un peu ? » Offre-toi ça, en mots ou par un petit geste.',
    ],
    exitLine: ground,
  },
  'sc-this-is-hard': {
    title: 'Remarque que c’est difficile',
    summary: 'Nomme un moment difficile, doucement, sans chercher à le régler.',
    steps: [
      'Qu’est-ce qui est un peu difficile pour toi aujourd’hui ? Choisis une petite chose, pas la plus dure.',
      'Dis-toi : « C’est difficile en ce moment. »',
      'Remarque où tu le sens dans ton corps, si tu le sens. Tu n’as pas besoin de le régler.',
    ],
    exitLine: ground,
  },
  'sc-name-the-feeling': {
    title: 'Nomme ce que tu ressens',
    summary: 'Trouve le mot juste pour ce que tu ressens, et laisse-le être là.',
    steps: [
      'Fais une pause et demande-toi : « Qu’est-ce que je ressens maintenant ? »',
      'Essaie quelques mots jusqu’à ce qu’un mot convienne : fatigue, tension, lassitude, agitation, calme.',
      'Il peut y en avoir deux à la fois. Nomme les deux.',
      'Dis : « Voilà, c’est là en ce moment », et laisse-le rester trois respirations.',
    ],
    exitLine: 'Lève les yeux, et nomme une chose que tu peux voir ou entendre.',
  },
  'sc-mood-weather': {
    title: 'Ton humeur comme une météo',
    summary: 'Remarque comment ton humeur a changé aujourd’hui, comme le temps qu’il fait.',
    steps: [
      'Si ton humeur était une météo, quel temps ferait-il en ce moment ?',
      'Et ce matin ? Remarque qu’elle a déjà changé au moins une fois.',
      'Laisse la météo d’aujourd’hui être comme elle est. Elle changera encore.',
    ],
    exitLine:
      'Nomme une chose que tu peux voir, entendre ou sentir près de toi, et reviens à ta journée.',
  },
  'sc-read-your-signs': {
    title: 'Écoute ton corps avec douceur',
    summary: 'Remarque où tu portes ta journée, et prends un peu soin de cet endroit.',
    steps: [
      'Laisse ton attention descendre lentement de ton visage à tes épaules et à tes mains.',
      'Remarque un endroit tendu, fatigué ou agité. Remarque-le, simplement.',
      'Demande-lui : « De quoi as-tu besoin ? » Peut-être un étirement, une gorgée d’eau ou une pause.',
      'Donne-lui ça si tu peux, ou un mot gentil si tu ne peux pas.',
    ],
    exitLine: 'Laisse ton attention s’ouvrir à toute la pièce avant de reprendre.',
  },
  'sc-others-too': {
    title: 'D’autres ressentent ça aussi',
    summary: 'Rappelle-toi que beaucoup de gens portent un petit souci comme le tien.',
    steps: [
      'Choisis un petit souci que tu as aujourd’hui, pas le plus gros.',
      'Quelque part, en ce moment, beaucoup de gens portent un souci très proche.',
      'Dis-toi : « Je ne suis pas la seule personne. Ça fait partie de la vie humaine. »',
    ],
    exitLine: 'Souffle lentement, et laisse tes yeux se poser sur quelque chose de loin.',
  },
  'sc-same-moment': {
    title: 'Beaucoup de gens, un même moment',
    summary:
      'Imagine un inconnu qui ressent la même chose que toi, et souhaite du bien à vous deux.',
    steps: [
      'En ce moment, quelqu’un de loin ressent la même fatigue ou le même doute que toi.',
      'Imagine cette personne un instant, à son bureau ou à sa table.',
      'Que lui souhaiterais-tu ? Dis-le avec tes propres mots.',
      'Maintenant, offre-toi ce même souhait.',
    ],
    exitLine: 'Laisse l’image partir, et remarque un son tout près de toi.',
  },
  'sc-small-mistake': {
    title: 'Une petite erreur, avec douceur',
    summary: 'Accueille une petite erreur comme le ferait un bon ami.',
    steps: [
      'Pense à une petite erreur de cette semaine, pas une grosse.',
      'Tout le monde fait des erreurs comme celle-là. Ça fait partie de tout apprentissage.',
      'Demande-toi : « Que dirais-je à un ami qui a fait ça ? »',
      'Dis-toi ces mots, avec le même ton chaleureux.',
    ],
    exitLine: ground,
  },
  'sc-enough-for-today': {
    title: 'Assez pour aujourd’hui',
    summary: 'Laisse une tâche inachevée attendre, avec douceur.',
    steps: [
      'Jette un œil à ta liste. Choisis une tâche qui ne sera pas faite aujourd’hui.',
      'Toutes les listes ont des restes. La tienne aussi, et c’est normal.',
      'Dis-toi : « Ça peut attendre. J’en ai fait assez pour l’instant. »',
      'Remarque un soulagement, ou une inquiétude. Les deux ont leur place.',
    ],
    exitLine: 'Ferme la liste pour l’instant, et étire tes doigts.',
  },
  'sc-kind-word': {
    title: 'Un mot gentil pour toi',
    summary: 'Dis-toi ce que tu as besoin d’entendre en ce moment.',
    steps: [
      'De quoi as-tu besoin d’entendre en ce moment ? Laisse venir les mots.',
      'Dis-les-toi, comme « Tu fais de ton mieux. »',
      'Redis-les une fois, un peu plus lentement, comme à un ami.',
    ],
    exitLine: 'Emporte ces mots avec toi, et lève les yeux de l’écran.',
  },
  'sc-friend-note': {
    title: 'Une lettre d’une personne bienveillante',
    summary: 'Écris-toi avec la voix d’une personne amie, réelle ou imaginée.',
    steps: [
      'Imagine une personne amie, entièrement de ton côté. Si personne ne te vient à l’esprit, invente-la.',
      'Que te dirait-elle sur une petite chose qui est dure pour toi en ce moment ?',
      'Écris trois lignes courtes avec sa voix, pour toi.',
      'Relis-les lentement.',
    ],
    exitLine: 'Garde ces lignes ou efface-les, et respire lentement une fois.',
  },
  'sc-small-kind-act': {
    title: 'Un petit geste gentil pour toi',
    summary: 'Fais maintenant une petite chose dont tu as besoin.',
    steps: [
      'Demande-toi : « Quelle petite chose m’aiderait maintenant ? »',
      'Ça peut être de l’eau, de l’air frais, un en-cas, un étirement, ou fermer un onglet.',
      'Fais-le maintenant, si tu peux, comme un soin et pas comme une corvée.',
    ],
    exitLine: 'Fais une pause le temps d’une respiration, et remarque que tu as pris soin de toi.',
  },
  'sc-soften-the-critic': {
    title: 'Réponds à ta critique intérieure',
    summary: 'Change une pensée dure sur toi en mots plus gentils et plus vrais.',
    steps: [
      'Repère une chose dure que tu t’es dite aujourd’hui, comme « Je traîne toujours. »',
      'Remarque le ton. Parlerais-tu comme ça à un ami ?',
      'Réécris-la comme le dirait un coach juste et chaleureux : « Ça a pris du temps, et j’ai continué. »',
      'Dis les nouveaux mots une fois, lentement.',
    ],
    exitLine: 'Laisse les deux voix se taire, et écoute la pièce un instant.',
  },
  'sc-credit-your-effort': {
    title: 'Reconnais ton effort',
    summary: 'Remercie-toi pour une chose essayée aujourd’hui, quel qu’en soit le résultat.',
    steps: [
      'Aujourd’hui, tu as essayé au moins une chose. Laquelle ? Une petite chose compte.',
      'Nomme l’effort que ça t’a demandé : te lever, commencer, demander, attendre.',
      'Dis : « J’ai essayé, et ça compte », quel que soit le résultat.',
    ],
    exitLine: 'Laisse cette pensée se poser, et respire tranquillement.',
  },
  'sc-kindest-self': {
    title: 'Ta part la plus bienveillante',
    summary: 'Imagine la part de toi la plus bienveillante, et laisse-la te parler.',
    steps: [
      'Imagine-toi un bon jour, avec du calme, de la sagesse et de la chaleur.',
      'Remarque comment cette part de toi se tient, respire et parle.',
      'Laisse-la regarder comment se passe ta journée maintenant.',
      'Que te dit-elle ? Écoute, et garde une phrase.',
    ],
    exitLine: 'Reviens dans la pièce, et laisse les mots gentils partir avec toi.',
  },
  'sc-kind-no': {
    title: 'Dis un non gentil et clair',
    summary: 'Protège un peu de ton temps ou de ton repos avec un non calme.',
    steps: [
      'Y a-t-il une petite chose à laquelle tu pourrais dire non cette semaine, pour protéger ton temps ou ton repos ?',
      'Écris ce non en une phrase calme. Pas besoin d’une longue excuse.',
      'Relis-la. Est-elle gentille pour l’autre, et gentille pour toi ?',
      'Garde-la sous la main, ou envoie-la maintenant si ça te semble juste.',
    ],
    exitLine: 'Mets la phrase de côté et, si ça te fait du bien, roule une fois les épaules.',
  },
  'sc-kind-next-hour': {
    title: 'Prévois une heure douce',
    summary: 'Choisis une façon de te ménager dans l’heure qui vient.',
    steps: [
      'Avant de reprendre, pense à l’heure qui vient. Qu’est-ce qui pourrait être un peu difficile ?',
      'Choisis une chose gentille à faire à ce moment-là, comme une pause, un verre d’eau ou un rythme plus lent.',
      'Dis-la-toi maintenant, en une ligne courte.',
    ],
    exitLine: 'Respire lentement une fois, et reprends à ton rythme.',
  },
  'sc-slow-breath': {
    title: 'Souffle lent, voix douce',
    summary: 'Respire un peu plus lentement, et laisse chaque expiration porter un mot gentil.',
    steps: [
      'Inspire doucement, sur environ quatre temps, si c’est confortable.',
      'Expire un peu plus longtemps, sur environ six temps.',
      'À chaque expiration, dis-toi un mot gentil, comme « doucement » ou « tranquille ».',
      'Beaucoup de gens trouvent ça apaisant. Reste aussi longtemps que tu veux.',
    ],
    exitLine: 'Laisse ta respiration retrouver son rythme, et sens la chaise ou le sol sous toi.',
  },
  'sc-hand-on-heart': {
    title: 'Une main sur le cœur',
    summary: 'Une main chaude et des mots gentils, les tiens.',
    steps: [
      'Si tu veux, pose une main sur ta poitrine, ou là où c’est apaisant.',
      'Sens sa chaleur, et ta respiration qui bouge dessous.',
      'Dis-toi quelque chose de gentil, avec tes mots, comme « Je suis de ton côté. »',
      'Reste ainsi quelques respirations.',
    ],
    noTouchAlternative: 'Pose tes mains sur le bureau ou sur tes genoux, et remarque leur chaleur.',
    exitLine: 'Baisse la main quand tu veux, et regarde autour de toi.',
  },
  'sc-hold-your-hands': {
    title: 'Tiens tes propres mains',
    summary: 'Laisse une main tenir l’autre, comme tu tiendrais celle d’un ami.',
    steps: [
      'Si tu veux, laisse une main tenir l’autre, comme tu tiendrais la main d’une personne chère.',
      'Remarque la chaleur et la légère pression.',
      'Laisse ce geste dire ce que dirait un ami : « Je suis là avec toi. »',
    ],
    noTouchAlternative:
      'Pose tes mains sur quelque chose de doux ou de stable, comme une manche ou le bureau.',
    exitLine: 'Lâche doucement, et remarque l’air sur tes mains.',
  },
  'sc-gentle-hug': {
    title: 'Serre-toi dans tes bras, doucement',
    summary: 'Tiens-toi un instant, comme le ferait un bon ami.',
    steps: [
      'Si tu veux, croise les bras et pose tes mains sur le haut de tes bras.',
      'Serre doucement, aussi fort ou aussi léger que ça te fait du bien.',
      'Expire lentement et laisse tes épaules descendre.',
      'Reste ainsi tant que c’est agréable.',
    ],
    noTouchAlternative:
      'Enveloppe-toi dans une veste ou une écharpe, ou laisse simplement tes épaules descendre en expirant.',
    exitLine: 'Ouvre les bras lentement, et regarde une chose dans la pièce.',
  },
  'sc-someone-was-kind': {
    title: 'Quelqu’un qui a été gentil avec toi',
    summary: 'Accueille encore une fois une gentillesse passée.',
    steps: [
      'Rappelle-toi une fois où quelqu’un a été gentil avec toi. Un inconnu compte aussi.',
      'Si personne ne te vient à l’esprit, ou si c’est douloureux, arrête-toi ici. Ce n’est pas grave.',
      'Rappelle-toi ses mots, ou ce que cette personne a fait.',
      'Laisse cette gentillesse t’atteindre à nouveau, maintenant. Tu la méritais alors, et maintenant aussi.',
    ],
    exitLine: 'Reviens doucement : nomme trois choses que tu entends.',
  },
};

export default exercises;
