import {languageSuite} from './helper.js'

languageSuite({
  code: 'it',
  removes: {
    'click-prompt': ["Clicca sull'immagine per ingrandirla", 'Clicca sulla foto per vedere la gallery completa'],
    'social-promo': [
      'Seguici sui nostri social: Facebook, Instagram e Telegram',
      'Iscriviti al nostro canale WhatsApp',
      'Entra nel canale Telegram de Il Gazzettino',
      'Segui la diretta su YouTube',
      'Resta aggiornato: ricevi le notizie su WhatsApp',
      'Clicca qui per iscriverti'
    ],
    'cookie-banner': [
      'Accetta tutti',
      'Rifiuta',
      'Gestisci le preferenze',
      'Questo sito utilizza cookie tecnici e di profilazione.',
      'Noi e i nostri partner utilizziamo cookie e altri strumenti di tracciamento.',
      'Proseguendo nella navigazione acconsenti all’uso dei cookie.',
      'Cliccando su “Accetta” acconsenti all’uso di tutti i cookie.'
    ],
    'related-content': [
      'Leggi anche',
      'Potrebbe interessarti',
      'I più letti',
      'Leggi anche: Overtourism, Firenze pensa a un limite per gli affitti brevi',
      'LEGGI ANCHE - Acqua alta, il Mose alzato 12 volte',
      'In questo articolo ti raccontiamo come funziona il nuovo ticket.'
    ],
    'image-credit': ['Foto Ansa/Andrea Merola', 'Foto: LaPresse', 'Foto d’archivio', '(Foto: Ansa)', 'Ansa e Reuters', 'Immagine di repertorio'],
    'rights-notice': [
      'Copyright © 2025 RCS MediaGroup S.p.A. Tutti i diritti riservati.',
      'RIPRODUZIONE RISERVATA',
      'Copyright 2025 Gruppo Editoriale. Tutti i diritti riservati.',
      'È vietata la riproduzione anche parziale dei contenuti.'
    ],
    'reader-appeal': [
      'Iscriviti alla nostra newsletter quotidiana',
      'Ricevi la newsletter del mattino',
      'Sostieni il giornalismo indipendente',
      'Abbonati ora per leggere tutti gli articoli',
      'Questo articolo è riservato agli abbonati',
      'Sei già abbonato? Accedi',
      'Hai attivato un adblocker',
      'Abbonati'
    ],
    'comment-share': [
      'Commenti',
      '12 commenti',
      'Condividi su WhatsApp',
      'Copia il link',
      'Il tuo indirizzo email non sarà pubblicato.',
      'Lascia un commento',
      'I commenti sono chiusi.'
    ],
    'ad-label': ['Pubblicità', 'Contenuto sponsorizzato', 'Continua a leggere dopo la pubblicità', 'Contenuto offerto da Enel'],
    byline: ['di Marco Zanetti', 'di Marco Zanetti e Giulia Rossi', 'Dal nostro inviato Paolo Valentino', 'A cura di Anna Maria De Luca'],
    'tag-list': ['Argomenti: Venezia, Turismo, Overtourism', 'Tag: Politica, Governo, Meloni'],
    'source-line': ['Fonte: Ansa', 'Fonte: Comune di Venezia'],
    'interface-text': ['Chiudi', 'Foto 1 di 8', 'Torna alla galleria', 'Questo contenuto richiede JavaScript.'],
    'contributor-credit': ['Ha collaborato Marco Bianchi', 'Con la collaborazione di Giulia Rossi'],
    timestamp: [
      'Pubblicato il 14 marzo 2025 alle 18:40',
      'Aggiornato il 14/03/2025 ore 18:40',
      'Ultimo aggiornamento: 14 marzo 2025, 18:40',
      '14 marzo 2025 (modifica il 15 marzo 2025 | 09:10)',
      'Venerdì 14 marzo 2025',
      '14/03/2025 - 18:40',
      'Tempo di lettura: 3 minuti',
      '3 min di lettura',
      '3 ore fa',
      'Oggi, 18:40',
      'Tempo di lettura',
      'Aggiornato'
    ],
    breadcrumb: ['Home / Cronaca / Venezia', 'Home › Politica']
  },
  keeps: [
    // Reported speech that quotes furniture is article text, even short.
    '«Tutti i diritti riservati», ha detto l’avvocato.',
    '«Iscriviti», ha detto.',
    'I commenti sono chiusi, ha spiegato il portavoce.',
    'Clicca qui per scaricare il rapporto completo.',
    'Cliccando sulla foto compare il nome del fotografo.',
    'I comitati raccolgono firme anche attraverso un canale Telegram e una pagina Facebook.',
    'Il sito, che secondo alcuni utenti installava troppi cookie di profilazione, è stato rinnovato.',
    'La casa editrice si è riservata tutti i diritti sul romanzo, ha spiegato l’avvocato.',
    'È vietata la diffusione delle immagini girate in aula, ha stabilito il giudice.',
    'Abbonati Sky, aumenti da luglio per il pacchetto calcio',
    'La newsletter del ministero è stata inviata a tutti i presidi.',
    'Di Maio e Salvini si sono incontrati a Palazzo Chigi per discutere della manovra e delle nomine.',
    '«Non vogliamo fare cassa, vogliamo governare i flussi», ha spiegato l’assessore.',
    'Segui il ragionamento del ministro: prima i conti, poi le riforme.',
    'Il 14 marzo 2025 si terrà l’udienza davanti alla Corte d’appello di Venezia.',
    'Le critiche delle associazioni',
    'Chiudi gli occhi e ascolta, diceva il maestro ai suoi allievi più giovani.',
    'Uno su otto ha rinunciato a prendere il vaporetto.'
  ],
  pages: {
    'il profilo dell’azienda e i contatti stampa alla fine di un comunicato vanno via': `
      + Il Comune di Venezia ha approvato martedì il nuovo ticket d’accesso per i turisti giornalieri, che sarà in vigore nei fine settimana di primavera.
      + Secondo l’assessore al bilancio, il contributo servirà a finanziare la pulizia delle calli e la manutenzione dei ponti del centro storico.
      + Le associazioni dei commercianti hanno espresso dubbi sull’efficacia della misura e temono un calo delle presenze nei mesi più tranquilli.
      - A proposito di Muster
      - Muster è un fornitore globale di soluzioni per gli ospedali, con sede a Milano e circa 1.300 dipendenti.
      - Contatti stampa
      - Giulia Rossi, comunicazione
      - stampa@muster.example
    `,
    'a comment thread without a heading goes, from the first commenter to the end': `
      + Da lunedì l'accesso al centro storico di Venezia costerà cinque euro nei giorni di maggiore affluenza, ha deciso il comune.
      + Gli albergatori temono un calo delle presenze, mentre i residenti chiedono controlli più severi ai varchi.
      - Marco
      - 2 giorni fa
      - Finalmente una decisione coraggiosa.
      - Rispondi
      - Giulia
      - 3 giorni fa
      - Cinque euro non fermeranno nessuno.
      - Rispondi
      - veneziano_doc
      - 5 giorni fa
      - Vedremo se funzionerà davvero.
      - Rispondi
    `,
    'comments introduced by `<nome> dice:` go, one quote in an interview stays': `
      + Da lunedì l'accesso al centro storico di Venezia costerà cinque euro nei giorni di maggiore affluenza, ha deciso il comune.
      + L'assessore dice:
      + «Non vogliamo chiudere la città, vogliamo proteggerla da un turismo che la sta svuotando».
      + Gli albergatori temono un calo delle presenze, mentre i residenti chiedono controlli più severi ai varchi.
      - Marco dice:
      - Finalmente una decisione coraggiosa.
      - Giulia dice:
      - Cinque euro non fermeranno nessuno.
      - veneziano_doc dice:
      - Vedremo.
    `,
    'a reader appeal after its salutation goes': `
      + La delibera passerà ora al vaglio del consiglio comunale, che dovrà approvarla entro la fine del mese di marzo.
      - Cari lettori,
      - il giornalismo locale ha bisogno del vostro sostegno. Abbonati per leggere tutti gli articoli.
    `,
    'a letter to readers that is the article stays': `
      + Cari lettori,
      + vent’anni fa usciva il primo numero di questo giornale, e da allora molte cose sono cambiate in città.
    `,
    'sentence-case captions go, sub-headings with lower-case words stay': `
      + Il ticket si paga online e si riceve un codice QR da mostrare ai controlli, allestiti vicino alla stazione di Santa Lucia.

      - Luigi Brugnaro

      + Non tutti sono d’accordo. Le associazioni dei commercianti temono un calo degli incassi, mentre i comitati protestano.

      + Le critiche delle associazioni

      + Il Comune ha annunciato anche una campagna informativa nelle stazioni e negli aeroporti per spiegare le nuove regole.
    `,
    'related headlines under a heading at the end of the page go': `
      + La delibera passerà ora al vaglio del consiglio comunale, che dovrà approvarla entro la fine del mese di marzo.
      - Potrebbe interessarti
      - Acqua alta, il Mose alzato 12 volte in una settimana
      - Affitti brevi, il Tar boccia il regolamento comunale
    `
  }
})
