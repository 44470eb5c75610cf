import {phraseCleaner} from './phrase.js'

/** Comment and share prompts: `Leave a Comment`, `12 commentaires`, `Partager sur Facebook`. */
export const commentShare = phraseCleaner('comment-share', 'Comment or share prompt')
