/**
 * The words of bylines, shared by the reader of author fields and the
 * validator's check of author names, so the two never disagree.
 */

/** `By`, `By:`, `Posted by`, `Written by`… at the start. */
export const bylinePrefix = /^(?:(?:posted|written|words|reported|story|text|photos?|article|compiled|edited)\s+)?by\b:?/i

/** Between names or name parts: `,` `;` `|` `/` `·` `•`, or a spaced dash, `and` or `&`. */
export const nameSeparator = /[,;|/·•]|\s[-–—]\s|\s(?:and|&)\s/i

/** Words that make a part of a byline a job title rather than a name (`Jane Doe, Staff Writer`). */
export const jobWords: ReadonlySet<string> = new Set([
  'analyst', 'anchor', 'assistant', 'associate', 'bureau', 'chief', 'columnist', 'contributing', 'contributor',
  'correspondent', 'critic', 'deputy', 'desk', 'director', 'editor', 'fellow', 'freelance', 'freelancer', 'host',
  'intern', 'journalist', 'manager', 'meteorologist', 'photographer', 'photojournalist', 'producer', 'reporter',
  'researcher', 'senior', 'staff', 'videographer', 'writer'
])
