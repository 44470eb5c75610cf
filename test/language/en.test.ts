/**
 * The English pack, applied to every page: the furniture issue 17 found missing, by concept, and
 * reported speech that quotes furniture (article text).
 */
import {languageSuite} from './helper.js'

languageSuite({
  code: 'en',
  removes: {
    'social-promo': ['Get author RSS feed', 'Chat with us in Facebook Messenger'],
    'related-content': ['Most Popular Today', 'Further reading'],
    'comment-share': ['Name (required)', 'Share this with Facebook', 'Show more sharing options', 'Comments are closed.', 'Comments (26)'],
    'interface-text': ['JUST WATCHED', 'Permalink', 'Page 1 of 7'],
    'rights-notice': [
      'Registration on or use of this site constitutes acceptance of our User Agreement',
      'Written permission must be obtained before reprint',
      'Reprints and permissions'
    ],
    'reader-appeal': ['Submit your letter to the editor via this form']
  },
  keeps: [
    '"Subscribe," she said.',
    '"All rights reserved," the lawyer said.',
    '"Comments are closed," he said, pointing at the screen.',
    'Name',
    'Discussion',
    'should replace the present Constitution in its entirety? YES/NO',
    'NEW YORK (AFP)',
    'The road to retiring early isn’t easy. Kathrin Ziegler/Getty',
    'More than 300 Indians were deported by Mexican immigration authorities for illegally entering the country. PTI'
  ]
})
