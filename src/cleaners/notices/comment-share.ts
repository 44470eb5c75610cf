import {phraseCleaner} from '../phrase.js'

/** Comment and share prompts: `Leave a Comment`, `12 commentaires`, `Partager sur Facebook`. */
export const commentShare = phraseCleaner({
  name: 'comment-share',
  description: 'Comment or share prompt',
  category: 'prompt',
  stage: 'line',
  summary: 'comment and share prompts',
  example: '`Leave a Comment`, `12 commentaires`, `Partager sur Facebook`'
})
