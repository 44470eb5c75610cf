/**
 * A made-up site for the tests of site profiles: pages with the same menu and footer, each
 * with an article of its own (words drawn from a seeded generator, so no two articles share a
 * line), a "latest stories" list that names other pages' headlines, and, when asked, the
 * standard disclaimer every article of the site ends with.
 */

const words = (
  'council harbour bridge tram budget river school doctor museum farmer market winter summer storm festival library station ' +
  'mayor teacher nurse engineer baker painter village valley forest coast island garden theatre factory railway airport ' +
  'voted argued promised warned opened closed built repaired visited praised questioned delayed approved rejected expanded'
).split(' ')

/** A seeded generator (mulberry32): the same seed gives the same pages. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A sentence of article prose, different for every page and paragraph. */
export function sentence(next: () => number, length = 24): string {
  const chosen = Array.from({length}, () => words[Math.floor(next() * words.length)]!)
  const text = chosen.join(' ')
  return `The ${text}, and the ${chosen.slice(0, 6).reverse().join(' ')} said so on the record.`
}

export const menu = ['* Home', '* World', '* Business', '* Sport', '* Culture', '* Opinion']
export const footer = [
  'About us',
  'Contact the newsroom',
  'Sign up to the Daily Example newsletter for the stories that matter.',
  '© 2019 The Daily Example Ltd. All rights reserved.'
]
export const disclaimer =
  'The views expressed in this article are those of the author and do not necessarily reflect the editorial position of The Daily Example.'

/** The headline of page `index`. */
export const headline = (index: number): string =>
  `Story number ${['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][index % 12]} of the week in ${words[index % words.length]}`

/**
 * Page `index` of the site, as whole-page text.
 *
 * @param index Which page.
 * @param options `disclaimer`: the article ends with the site's standard disclaimer;
 *   `year`: the year of the footer's copyright line.
 * @returns The page and its article's lines.
 */
export function sitePage(index: number, options: {disclaimer?: boolean; year?: number} = {}): {text: string; article: string[]} {
  const next = random(index + 1)
  const article = [headline(index), ...Array.from({length: 5}, () => sentence(next))]
  if (options.disclaimer) article.push(disclaimer)
  const latest = ['Latest stories', ...[1, 2, 3].map((step) => headline(index + step))]
  const year = options.year ?? 2019 + (index % 5)
  const lines = [`${headline(index)} | The Daily Example`, ...menu, ...article, ...latest, ...footer.map((line) => line.replace('2019', String(year)))]
  return {text: lines.join('\n\n'), article}
}
