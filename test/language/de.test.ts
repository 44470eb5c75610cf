import {describe, expect, it} from 'vitest'
import {clean} from '../../src/index.js'
import {languageSuite} from './helper.js'

languageSuite({
  code: 'de',
  removes: {
    'click-prompt': ['Klicken Sie auf das Bild, um es zu vergrößern', 'Zum Vergrößern auf das Bild klicken'],
    'social-promo': [
      'Folgen Sie uns auf Instagram!',
      'Folge uns auf TikTok und YouTube',
      'Hat Ihnen der Artikel gefallen? Folgen Sie uns auf Facebook.',
      'Abonnieren Sie unseren WhatsApp-Kanal',
      'Jetzt unseren Telegram-Kanal abonnieren',
      'Die wichtigsten Nachrichten per WhatsApp: Jetzt kostenlos abonnieren',
      'Folgen Sie dem SPIEGEL auf Google News'
    ],
    'cookie-banner': [
      'Alle akzeptieren',
      'Nur notwendige Cookies',
      'Cookie-Einstellungen',
      'Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.',
      'Wir und unsere Partner verarbeiten personenbezogene Daten wie Ihre IP-Adresse.',
      'Mit der Nutzung dieser Website erklären Sie sich mit der Verwendung von Cookies einverstanden.',
      'Mit Klick auf „Alle akzeptieren“ willigen Sie in die Verarbeitung ein.',
      'Mit Werbung weiterlesen',
      'Externer Inhalt',
      'Mit einem Klick laden',
      'Zustimmen und weiter'
    ],
    'related-content': [
      'Mehr zum Thema',
      'Das könnte Sie auch interessieren:',
      'Lesen Sie auch: Warum die Mieten in München weiter steigen',
      'Mehr zum Thema – Heizungsgesetz: Was Eigentümer jetzt wissen müssen',
      'Lesen Sie dazu auch unseren Kommentar zur Wahl',
      'Mehr Nachrichten aus Bayern',
      '>> Alle Entwicklungen im Liveblog',
      'Empfohlene Beiträge',
      'Ähnliche Artikel lesen',
      'Letzte Meldungen',
      'Zum Weiterlesen:',
      'Meistgelesen'
    ],
    'image-credit': ['Foto: picture alliance/dpa | Kay Nietfeld', 'Bild: Imago', 'Symbolbild', '(Foto: dpa)', 'dpa und AFP', 'Bildquelle: Getty Images'],
    'rights-notice': [
      '© Süddeutsche Zeitung GmbH 2025. Alle Rechte vorbehalten.',
      'Alle Rechte vorbehalten.',
      'Vervielfältigung nur mit Genehmigung des Verlags.',
      'Nachdruck, auch auszugsweise, nur mit schriftlicher Genehmigung der Redaktion.',
      'Stolz präsentiert von WordPress',
      'Impressum',
      'Datenschutz'
    ],
    'reader-appeal': [
      'Melden Sie sich für unseren Newsletter an',
      'Der tägliche Newsletter – hier kostenlos abonnieren',
      'Dieser Artikel ist nur für Abonnenten verfügbar.',
      'Weiterlesen mit SZ Plus',
      'Jetzt 4 Wochen gratis testen',
      'Unterstützen Sie unabhängigen Journalismus mit einer Spende.',
      'Sie nutzen einen Werbeblocker.',
      'Jetzt abonnieren',
      'Sie wollen weiterlesen? Jetzt SPIEGEL+ testen: 4 Wochen für 0,99 €',
      'Ihr Abo erlaubt das Lesen auf nur einem Gerät gleichzeitig.',
      'Z+ (abopflichtiger Inhalt)'
    ],
    'comment-share': [
      'Kommentare',
      '23 Kommentare',
      'Artikel teilen',
      'Per WhatsApp teilen',
      'Link kopieren',
      'Ihre E-Mail-Adresse wird nicht veröffentlicht.',
      'Die Kommentarfunktion ist für diesen Artikel geschlossen.',
      'Schreibe einen Kommentar',
      'Kommentare sind geschlossen.',
      'Teilen Sie dies mit:',
      'Hinterlassen Sie eine Antwort',
      'Diese Website verwendet Akismet, um Spam zu reduzieren.',
      'Den Artikel mit anderen teilen/diskutieren:',
      'Kommentare lesen (87 Beiträge)',
      'Bitte beachten Sie unsere Netiquette.'
    ],
    'ad-label': ['Anzeige', 'ANZEIGE', 'Weiter nach der Anzeige', 'Artikel wird nach der Anzeige fortgesetzt'],
    byline: ['Von Anna Müller', 'Von Anna Müller und Jan Schmidt', 'Ein Kommentar von Heribert Prantl', 'Von Ursula von der Leyen', 'Text: Lena Vogt'],
    'tag-list': ['Schlagworte: Bahn, Streik, GDL', 'Themen: Klimawandel, Energiewende'],
    'source-line': [
      'Quelle: dpa',
      'Mit Material von dpa und AFP',
      '(dpa/lnw)',

      'Über dieses Thema berichtete die tagesschau am 14. November 2025 um 20:00 Uhr.',
      'Verwendete Quellen:'
    ],
    'interface-text': [
      'Schließen',
      'Bild 1 von 8',
      'Zurück zur Galerie',
      'Diese Diashow benötigt JavaScript.',
      'Zurück zur Übersicht',
      'Artikel anhören',
      'Zur Merkliste hinzufügen',
      'Player wird geladen',
      'Liveticker',
      'Auf einer Seite lesen'
    ],
    'contributor-credit': ['Mitarbeit: Anna Müller', 'Jan Schmidt hat zu diesem Bericht beigetragen.'],
    timestamp: [
      'Stand: 14.03.2025 18:02 Uhr',
      'Veröffentlicht am 12. März 2025',
      'Aktualisiert am 12.03.2025 um 14:35 Uhr',
      'Mittwoch, 12. März 2025, 14:35 Uhr',
      '12.03.2025, 14:35 Uhr',
      'Lesezeit: 4 Min.',
      '3 Min. Lesezeit',
      'vor 3 Stunden',
      'Heute, 14:35 Uhr',
      'Lesezeit',
      'Aktualisiert'
    ],
    breadcrumb: ['Startseite › Politik › Ausland'],
    'image-caption': ['Radfahrer am Hohenzollernring. (Quelle: Max Grönert/Unsplash/Symbolbild)']
  },
  keeps: [
    'Klicken Sie hier, um den vollständigen Bericht herunterzuladen.',
    'Wer auf das Bild klickt, sieht den Namen des Fotografen.',
    'Der Verband rief seine Mitglieder über einen Telegram-Kanal und per WhatsApp dazu auf, Verspätungen zu dokumentieren.',
    'Tausende wollen ihm auf Telegram folgen.',
    'Folge der Sperrung auf Twitter war ein Sturm der Entrüstung, der tagelang anhielt.',
    'Die App setzt nach Angaben von Datenschützern zu viele Cookies und sammelt Standortdaten.',
    'Der Verlag hat sich alle Rechte an den Fotos vorbehalten, sagte ein Sprecher.',
    'Der Newsletter der Partei wurde nach dem Parteitag an alle Mitglieder verschickt.',
    'Foto-Ausstellung in Berlin eröffnet',
    'Bild-Chefredakteurin Marion Horn verteidigte die Berichterstattung.',
    'Von Wölfen und Schafen',
    'Von Berlin nach Paris in vier Stunden',
    'Neue Regeln für Mieter',
    'Home Office Pflicht',
    '»Wir haben die Kritik ernst genommen«, sagte die Sprecherin.',
    'Lesen Sie die Mitteilung des Ministeriums, sagte der Abgeordnete, dann verstehen Sie das Problem.',
    'Am 12. März 2025 beginnt der Prozess gegen die mutmaßlichen Täter vor dem Landgericht.',
    'Die Zahl der Kommentare unter dem Video stieg binnen Stunden auf über 10.000.',
    'Schließen will die Regierung die Lücke bis zum Herbst, sagte der Minister.',
    'Jeder von acht Befragten gab an, die Bahn seltener zu nutzen.',
    // Reported speech that quotes furniture is article text, even short.
    '„Alle Rechte vorbehalten“, sagte der Anwalt.',
    '„Alle Rechte vorbehalten“, sagte der Anwalt eines großen Musikverlags vor dem Landgericht Hamburg lakonisch.',
    'Auf der Facebook-Seite einer betroffenen Gemeinde hieß es am Morgen nur knapp: „Kommentare sind geschlossen, wir sind im Einsatz.“',
    '„Jetzt abonnieren“, sagte er.',
    'Kommentare sind geschlossen, sagte die Sprecherin.',
    // A dateline is article text.
    'Hamburg (dpa) - Schwere Sturmböen haben in der Nacht zu Dienstag in Teilen Norddeutschlands erhebliche Schäden angerichtet.',
    'Die Inflation stieg im Oktober auf 2,2 Prozent. (Quelle: Destatis)'
  ],
  pages: {
    'der Firmensteckbrief unter „Über …“ und der Pressekontakt am Ende einer Pressemitteilung gehen': `
      + Die Deutsche Bahn hat am Mittwoch einen neuen Fahrplan vorgestellt, der ab Dezember deutlich mehr Verbindungen zwischen den großen Städten bieten soll.
      + Nach Angaben des Unternehmens sollen vor allem Pendler im Rhein-Main-Gebiet von den zusätzlichen Zügen profitieren, die im Halbstundentakt fahren.
      + Kritiker bemängeln jedoch, dass die Pünktlichkeit der Züge in den vergangenen Jahren stark nachgelassen habe und neue Angebote daran nichts änderten.
      - Über Muster
      - Die Muster AG ist ein weltweit tätiger Anbieter von Lösungen für Krankenhäuser mit Sitz in Baar und rund 1.300 Mitarbeitenden.
      - Pressekontakt
      - Anna Schmidt, Unternehmenskommunikation
      - presse@muster.example
    `,
    'a comment thread without a heading goes, from the first commenter to the end': `
      + Die Deutsche Bahn hat am Dienstag einen neuen Fahrplan für den Regionalverkehr vorgestellt, der ab Dezember gelten soll.
      + Pendler müssen sich auf längere Fahrzeiten einstellen, weil mehrere Strecken in den kommenden Monaten saniert werden.
      - Klaus M.
      - vor 2 Tagen
      - Wieder einmal zahlen die Pendler die Zeche.
      - Antworten
      - Sabine
      - vor 3 Tagen
      - Endlich wird die Strecke saniert, das war überfällig.
      - Antworten
      - bahnfahrer77
      - vor 5 Tagen
      - Mal sehen, ob der Fahrplan diesmal eingehalten wird.
      - Antworten
    `,
    'comments introduced by `<Name> sagt:` go, one quote in an interview stays': `
      + Die Deutsche Bahn hat am Dienstag einen neuen Fahrplan für den Regionalverkehr vorgestellt, der ab Dezember gelten soll.
      + Der Sprecher sagt:
      + »Wir wissen, dass die Bauarbeiten für die Pendler eine Zumutung sind, aber sie sind notwendig.«
      + Pendler müssen sich auf längere Fahrzeiten einstellen, weil mehrere Strecken in den kommenden Monaten saniert werden.
      - Klaus sagt:
      - Wieder einmal zahlen die Pendler die Zeche.
      - Sabine sagt:
      - Endlich wird die Strecke saniert.
      - bahnfahrer77 sagt:
      - Mal sehen, ob das klappt.
    `,
    'a reader appeal after its salutation goes': `
      + Unklar ist noch, wie die Bahn die zusätzlichen Züge finanzieren will, denn eine Vereinbarung mit dem Land ist noch nicht unterschrieben.
      - Liebe Leserinnen und Leser,
      - unabhängiger Journalismus kostet Geld. Unterstützen Sie unsere Arbeit mit einem Abo.
    `,
    'a letter to readers that is the article stays': `
      + Liebe Leserinnen und Leser,
      + vor zwanzig Jahren erschien die erste Ausgabe dieser Zeitung, und vieles hat sich seither verändert.
    `,
    'a category label beside the byline goes, a noun-phrase sub-heading stays': `
      + Neue Fahrpläne im Rheinland: Bahn verspricht weniger Ausfälle
      - Verkehr
      - Von Anna Müller
      + Neue Regeln
      + Die Deutsche Bahn hat am Freitag in Köln ihre neuen Fahrpläne für den Regionalverkehr im Rheinland vorgestellt, die ab Juni gelten sollen.
    `,
    'capitalised sub-headings between paragraphs stay (nouns are capitalised in German)': `
      + Die Deutsche Bahn hat am Freitag in Köln ihre neuen Fahrpläne für den Regionalverkehr im Rheinland vorgestellt, die ab Juni gelten sollen.

      + Offene Fragen

      + Unklar ist noch, wie die Bahn die zusätzlichen Züge finanzieren will, denn eine Vereinbarung mit dem Land ist noch nicht unterschrieben.
    `,
    'teasers right under a related heading mid-article go, the article after them stays': `
      + Mit den Stimmen der Koalition hat der Bundestag das umstrittene Rentenpaket beschlossen, das Rentenniveau bleibt bis 2031 gesichert.
      - Mehr zu diesem Thema:
      - Wie sicher ist die Rente? Die wichtigsten Fragen und Antworten
      - Generationenkapital: Wie der Staat an der Börse anlegen will

      + Der Bundesrat muss dem Gesetz noch zustimmen. Die Länderkammer befasst sich Mitte Dezember damit.
    `,
    'a sub-heading after a related heading and a blank line stays': `
      + Mit den Stimmen der Koalition hat der Bundestag das umstrittene Rentenpaket beschlossen, das Rentenniveau bleibt bis 2031 gesichert.

      - Mehr zum Thema

      + Was sich für Rentner jetzt ändert

      + Der Bundesrat muss dem Gesetz noch zustimmen. Die Länderkammer befasst sich Mitte Dezember damit.
    `,
    'the section and the masthead above the headline go, the headline stays': `
      - WELT
      - Suche
      - Anmelden
      - Meinung
      - WELTplus
      + Die Debatte um das Urheberrecht ist eine Debatte über Macht
      + Wer über künstliche Intelligenz und Urheberrecht streitet, streitet in Wahrheit über die Frage, wem die Früchte kreativer Arbeit gehören.
    `,
    'a one-word headline over its date stays': `
      + Großer Zapfenstreich
      - 12.05.2025, 18.41 Uhr
      + Mit einem Großen Zapfenstreich hat die Bundeswehr am Montagabend den scheidenden Verteidigungsminister verabschiedet.
    `,
    'related headlines under a heading at the end of the page go': `
      + Die Deutsche Bahn hat am Freitag in Köln ihre neuen Fahrpläne für den Regionalverkehr im Rheinland vorgestellt, die ab Juni gelten sollen.
      - Das könnte Sie auch interessieren
      - Streik bei der Bahn: Was Pendler jetzt wissen müssen
      - Neues Stellwerk in Köln-Mülheim geht in Betrieb
    `
  }
})

describe('German bylines, agencies and datelines (metadata)', () => {
  it('reads the byline without its agency', () => {
    expect(clean('Von Katrin Albers, dpa', {language: 'de'}).metadata).toMatchObject({byline: 'Katrin Albers', agency: 'dpa'})
    expect(clean('Von Katrin Albers und Jonas Becker', {language: 'de'}).metadata.byline).toBe('Katrin Albers und Jonas Becker')
  })

  it('reads the agencies of a source line', () => {
    expect(clean('Mit Material von dpa und AFP', {language: 'de'}).metadata.agency).toBe('dpa und AFP')
    expect(
      clean(`${'Die Deutsche Bahn hat am Freitag in Köln ihre neuen Fahrpläne für den Regionalverkehr vorgestellt.'}\n\ndpa/AFP`, {language: 'de'}).metadata
        .agency
    ).toBe('dpa/AFP')
  })

  it('reads the agency of a dateline, which stays', () => {
    const text = [
      'Unwetter in Norddeutschland: Bäume auf Gleisen, Bahnverkehr eingeschränkt',
      'Hamburg (dpa) - Schwere Sturmböen haben in der Nacht zu Dienstag in Teilen Norddeutschlands erhebliche Schäden angerichtet.'
    ].join('\n\n')
    const result = clean(text, {language: 'de'})
    expect(result.text).toBe(text)
    expect(result.metadata.agency).toBe('dpa')
  })
})
