import {clean} from '/work/wt/packs/src/index.js'
const samples: Record<string, string[]> = {
fr: ["Articles les plus lus", "Newsletter", "Ajouter à mes favoris", "Ce contenu est réservé aux abonnés", "Article réservé aux abonnés", "Photo d'illustration AFP", "Nos articles sur le sujet", "Crédits photos : Bestimage", "Le Monde avec AFP", "Temps de Lecture 3 min.", "Offrir l'article", "Lire plus tard", "Réutiliser ce contenu", "Vous pouvez lire Le Monde sur un seul appareil à la fois", "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.", "Suivez toute l'actualité de Rennes avec Ouest-France.", "Recevez chaque jour notre newsletter", "Écouter cet article", "Signaler une erreur", "Permalien"],
de: ["Schreibe einen Kommentar", "Kommentare sind geschlossen.", "Teilen Sie dies mit:", "Hinterlassen Sie eine Antwort", "Empfohlene Beiträge", "Ähnliche Artikel lesen", "Zurück zur Übersicht", "Letzte Meldungen", "Diese Website verwendet Akismet, um Spam zu reduzieren.", "Den Artikel mit anderen teilen/diskutieren:", "Zum Weiterlesen:", "(Quelle: Max Mustermann/Unsplash/dpa)"],
en: ["Get author RSS feed", "Most Popular Today", "Name (required)", "JUST WATCHED", "Chat with us in Facebook Messenger", "Registration on or use of this site constitutes acceptance of our User Agreement", "Share this with Facebook", "Show more sharing options", "Written permission must be obtained before reprint", "Submit your letter to the editor via this form"],
}
const keep: Record<string,string[]> = {fr: ["Tous droits réservés, répète l'avocat de la famille.", "Photo : un document exceptionnel"]}
const prose: Record<string,string[]> = {
 fr: ["Le conseil municipal a voté mardi soir un budget en hausse de quatre pour cent, malgré l'opposition de plusieurs élus de la majorité.", "Les travaux du nouveau pont devraient commencer au printemps prochain et durer environ deux ans, selon la mairie."],
 de: ["Der Stadtrat hat am Dienstagabend einen Haushalt beschlossen, der vier Prozent höher ausfällt als im vergangenen Jahr.", "Die Bauarbeiten an der neuen Brücke sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, teilte die Stadt mit."],
 en: ["The city council voted on Tuesday evening for a budget four percent higher than last year, despite objections from several members.", "Work on the new bridge is due to start next spring and should take about two years, the city said in a statement."],
}
for (const [lang, list] of Object.entries(samples)) {
  for (const s of [...list, ...(keep[lang]??[])]) {
    const alone = clean(s, {language: lang}).removed.map(r=>r.rule)
    const page = [prose[lang]![0], s, prose[lang]![1]].join('\n\n')
    const r = clean(page, {language: lang})
    const inPage = r.removed.filter(x=>x.text.includes(s.slice(0,10))).map(x=>x.rule)
    const lost = prose[lang]!.some(p=>!r.text.includes(p))
    const isKeep = (keep[lang]??[]).includes(s)
    console.log(`${lang} ${isKeep?'KEEP':'DROP'} alone=[${alone}] mid=[${inPage}]${lost?' PROSE-LOST':''}  ${s}`)
  }
}
