import {languageSuite} from './helper.js'

languageSuite({
  code: 'nl',
  removes: {
    'click-prompt': ['Klik op de afbeelding om te vergroten', 'Klik op de foto voor een grotere versie'],
    'social-promo': [
      'Volg ons ook op Instagram en TikTok',
      'Volg NU.nl op WhatsApp',
      'Word lid van ons WhatsApp-kanaal',
      'Abonneer je op ons Telegram-kanaal',
      'Ontvang het laatste nieuws via WhatsApp',
      'Klik hier om ons te volgen'
    ],
    'cookie-banner': [
      'Akkoord',
      'Alles accepteren',
      'Instellingen aanpassen',
      'Deze website maakt gebruik van cookies.',
      'Wij gebruiken functionele en analytische cookies.',
      'Wij en onze partners gebruiken cookies en vergelijkbare technieken.',
      'Door op ‘Akkoord’ te klikken ga je hiermee akkoord.'
    ],
    'related-content': [
      'Lees ook',
      'Meest gelezen',
      'Lees ook: Gemeenten willen fatbikes weren uit binnensteden',
      'Bekijk ook | Storing bij NS legt treinverkeer plat',
      'Lees hier ons eerdere artikel over de fatbikes.',
      'In een eerder artikel leggen we uit hoe de regels werken.'
    ],
    'image-credit': ['Foto: ANP/Hollandse Hoogte', 'Beeld: Reuters', 'Archieffoto', '(Foto: ANP)', 'ANP en Reuters', 'Foto door Jan de Vries'],
    'rights-notice': [
      '© 2025 Dagblad van het Zuiden. Alle rechten voorbehouden.',
      'Alle rechten voorbehouden.',
      'Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming van de uitgever.',
      'Overname van dit artikel is alleen toegestaan met schriftelijke toestemming.'
    ],
    'reader-appeal': [
      'Schrijf je in voor onze nieuwsbrief',
      'Ontvang elke ochtend onze nieuwsbrief',
      'Steun onafhankelijke journalistiek',
      'Word abonnee en lees onbeperkt',
      'Dit artikel is alleen voor abonnees',
      'Ben je al abonnee? Log in',
      'Blijf op de hoogte'
    ],
    'comment-share': [
      'Reacties',
      '48 reacties',
      'Deel dit artikel',
      'Deel via WhatsApp',
      'Link kopiëren',
      'Je e-mailadres wordt niet gepubliceerd.',
      'Reageren is niet meer mogelijk.'
    ],
    'ad-label': ['Advertentie', 'Gesponsord', 'Het artikel gaat verder na de advertentie', 'Deze content is mede mogelijk gemaakt door Eneco'],
    byline: ['Door Femke de Vries', "Door Femke van 't Hof en IJsbrand de Jong", 'Door onze correspondent Jan Kuitenbrouwer', 'Tekst: Sanne Bakker'],
    'tag-list': ['Trefwoorden: Fatbikes, Verkeersveiligheid, Tweede Kamer', 'Onderwerpen: Politiek, Kabinet'],
    'source-line': ['Bron: ANP', 'Met medewerking van ANP'],
    'interface-text': ['Sluiten', 'Foto 1 van 8', 'Terug naar galerij', 'Deze fotoserie vereist JavaScript.'],
    'contributor-credit': ['Aan dit artikel werkte mee: Femke de Vries'],
    timestamp: [
      'vr 14 mrt 2025, 18:40',
      'Gepubliceerd op 14 maart 2025',
      'Bijgewerkt: 14-03-2025 om 18:40',
      'Vrijdag 14 maart 2025, 18:40 uur',
      '14-03-2025, 18:40',
      'Leestijd 3 minuten',
      '4 min leestijd',
      '3 uur geleden',
      'Gisteren, 18:02',
      'Leestijd',
      'Bijgewerkt'
    ],
    breadcrumb: ['Voorpagina > Binnenland > Verkeer', 'Home › Politiek']
  },
  keeps: [
    // Reported speech that quotes furniture is article text, even short.
    '"Alle rechten voorbehouden," zei de advocaat.',
    '"Abonneer je," zei hij.',
    'Reacties zijn gesloten, aldus de woordvoerder.',
    'Klik hier om het volledige rapport te downloaden.',
    'Wie op de foto klikt, ziet de naam van de fotograaf.',
    'Agenten in verschillende steden delen filmpjes van controles op TikTok en Instagram om ouders te waarschuwen.',
    'De website plaatst volgens het ministerie geen tracking cookies.',
    'De uitgever heeft alle rechten op de foto’s, zei een woordvoerder tegen de rechter.',
    'Overname van het bedrijf is alleen mogelijk met toestemming van de toezichthouder.',
    'De nieuwsbrief van de gemeente wordt voortaan ook digitaal verspreid.',
    '"We zien kinderen van twaalf met vijftig kilometer per uur over het fietspad scheuren", zegt een verkeersagent.',
    'Door de storm vielen in het hele land bomen om en lag het treinverkeer urenlang stil.',
    'Een verkeersagent uit ’s-Hertogenbosch deelt elke week filmpjes van controles.',
    'Volg het proces tegen de verdachten in ons liveblog.',
    'Op 14 maart 2025 moet de minister het wetsvoorstel naar de Kamer sturen.',
    'Helmplicht nog niet van de baan',
    'Sluiten is voor de gemeente geen optie, zegt de wethouder.',
    'Een op de acht ouders zegt de fatbike te verbieden.'
  ],
  pages: {
    'het bedrijfsprofiel en de noot voor de redactie aan het eind van een persbericht gaan weg': `
      + De gemeente Amsterdam heeft dinsdag besloten om fatbikes te verbieden in het Vondelpark, na een reeks ongelukken met jonge bestuurders.
      + Volgens de wethouder is het verbod nodig omdat de zware fietsen met hoge snelheid tussen wandelaars en spelende kinderen door rijden.
      + Ondernemers die fatbikes verhuren noemen het besluit overhaast en willen eerst overleg met de gemeente over andere maatregelen.
      - Over Muster
      - Muster is een wereldwijde leverancier van oplossingen voor ziekenhuizen, met hoofdkantoor in Utrecht en ruim 1.300 medewerkers.
      - Noot voor de redactie
      - Voor meer informatie: Jan de Vries
      - +31 30 123 45 67
    `,
    'a comment thread without a heading goes, from the first commenter to the end': `
      + De gemeenteraad van Amsterdam heeft dinsdag besloten fatbikes te weren uit het Vondelpark vanaf het voorjaar.
      + Handhavers krijgen de bevoegdheid om boetes uit te delen aan bestuurders die zich niet aan de regels houden.
      - Jan
      - 2 dagen geleden
      - Eindelijk wordt er iets gedaan.
      - Reageer
      - Petra
      - 3 dagen geleden
      - Wie gaat dit controleren dan?
      - Reageer
      - fietser_020
      - 5 dagen geleden
      - Goed nieuws voor de wandelaars.
      - Reageer
    `,
    'comments introduced by `<naam> zegt:` go, one quote in an interview stays': `
      + De gemeenteraad van Amsterdam heeft dinsdag besloten fatbikes te weren uit het Vondelpark vanaf het voorjaar.
      + De wethouder zegt:
      + „We willen dat het park weer een plek wordt waar iedereen zich veilig voelt, ook de kleinste kinderen.”
      + Handhavers krijgen de bevoegdheid om boetes uit te delen aan bestuurders die zich niet aan de regels houden.
      - Jan zegt:
      - Eindelijk wordt er iets gedaan.
      - Petra zegt:
      - Wie gaat dit controleren dan?
      - fietser_020 zegt:
      - Goed nieuws.
    `,
    'a reader appeal after its salutation goes': `
      + Het wetsvoorstel wordt na de zomer in de Tweede Kamer behandeld. Als het wordt aangenomen, gaan de regels in 2026 in.
      - Beste lezer,
      - onafhankelijke journalistiek kost geld. Word abonnee en lees onbeperkt alle artikelen.
    `,
    'a letter to readers that is the article stays': `
      + Beste lezers,
      + twintig jaar geleden verscheen de eerste editie van deze krant, en sindsdien is er veel veranderd in de stad.
    `,
    'sentence-case captions go, sub-headings with lower-case words stay': `
      + Aanleiding is de forse stijging van het aantal ongelukken met jonge fatbikers, volgens cijfers van VeiligheidNL.

      - Barry Madlener

      + Een helmplicht voor fatbikes komt er voorlopig niet, al wil de minister die mogelijkheid openhouden voor later.

      + Helmplicht nog niet van de baan

      + Verkeersorganisaties zoals de Fietsersbond vinden dat de maatregelen niet ver genoeg gaan en pleiten voor meer.
    `,
    'related headlines under a heading at the end of the page go': `
      + Het wetsvoorstel wordt na de zomer in de Tweede Kamer behandeld. Als het wordt aangenomen, gaan de regels in 2026 in.
      - Meest gelezen
      - Storing bij NS legt treinverkeer rond Utrecht urenlang plat
      - Huizenprijzen stijgen voor het zesde kwartaal op rij
    `
  }
})
