import type { ExerciseText } from '../../types';

/**
 * Jede Übung auf Deutsch, per Du, nach id. Jede deutsche Übung trägt dieselben
 * Sicherheitszeilen wie die englische (allein, ohne Berührung, ein Weg hinaus); ein Test
 * prüft, dass keine fehlt. Eigene Worte, keine liturgischen Wünsche („Möge …“).
 */

const ground =
  'Wenn du so weit bist: Spüre den Stuhl oder den Boden unter dir und atme einmal langsam durch.';

const exercises: Record<string, ExerciseText> = {
  // Verbundenheit

  'cn-warm-moment': {
    title: 'Ein warmer Moment',
    summary: 'Hol dir einen kleinen Moment der Nähe zurück.',
    steps: [
      'Erinnere dich an einen Moment, in dem du jemandem nah warst. Er darf klein sein, etwa ein gemeinsames Lachen.',
      'Fällt dir niemand ein, oder tut es heute weh, zählt auch ein freundlicher fremder Mensch. Oder hör hier auf.',
      'Ruf dir in Erinnerung, wo du warst und was du gehört oder gespürt hast.',
      'Bleib ein paar Atemzüge lang bei dieser Wärme.',
      'Wenn du magst und es möglich ist, erzähl der Person später, woran du dich erinnerst.',
    ],
    exitLine: 'Lass die Erinnerung ruhen und nimm den Raum um dich herum wahr.',
  },
  'cn-thank-you-note': {
    title: 'Ein Dank, den du nie geschickt hast',
    summary: 'Schreib ein paar Dankeszeilen. Ein Entwurf reicht.',
    steps: [
      'Wer hat dir einmal geholfen, vor langer Zeit oder diese Woche? Fällt dir niemand ein, zählt auch die kleine Freundlichkeit eines fremden Menschen.',
      'Erinnere dich, was die Person getan hat und was es für dich verändert hat.',
      'Schreib zwei oder drei Dankeszeilen, in deinen eigenen Worten.',
      'Behalte sie als Entwurf oder schick sie später, wenn es sich richtig anfühlt. Keine Antwort nötig.',
    ],
    soloAlternative: 'Schreib die Zeilen nur für dich und lies sie langsam noch einmal.',
    exitLine: 'Leg die Zeilen für jetzt beiseite und atme einmal lange aus.',
  },
  'cn-shared-win': {
    title: 'Etwas, das ihr zusammen geschafft habt',
    summary: 'Denk an eine Aufgabe, die gut lief, weil Menschen sie gemeinsam angepackt haben.',
    steps: [
      'Such dir etwas aus, das du mit anderen gemacht hast und das gut lief. Etwas Kleines genügt, etwa gemeinsam kochen.',
      'Fällt dir niemand ein, denk an Fremde, die einander geholfen haben, etwa beim Aufhalten einer Tür.',
      'Stell dir den Teil jeder Person vor, und deinen eigenen.',
      'Achte darauf, was geholfen hat: das gemeinsame Ziel, eine Hand zur rechten Zeit, ein Lachen.',
    ],
    exitLine: 'Lass das Bild verblassen und schau dir einen Gegenstand im Raum an.',
  },
  'cn-listen-fully': {
    title: 'Mit ganzer Aufmerksamkeit zuhören',
    summary: 'Schenk einem Menschen ein paar Minuten lang deine volle Aufmerksamkeit.',
    steps: [
      'Ist jemand in deiner Nähe, oder hat jemand kurz Zeit für einen Anruf? Frag, wie der Tag so läuft.',
      'Leg den Bildschirm beiseite und lass die Person ausreden, bevor du antwortest.',
      'Hör darauf, was ihr wichtig ist, nicht darauf, was du gleich sagen willst.',
      'Stell eine Frage zu dem, was sie gesagt hat.',
    ],
    soloAlternative:
      'Hör dir eine kurze Sprachnachricht oder einen Vortrag von jemandem an, den du magst, und mach nichts anderes dabei.',
  },
  'cn-read-slowly': {
    title: 'Eine Nachricht langsam lesen',
    summary: 'Lies eine freundliche Nachricht noch einmal, als würde die Person sie dir sagen.',
    steps: [
      'Öffne eine freundliche Nachricht von jemandem, den du magst. Fällt dir keine ein, geht auch ein netter Gruß von Fremden.',
      'Lies sie langsam, als würde die Person sie dir gerade sagen.',
      'Achte auf die Worte, die sie gewählt hat. Was hat sie beim Schreiben wohl gefühlt?',
      'Wenn du magst, schreib eine warme Zeile zurück. Schick sie jetzt, später oder nie.',
    ],
    exitLine: 'Schließ die Nachricht und lass die Augen einen Moment ruhen.',
  },
  'cn-read-a-face': {
    title: 'Gesicht oder Stimme freundlich deuten',
    summary: 'Was hat dir heute jemand ohne Worte gezeigt?',
    steps: [
      'Wen hast du heute gesehen oder gehört, vor Ort oder am Bildschirm? Fällt dir niemand ein, nimm jemanden aus einer Serie.',
      'Was haben Gesicht, Hände oder Stimme gesagt, über die Worte hinaus?',
      'Rate wohlwollend, wie es der Person ging. Zeichen bedeuten nicht für alle dasselbe, also bleib bei einer vorsichtigen Vermutung.',
    ],
    exitLine: 'Lass die Vermutung los und lass dein eigenes Gesicht weich werden.',
  },
  'cn-photo-smile': {
    title: 'Wer ist auf dem Bild?',
    summary: 'Lies die Gesichter auf einem Foto von Menschen, die du gern hast.',
    steps: [
      'Wenn du magst, öffne ein Foto mit Menschen, die du gern hast, oder erinnere dich an eine Szene. Du brauchst nicht darauf zu sein.',
      'Weckt ein Gesicht Trauer, oder fällt dir niemand ein, tut es ein Foto von Fremden genauso.',
      'Wähle eine Person. Was sagen ihr Gesicht, ihre Hände oder ihre Haltung darüber, wie es ihr ging?',
      'Achte auf ein kleines Zeichen von Wärme, etwa einen geneigten Kopf.',
    ],
    exitLine: 'Schließ das Foto und schau auf etwas Schlichtes, etwa eine Wand oder den Himmel.',
  },
  'cn-honest-check-in': {
    title: 'Sag jemandem, wie es dir wirklich geht',
    summary: 'Eine ehrliche Zeile über deinen Tag, für einen vertrauten Menschen.',
    steps: [
      'Wähle jemanden, bei dem du dich sicher fühlst. Fällt dir niemand ein, geht es vielen so: Schreib es nur für dich.',
      'Schreib eine ehrliche Zeile, wie es dir geht, nicht nur „gut“.',
      'Füg hinzu, was dir heute geholfen hat, so klein es auch war.',
      'Speichere sie als Entwurf oder schick sie, wenn es passt. Keine Antwort nötig.',
    ],
    soloAlternative: 'Schreib dieselben Zeilen als Notiz an dich und lies sie noch einmal.',
    exitLine: 'Schließ die Notiz und atme etwas länger aus als ein.',
  },
  'cn-open-question': {
    title: 'Eine offene Frage stellen',
    summary: 'Stell eine Frage, die eine echte Antwort einlädt, und nimm die ganze Antwort auf.',
    steps: [
      'Wen könntest du jetzt erreichen, in deiner Nähe oder per Nachricht?',
      'Stell eine offene Frage, etwa: „Was war das Schönste an deiner Woche?“',
      'Hör oder lies die ganze Antwort, bevor du reagierst.',
      'Antworte auf das, was die Person gesagt hat, mit einer weiteren Frage oder einem Dank.',
    ],
    soloAlternative:
      'Stell dir selbst dieselbe Frage und schreib deine Antwort in zwei Zeilen auf.',
  },
  'cn-plain-need': {
    title: 'Ein Bedürfnis klar sagen',
    summary: 'Fasse ein kleines Bedürfnis in einen klaren, freundlichen Satz.',
    steps: [
      'Nenne eine kleine Sache, die du brauchst, etwa eine ruhige Stunde oder eine klare Antwort.',
      'Schreib sie in einem schlichten, freundlichen Satz, der mit „Ich brauche“ oder „Könntest du“ beginnt.',
      'Lies ihn noch einmal. Ist er klar und fair für euch beide?',
      'Heb ihn auf, bis der Moment passt. Ihn aufzuschreiben reicht für jetzt.',
    ],
  },
  'cn-good-news': {
    title: 'Gute Nachricht, geteilte Freude',
    summary: 'Antworte auf die gute Nachricht eines Menschen mit echtem Interesse.',
    steps: [
      'Welche gute Nachricht hat dir jemand in letzter Zeit erzählt, groß oder klein?',
      'Schreib der Person eine Antwort, die zeigt, dass du dich freust, in deinen eigenen Worten.',
      'Stell eine Frage, bei der sie mehr erzählen kann, etwa: „Wie war das für dich?“',
      'Schick sie jetzt ab oder behalte sie als Entwurf.',
    ],
    soloAlternative:
      'Fällt dir niemand ein, schreib eine gute Nachricht von dir selbst auf und stell dir dieselbe Frage.',
    exitLine: 'Leg die Nachricht beiseite und genieß die gute Neuigkeit noch einen Atemzug lang.',
  },
  'cn-friendly-hello': {
    title: 'Ein kleines, freundliches Hallo',
    summary: 'Ein freundliches Wort mit jemandem, den du nur ein wenig kennst.',
    steps: [
      'Denk an jemanden, den du oft siehst, aber kaum kennst: eine Nachbarin, einen Kassierer, jemanden aus einem anderen Team.',
      'Sag jetzt eine freundliche Zeile, persönlich oder im Chat, etwa: „Wie läuft deine Woche?“',
      'Hör dir die Antwort an und sag noch ein warmes Wort zum Abschied.',
      'Solche kleinen Gespräche heben die Stimmung oft mehr, als man erwartet.',
    ],
    soloAlternative:
      'Ist niemand da, erinnere dich an ein freundliches Gespräch von neulich und was es dir gegeben hat.',
    exitLine: 'Geh langsam zurück und nimm das warme Wort mit.',
  },
  'cn-thank-a-teammate': {
    title: 'Jemandes Beitrag würdigen',
    summary: 'Benenne, was eine Person zu einer gemeinsamen Aufgabe beigetragen hat.',
    steps: [
      'Nimm eine Aufgabe, die du mit anderen teilst, bei der Arbeit, zu Hause oder anderswo.',
      'Nenne eine Sache, die eine Person getan hat und die die Aufgabe vorangebracht hat.',
      'Sag ihr in einer Zeile, was ihr Beitrag möglich gemacht hat. Jetzt, oder behalte es als Entwurf.',
    ],
    soloAlternative:
      'Fällt dir niemand ein, schreib auf, wann die Arbeit anderer deinen Tag leichter gemacht hat.',
    exitLine: 'Lass die Aufgabe für jetzt los und schau vom Bildschirm auf.',
  },
  'cn-small-hand': {
    title: 'Ein wenig Hilfe anbieten',
    summary: 'Biete jemandem in deiner Nähe eine kleine, echte Hilfe an.',
    steps: [
      'Schau dich um, oder schau in deine Nachrichten. Wer wirkt heute beschäftigt oder kommt gerade nicht weiter?',
      'Wähle eine kleine Sache, die du jetzt tun könntest, etwa etwas holen oder einen Link teilen.',
      'Biete sie einfach an, und nimm ein „Nein“ freundlich hin.',
    ],
    soloAlternative:
      'Ist niemand da, tu etwas Kleines für einen Raum, den ihr teilt, etwa ein Regal aufräumen.',
  },
  'cn-common-ground': {
    title: 'Etwas, das uns verbindet',
    summary: 'Denk an eine Gruppe, zu der du gehörst, und an ein gemeinsames Ziel.',
    steps: [
      'Nenne eine Gruppe, zu der du dich zählst: ein Team, eine Klasse, ein Verein, eine Straße, ein Chat.',
      'Fällt dir keine ein: Auch Menschen mit demselben Bus, Beruf oder Hobby zählen.',
      'Was wollt ihr gemeinsam? Ein Projekt abschließen, einen Ort schön halten, gut durch die Woche kommen?',
      'Stell dir vor, was jede Person beiträgt, und was du beiträgst.',
      'Wenn du magst, schick der Gruppe eine Zeile über euer gemeinsames Ziel.',
    ],
    exitLine: 'Lass die Gruppe los und spüre den Stuhl unter dir.',
  },
  'cn-people-nearby': {
    title: 'Ein stiller Wunsch für alle um dich',
    summary: 'Schick den Menschen um dich herum einen stillen, freundlichen Wunsch.',
    steps: [
      'Achte auf die Menschen in deiner Nähe: Stimmen, Schritte oder die Wohnungen und Büros um dich herum.',
      'Jeder von ihnen hat heute Sorgen und Hoffnungen, ganz ähnlich wie du.',
      'Such dir jemanden aus und wünsch ihm in Gedanken Gutes, in schlichten Worten: „Ich hoffe, dein Tag wird leichter.“',
      'Weite den Wunsch auf alle um dich herum aus und, wenn du magst, auch auf dich.',
    ],
  },
  'cn-their-day': {
    title: 'Ein Tag aus anderer Sicht',
    summary: 'Stell dir den Tag eines Menschen vor, der gerade unter Druck steht.',
    steps: [
      'Stell dir jemanden vor, der in letzter Zeit gestresst wirkte und an den du ohne Sorge denken kannst.',
      'Fällt dir niemand ein, nimm einen fremden Menschen, an dem du heute vorbeigegangen bist.',
      'Geh den Tag dieser Person vom Morgen an durch. Was könnte sie belasten?',
      'Achte auf jedes Gefühl, das in dir auftaucht, ohne es zu bewerten.',
      'Wünsch ihr etwas Leichtigkeit, in deinen eigenen Worten.',
    ],
    exitLine: 'Komm zurück in deinen eigenen Tag: Spüre den Stuhl oder den Boden unter dir.',
  },
  'cn-other-side': {
    title: 'Die andere Seite verstehen',
    summary: 'Schau dir eine kleine Meinungsverschiedenheit von der anderen Seite an.',
    steps: [
      'Nimm eine leichte Meinungsverschiedenheit aus letzter Zeit, keine schmerzhafte und keine mit jemandem, der dich verletzt hat.',
      'Fällt dir keine ein, nimm eine aus einer Serie oder einem Buch.',
      'Schreib auf, was die andere Person wohl wollte, und warum.',
      'Finde eine Sache, die ihr beide wollt.',
      'Spür nach, ob sich die Sache etwas leichter anfühlt. Wird sie schwerer, hör hier auf.',
    ],
    exitLine: 'Leg den Gedanken beiseite und atme einmal langsam, bevor du weitermachst.',
  },
  'cn-name-their-feeling': {
    title: 'Benennen, was jemand fühlt',
    summary: 'Antworte auf eine schwere Nachricht, indem du das Gefühl benennst.',
    steps: [
      'Öffne eine Nachricht, in der dir jemand von einer Sorge oder einem harten Tag erzählt.',
      'Lies sie noch einmal. Was fühlt die Person vielleicht: müde, angespannt, enttäuscht, allein?',
      'Schreib eine Antwort, die es behutsam benennt, etwa: „Das klingt anstrengend.“',
      'Lass Raum für einen Irrtum: „Fühlt es sich so an?“ Schick sie ab oder behalte sie als Entwurf.',
    ],
    soloAlternative:
      'Fällt dir niemand ein, nimm eine schwere Nachricht aus einer Serie und benenne das Gefühl dahinter.',
    exitLine: 'Schließ die Nachricht und achte auf ein Geräusch in deiner Nähe.',
  },
  'cn-quiet-support': {
    title: 'Stille Unterstützung senden',
    summary: 'Eine kurze Nachricht für jemanden, der es gerade schwer hat. Keine Antwort nötig.',
    steps: [
      'Vielleicht hat jemand, den du kennst, gerade eine schwere oder volle Zeit. Wer fällt dir ein?',
      'Schreib: „Ich denke an dich. Du brauchst nicht zu antworten.“',
      'Füg eine Zeile hinzu, die zeigt, dass du siehst, was die Person gerade trägt.',
      'Schick sie ab oder behalte sie als Entwurf für später.',
    ],
    soloAlternative:
      'Fällt dir niemand ein, schreib dieselben Worte an dich selbst und lies sie langsam.',
    exitLine: 'Schließ die Nachricht und schau aus dem Fenster oder auf eine entfernte Wand.',
  },
  'cn-let-someone-help': {
    title: 'Hilfe zulassen',
    summary: 'Finde eine Stelle, von der Hilfe kommen könnte, und schreib deine Bitte auf.',
    steps: [
      'Welche Aufgabe fühlt sich gerade schwer oder groß an? Nimm eine.',
      'Wer oder was könnte sie mit dir teilen, wenn auch nur ein wenig? Kollegen, Freunde, ein Forum, eine Beratungsstelle.',
      'Fällt dir niemand ein, geht das vielen so. Eine Hilfeseite oder eine Gruppe zählt auch.',
      'Schreib deine Bitte in eine Zeile. Abschicken kann warten.',
    ],
    exitLine: 'Leg die Bitte für jetzt beiseite und atme langsam aus.',
  },
  'cn-true-compliment': {
    title: 'Ein ehrliches Kompliment',
    summary: 'Sag jemandem, was du ehrlich an der Person bewunderst.',
    steps: [
      'Wer hat in letzter Zeit etwas getan, das du bewundert hast, auch im Stillen?',
      'Benenne, was es war und was es über die Person zeigt, etwa Geduld oder Sorgfalt.',
      'Schreib es schlicht in ein, zwei Zeilen.',
      'Schick es ab oder behalte es als Entwurf. Komplimente freuen Menschen oft mehr, als wir denken.',
    ],
    soloAlternative:
      'Fällt dir niemand ein, schreib dir selbst ein ehrliches Kompliment, so wie es jemand täte, der dich mag.',
    exitLine: 'Leg die Worte beiseite und lehn dich einen Moment zurück.',
  },
  'cn-three-good-things': {
    title: 'Drei gute Dinge, und wer geholfen hat',
    summary: 'Finde drei gute Dinge von heute, und was oder wer sie möglich gemacht hat.',
    steps: [
      'Blick auf den heutigen Tag zurück, oder auf gestern, wenn der Tag gerade erst begonnen hat.',
      'Finde drei Dinge, die gut liefen. Winziges zählt, etwa ein warmes Getränk oder ein pünktlicher Bus.',
      'Nenne zu jedem, was oder wer geholfen hat: ein Mensch, Glück oder deine eigene Mühe.',
      'Hat dir heute niemand geholfen, ist das in Ordnung. Achte darauf, was geholfen hat.',
    ],
    exitLine: 'Behalte die drei im Kopf und streck Hände oder Schultern, wenn du magst.',
  },

  // Selbstmitgefühl

  'sc-self-compassion-break': {
    title: 'Eine Pause für Selbstmitgefühl',
    summary:
      'Drei kleine Schritte für einen schweren Moment: bemerken, nicht allein sein, freundlich sein.',
    steps: [
      'Hol dir eine kleine Belastung ins Bewusstsein, etwas leicht Schweres, nicht das Schlimmste.',
      'Benenne es schlicht: „Das ist gerade schwer für mich.“',
      'Weite den Blick: „Vielen geht es so. Ich bin nicht allein.“',
      'Sei freundlich: „Was würde ein wenig helfen?“ Schenk dir das, in Worten oder mit einer kleinen Geste.',
    ],
    exitLine: ground,
  },
  'sc-this-is-hard': {
    title: 'Merken, dass es schwer ist',
    summary: 'Benenne einen schweren Moment, sanft und ohne etwas lösen zu wollen.',
    steps: [
      'Was ist heute ein wenig schwer für dich? Nimm etwas Kleines, nicht das Schwerste.',
      'Sag dir: „Das ist gerade schwer.“',
      'Spüre, wo du es merkst, falls überhaupt. Du brauchst nichts zu lösen.',
    ],
    exitLine: ground,
  },
  'sc-name-the-feeling': {
    title: 'Das Gefühl benennen',
    summary: 'Finde das passende Wort für das, was du fühlst, und lass es da sein.',
    steps: [
      'Halte inne und frag dich: „Was fühle ich gerade?“',
      'Probier ein paar Wörter, bis eines passt: müde, angespannt, leer, unruhig, gelassen.',
      'Vielleicht sind es zwei zugleich. Nenne beide.',
      'Sag dir: „Das ist jetzt gerade da“, und lass es drei Atemzüge lang bleiben.',
    ],
    exitLine: 'Schau auf und nenne eine Sache, die du sehen oder hören kannst.',
  },
  'sc-mood-weather': {
    title: 'Deine Stimmung als Wetter',
    summary: 'Bemerke, wie sich deine Stimmung heute schon verändert hat, so wie das Wetter.',
    steps: [
      'Wäre deine Stimmung gerade ein Wetter, welches wäre es?',
      'Und heute Morgen? Bemerke, wie sie sich schon mindestens einmal verändert hat.',
      'Lass das heutige Wetter so sein, wie es ist. Es ändert sich wieder.',
    ],
    exitLine:
      'Nenne eine Sache, die du in deiner Nähe sehen, hören oder spüren kannst, und kehr in deinen Tag zurück.',
  },
  'sc-read-your-signs': {
    title: 'Freundlich in den Körper hineinspüren',
    summary: 'Bemerke, wo du den Tag in dir trägst, und schenk dieser Stelle etwas Fürsorge.',
    steps: [
      'Lass deine Aufmerksamkeit langsam vom Gesicht zu den Schultern und Händen wandern.',
      'Bemerke jede Stelle, die sich eng, müde oder unruhig anfühlt. Nimm sie einfach wahr.',
      'Frag sie: „Was brauchst du?“ Vielleicht Dehnen, einen Schluck Wasser oder eine Pause.',
      'Gib ihr das, wenn du kannst, oder ein freundliches Wort, wenn nicht.',
    ],
    exitLine: 'Weite deine Aufmerksamkeit auf den ganzen Raum, bevor du weitermachst.',
  },
  'sc-others-too': {
    title: 'Andere fühlen das auch',
    summary: 'Erinnere dich, dass viele Menschen eine kleine Sorge wie deine tragen.',
    steps: [
      'Such dir eine kleine Sorge von heute aus, nicht die größte.',
      'Irgendwo tragen gerade viele Menschen eine ganz ähnliche Sorge.',
      'Sag dir: „Ich bin nicht der einzige Mensch damit. Das gehört zum Menschsein.“',
    ],
    exitLine: 'Atme langsam aus und lass den Blick auf etwas weit Entferntem ruhen.',
  },
  'sc-same-moment': {
    title: 'Viele Menschen, ein Moment',
    summary:
      'Stell dir einen fremden Menschen vor, der fühlt wie du, und wünsch euch beiden Gutes.',
    steps: [
      'Gerade jetzt ist jemand weit weg genauso müde oder unsicher wie du.',
      'Stell dir diesen Menschen kurz vor, an seinem eigenen Tisch.',
      'Was würdest du ihm wünschen? Sag es in deinen eigenen Worten.',
      'Schenk nun denselben Wunsch dir selbst.',
    ],
    exitLine: 'Lass das Bild los und achte auf ein Geräusch ganz in deiner Nähe.',
  },
  'sc-small-mistake': {
    title: 'Ein kleiner Fehler, freundlich gesehen',
    summary: 'Begegne einem kleinen Fehler so, wie es ein lieber Mensch täte.',
    steps: [
      'Denk an einen kleinen Fehler aus dieser Woche, keinen großen.',
      'Alle machen solche Fehler. Das gehört zum Lernen dazu.',
      'Frag dich: „Was würde ich einem lieben Menschen sagen, dem das passiert ist?“',
      'Sag diese Worte zu dir selbst, im selben warmen Ton.',
    ],
    exitLine: ground,
  },
  'sc-enough-for-today': {
    title: 'Genug für heute',
    summary: 'Lass eine unerledigte Aufgabe freundlich warten.',
    steps: [
      'Wirf einen Blick auf deine Liste. Nimm eine Aufgabe, die heute nicht fertig wird.',
      'Auf jeder Liste bleibt etwas übrig. Auf deiner auch, und das ist normal.',
      'Sag dir: „Das kann warten. Für jetzt habe ich genug getan.“',
      'Bemerke Erleichterung oder Sorge. Beides darf da sein.',
    ],
    exitLine: 'Schließ die Liste für jetzt und streck deine Finger.',
  },
  'sc-kind-word': {
    title: 'Ein freundliches Wort für dich',
    summary: 'Sag dir, was du gerade hören möchtest.',
    steps: [
      'Was möchtest du gerade hören? Lass die Worte kommen.',
      'Sag sie dir selbst, etwa: „Du gibst dein Bestes.“',
      'Sag sie noch einmal, etwas langsamer, wie zu einem lieben Menschen.',
    ],
    exitLine: 'Nimm die Worte mit und schau vom Bildschirm auf.',
  },
  'sc-friend-note': {
    title: 'Ein Brief von jemandem, der dich mag',
    summary: 'Schreib dir mit der Stimme eines Menschen, der zu dir hält, echt oder erfunden.',
    steps: [
      'Stell dir einen Menschen vor, der ganz auf deiner Seite ist. Fällt dir niemand ein, erfinde einen.',
      'Was würde er über etwas Kleines sagen, das dir gerade schwerfällt?',
      'Schreib drei kurze Zeilen mit seiner Stimme, an dich.',
      'Lies sie langsam noch einmal.',
    ],
    exitLine: 'Behalte die Zeilen oder lösch sie, und atme einmal langsam.',
  },
  'sc-small-kind-act': {
    title: 'Eine kleine Freundlichkeit für dich',
    summary: 'Tu jetzt eine kleine Sache, die du brauchst.',
    steps: [
      'Frag dich: „Welche Kleinigkeit würde mir gerade guttun?“',
      'Vielleicht Wasser, frische Luft, ein Snack, Dehnen oder ein Tab, den du schließt.',
      'Tu es jetzt, wenn du kannst, als Fürsorge und nicht als Pflicht.',
    ],
    exitLine: 'Halte einen Atemzug lang inne und bemerke, dass du für dich gesorgt hast.',
  },
  'sc-soften-the-critic': {
    title: 'Dem inneren Kritiker antworten',
    summary: 'Mach aus einem harten Gedanken über dich freundlichere, wahrere Worte.',
    steps: [
      'Fang einen harten Satz ein, den du heute zu dir gesagt hast, etwa: „Ich bin so langsam.“',
      'Achte auf den Ton. Würdest du so mit einem lieben Menschen sprechen?',
      'Schreib ihn neu, so wie ein fairer, warmer Coach: „Das hat gedauert, und ich bin drangeblieben.“',
      'Sag die neuen Worte einmal, langsam.',
    ],
    exitLine: 'Lass beide Stimmen still werden und lausche einen Moment in den Raum.',
  },
  'sc-credit-your-effort': {
    title: 'Deine Mühe anerkennen',
    summary: 'Dank dir selbst für etwas, das du heute versucht hast, egal, was daraus wurde.',
    steps: [
      'Heute hast du mindestens eine Sache versucht. Welche? Etwas Kleines zählt.',
      'Benenne die Mühe, die es gekostet hat: aufstehen, anfangen, fragen, warten.',
      'Sag dir: „Ich habe es versucht, und das zählt“, egal, wie es ausging.',
    ],
    exitLine: 'Lass den Gedanken sacken und atme entspannt durch.',
  },
  'sc-kindest-self': {
    title: 'Dein freundlichstes Ich',
    summary:
      'Stell dir dich von deiner freundlichsten Seite vor und lass dieses Ich zu dir sprechen.',
    steps: [
      'Ruf dir dein Ich an einem guten Tag vor Augen: ruhig, klug und warm.',
      'Achte darauf, wie dieses Ich sitzt, atmet und spricht.',
      'Lass es darauf schauen, wie dein Tag gerade läuft.',
      'Was sagt es dir? Hör zu und behalte einen Satz.',
    ],
    exitLine: 'Komm zurück in den Raum und nimm die freundlichen Worte mit.',
  },
  'sc-kind-no': {
    title: 'Ein freundliches, klares Nein',
    summary: 'Schütze ein wenig Zeit oder Ruhe mit einem ruhigen Nein.',
    steps: [
      'Gibt es eine Kleinigkeit, zu der du diese Woche Nein sagen könntest, um deine Zeit oder Ruhe zu schützen?',
      'Schreib das Nein in einem ruhigen Satz. Eine lange Ausrede ist nicht nötig.',
      'Lies es noch einmal. Ist es freundlich zur anderen Person und freundlich zu dir?',
      'Halte es bereit, oder schick es jetzt, wenn es sich richtig anfühlt.',
    ],
    exitLine: 'Leg den Satz beiseite und roll einmal die Schultern, wenn dir das guttut.',
  },
  'sc-kind-next-hour': {
    title: 'Eine freundliche nächste Stunde',
    summary: 'Wähle eine Art, in der nächsten Stunde sanft mit dir umzugehen.',
    steps: [
      'Bevor du weitermachst: Was könnte in der nächsten Stunde ein wenig schwer werden?',
      'Wähle eine freundliche Sache für dann, etwa eine Pause, ein Glas Wasser oder ein langsameres Tempo.',
      'Sag sie dir jetzt, in einer kurzen Zeile.',
    ],
    exitLine: 'Atme einmal langsam und geh in deinem eigenen Tempo zurück.',
  },
  'sc-slow-breath': {
    title: 'Langsamer Atem, freundliche Stimme',
    summary: 'Atme etwas langsamer und gib jedem Ausatmen ein freundliches Wort mit.',
    steps: [
      'Atme sanft ein, etwa vier Zählzeiten lang, wenn das angenehm ist.',
      'Atme etwas länger aus, etwa sechs Zählzeiten.',
      'Sag dir bei jedem Ausatmen ein freundliches Wort, etwa „sanft“ oder „ruhig“.',
      'Viele Menschen finden das beruhigend. Bleib, solange du magst.',
    ],
    exitLine:
      'Lass deinen Atem wieder seinen eigenen Takt finden und spüre den Stuhl oder den Boden unter dir.',
  },
  'sc-hand-on-heart': {
    title: 'Eine Hand auf dem Herzen',
    summary: 'Eine warme Hand und freundliche Worte, ganz deine eigenen.',
    steps: [
      'Wenn du magst, leg eine Hand auf deine Brust, oder dorthin, wo es dir guttut.',
      'Spüre ihre Wärme und deinen Atem darunter.',
      'Sag dir etwas Freundliches in deinen eigenen Worten, etwa: „Ich bin auf deiner Seite.“',
      'Bleib ein paar Atemzüge so.',
    ],
    noTouchAlternative: 'Leg deine Hände auf den Tisch oder in den Schoß und spüre ihre Wärme.',
    exitLine: 'Nimm die Hand weg, wann du magst, und schau dich im Raum um.',
  },
  'sc-hold-your-hands': {
    title: 'Die eigenen Hände halten',
    summary: 'Lass eine Hand die andere halten, so wie du die Hand eines lieben Menschen hältst.',
    steps: [
      'Wenn du magst, lass eine Hand die andere halten, so wie du die Hand eines lieben Menschen halten würdest.',
      'Spüre die Wärme und den leichten Druck.',
      'Lass den Griff sagen, was ein lieber Mensch sagen würde: „Damit bist du nicht allein.“',
    ],
    noTouchAlternative:
      'Leg deine Hände auf etwas Weiches oder Festes, etwa einen Ärmel oder den Tisch.',
    exitLine: 'Lass langsam los und spüre die Luft an deinen Händen.',
  },
  'sc-gentle-hug': {
    title: 'Nimm dich selbst in den Arm',
    summary: 'Halte dich einen Moment lang selbst, so wie es ein lieber Mensch tun würde.',
    steps: [
      'Wenn du magst, verschränke die Arme und leg die Hände auf deine Oberarme.',
      'Drück sanft zu, so fest oder leicht, wie es sich gut anfühlt.',
      'Atme langsam aus und lass die Schultern sinken.',
      'Bleib so, solange es sich freundlich anfühlt.',
    ],
    noTouchAlternative:
      'Leg dir eine Jacke oder einen Schal um, oder lass einfach beim Ausatmen die Schultern sinken.',
    exitLine: 'Öffne langsam die Arme und schau dir einen Gegenstand im Raum an.',
  },
  'sc-someone-was-kind': {
    title: 'Jemand, der freundlich zu dir war',
    summary: 'Nimm eine alte Freundlichkeit noch einmal in dich auf.',
    steps: [
      'Erinnere dich an einen Moment, in dem jemand freundlich zu dir war. Auch Fremde zählen.',
      'Fällt dir niemand ein, oder tut die Erinnerung weh, hör hier auf. Das ist in Ordnung.',
      'Ruf dir die Worte in Erinnerung, oder was die Person getan hat.',
      'Lass diese Freundlichkeit jetzt noch einmal bei dir ankommen. Du warst es damals wert, und du bist es heute.',
    ],
    exitLine: 'Komm langsam zurück: Nenne drei Dinge, die du hören kannst.',
  },
};

export default exercises;
