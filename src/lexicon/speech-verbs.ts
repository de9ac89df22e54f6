/**
 * Verbs that introduce a direct quotation in news copy, as base forms with
 * their irregular past where there is one. Every inflection (`says`,
 * `said`, `saying`) is generated, so the lexicon holds several hundred forms.
 * Drawn from the cue frequencies of real news (see the research notes):
 * `said` alone is half of all cues; `told`, `wrote`, `added`, `asked` follow.
 */
const verbs: ReadonlyArray<readonly [base: string, past?: string, participle?: string]> = [
  ['say', 'said'], ['tell', 'told'], ['write', 'wrote'], ['add'], ['ask'], ['continue'],
  ['respond'], ['reply'], ['declare'], ['read', 'read'], ['explain'], ['note'], ['recall'],
  ['insist'], ['argue'], ['acknowledge'], ['admit', 'admitted', 'admitting'], ['announce'], ['answer'], ['assert'],
  ['boast'], ['caution'], ['claim'], ['comment'], ['complain'], ['concede'], ['conclude'],
  ['confirm'], ['contend'], ['counter'], ['cry', 'cried'], ['demand'], ['deny', 'denied'],
  ['emphasize'], ['emphasise'], ['exclaim'], ['grumble'], ['joke'], ['laugh'], ['lament'],
  ['maintain'], ['mention'], ['muse'], ['observe'], ['offer'], ['plead'], ['point'], ['post'],
  ['predict'], ['proclaim'], ['promise'], ['quip', 'quipped', 'quipping'], ['recount'], ['remark'], ['remind'],
  ['repeat'], ['report'], ['retort'], ['scoff'], ['scream'], ['shout'], ['sigh'], ['snap'],
  ['speak', 'spoke'], ['state'], ['stress'], ['suggest'], ['swear', 'swore'], ['testify', 'testified'],
  ['tweet'], ['urge'], ['vow'], ['warn'], ['whisper'], ['wonder'], ['yell'], ['agree'],
  ['allege'], ['assure'], ['beg', 'begged'], ['chant'], ['charge'], ['chime'], ['clarify', 'clarified'],
  ['confide'], ['describe'], ['elaborate'], ['estimate'], ['fume'], ['gush'], ['hint'],
  ['inform'], ['interject'], ['interrupt'], ['marvel', 'marveled'], ['murmur'], ['mutter'],
  ['object'], ['opine'], ['pledge'], ['preach'], ['protest'], ['question'], ['rage'],
  ['reason'], ['reassure'], ['recommend'], ['reflect'], ['reiterate'], ['rejoin'], ['relate'],
  ['reveal'], ['sob', 'sobbed'], ['summarize'], ['text'], ['thunder'], ['underscore'],
  ['wail'], ['call'], ['dub', 'dubbed', 'dubbing'], ['label', 'labeled'], ['brand'], ['characterize'],
  ['criticize'], ['praise'], ['hail'], ['slam', 'slammed', 'slamming'], ['blast'], ['deride'],
  ['bark'], ['boom'], ['echo'], ['remember'], ['sing', 'sang'], ['react'],
  ['write back', 'wrote back'], ['tell reporters', 'told reporters'], ['shoot back', 'shot back'], ['fire back'], ['go on', 'went on']
]

const vowels = 'aeiou'

/** `-s`, `-ed` and `-ing` forms by the regular spelling rules. */
function inflect(base: string, past: string | undefined, participle: string | undefined): string[] {
  const last = base.charAt(base.length - 1)
  const beforeLast = base.charAt(base.length - 2)
  const third =
    last === 'y' && !vowels.includes(beforeLast)
      ? base.slice(0, -1) + 'ies'
      : /(?:s|sh|ch|x|z|o)$/.test(base)
        ? base + 'es'
        : base + 's'
  const doubled = /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base) ? base + last : base
  const stem = last === 'e' ? base.slice(0, -1) : doubled
  const regularPast = last === 'y' && !vowels.includes(beforeLast) ? base.slice(0, -1) + 'ied' : stem + 'ed'
  return [base, third, past ?? regularPast, participle ?? stem + 'ing']
}

// Past forms only, whose other forms are mostly nouns or other senses: `pressed` (`press secretary`).
const pastOnly = ['pressed']

/** Every single-word form: `say`, `says`, `said`, `saying`, …. */
export const speechVerbForms: ReadonlySet<string> = new Set([
  ...verbs.filter(([base]) => !base.includes(' ')).flatMap(([base, past, participle]) => inflect(base, past, participle)),
  ...pastOnly
])

/**
 * Cues of several words, matched before single words; lower case, single
 * spaces. `told reporters` is here so the object is not taken for a speaker.
 */
export const multiwordCues: readonly string[] = [
  ...verbs.filter(([base]) => base.includes(' ')).flatMap(([base, past]) => {
    const [verb, ...rest] = base.split(' ')
    const tail = ' ' + rest.join(' ')
    return inflect(verb!, past?.split(' ')[0], undefined).map((form) => form + tail)
  }),
  'according to',
  'went on to say',
  'goes on to say',
  'put it',
  'puts it',
  'putting it',
  'said in a statement',
  'issued a statement',
  'released a statement',
  'said in statement',
  'says in a statement',
  'wrote in a statement',
  'said in an interview',
  'said in an email',
  'wrote in an email',
  'said in a news release',
  'said in a post',
  'wrote in a post',
  'said at a news conference',
  'told reporters',
  'told the associated press',
  'told lawmakers'
]

/** Whether a lower-case word is a form of a speech verb. */
export function isSpeechVerb(lower: string): boolean {
  return speechVerbForms.has(lower)
}

// Verbs that name or label rather than quote speech: `called it "a disaster"`.
const labelingVerbs = new Set(['call', 'dub', 'label', 'brand'])

/** Whether a speech-verb form names or labels (`called`, `dubbed`): what follows is a description, not an utterance. */
export function isLabelingVerb(lower: string): boolean {
  for (const base of labelingVerbs) if (lower.startsWith(base)) return true
  return false
}
