import {describe, expect, it} from 'vitest'
import {p1, p2, rulesOf} from '../support/pages.js'
import {phraseCases} from '../support/phrase-cases.js'

phraseCases('reader-appeal', {
  removes: [
    ['fr', 'Cet article est réservé aux abonnés'],
    ['fr', 'Inscrivez-vous à notre newsletter'],
    ['fr', 'Soutenez notre journalisme indépendant : faites un don dès aujourd’hui.'],
    ['fr', 'Il vous reste 75 % de cet article à lire.'],
    ['en', 'Sign up for our daily newsletter'],
    ['en', 'Support independent journalism'],
    ['en', 'This article is only available to subscribers.'],
    ['en', 'Already a subscriber? Log in'],
    ['en', 'Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.'],
    ['en', 'Get the latest updates right in your inbox. Subscribe to our newsletters.'],
    ['en', 'Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.'],
    ['en', 'There’s plenty more where that came from. Sign up for our newsletter today.'],
    ['en', 'If you enjoyed this article, we have a proposition for you: become a member.'],
    ['en', 'Thanks for signing up!'],
    ['en', 'There was an error processing your subscription.'],
    ['en', 'There was a problem subscribing you to the newsletter. Double check your email and try again.'],
    ['en', 'Keep an eye on your inbox for the latest sports news.'],
    ['en', 'Pick Six Newsletter'],
    ['en', 'The Daily Planet is committed to publishing letters to the editor. We’d like to hear what you think about this or any of our articles.'],
    ['en', 'Get access to the fastest growing financial subscription service, Planet Pro, for as little as $5 a month.'],
    ['en', 'Sign Up'],
    ['en', 'To Read the Full Story'],
    ['en', 'Let our news meet your inbox. The news and stories that matter, delivered weekday mornings.'],
    ['en', 'This site is protected by reCAPTCHA. Privacy Policy | Terms of Service'],
    ['en', 'Get Motor Cycle Monthly delivered through your letterbox every month. Click here for more information.'],
    ['en', 'Do you rely on Snopes reporting? Click here to support it.'],
    ['en', 'A Word to Our Loyal Readers'],
    ['en', 'Support Snopes and make a difference for readers everywhere.'],
    ['fr', 'Je m’abonne'],
    ['fr', 'Pour lire la suite de cet article, abonnez-vous.'],
    ['fr', 'Recevez chaque matin l’essentiel de l’actualité dans votre boîte mail.'],
    ['en', 'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.'],
    ['en', 'Stay up to date with Ascom.'],
    ['fr', 'Restez informés avec Le Petit Journal.']
  ],
  keeps: [
    ['fr', 'Le journal a perdu près de la moitié de ses abonnés en cinq ans, selon son directeur.'],
    ['fr', 'Les donateurs ont versé plus de deux millions d’euros à l’association depuis janvier.'],
    ['en', 'The newsletter, which has 200,000 subscribers, was sold to a private equity firm last year.'],
    ['en', 'Readers were asked to support the campaign, which ended on Friday with a record turnout.'],
    ['en', 'Sign up rates for the free school meals programme rose by a third, the council said in its newsletter.'],
    ['en', 'If you enjoyed the show, the producers said, there is a second season on the way.'],
    ['en', 'Residents will get access to the new clinic for just a small fee, the mayor said on Tuesday.'],
    ['en', 'The company’s founder wrote about the sale in his weekly newsletter.'],
    ['en', 'Supporters of the bill say it will make a difference for thousands of families.'],
    ['fr', 'Les abonnés recevront la lettre dans leur boîte mail dès lundi, a indiqué le journal.'],
    ['en', 'Stay up to date with the latest guidance from your doctor, the health minister told reporters.']
  ]
})

describe('reader-appeal', () => {
  it('removes a salutation and the appeal that follows it', () => {
    const appeal =
      'Notre site web et nos comptes sur les réseaux sociaux sont menacés de restriction ou d’interdiction. Afin de rester informés de nos derniers contenus, il vous est possible de :'
    expect(rulesOf(`${p1}\n\n${p2}\n\nChers lecteurs,\n\n${appeal}`)).toEqual([`reader-appeal: Chers lecteurs,`, `reader-appeal: ${appeal}`])
  })

  it('keeps a salutation that opens a letter to readers', () => {
    const letter = 'Ce journal fête aujourd’hui ses cent ans : un siècle de reportages, de débats et de combats pour la liberté de la presse.'
    expect(rulesOf(`Chers lecteurs,\n\n${letter}\n\n${p1}`)).toEqual([])
  })
})
