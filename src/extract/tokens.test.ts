// Unit and boundary tests of the tokenizer, on invented sentences: which characters join a word, where
// a sentence starts, possessives, abbreviations and the word count, each rule on both sides.
import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {Word} from '../lexicon/word-classes.js'
import {hasClass, isUpperCase, scanText, tokenize} from './tokens.js'

const texts = (text: string) => tokenize(text).map((token) => token.text)

describe('tokenize: words and marks', () => {
  test('ASCII letters and digits join a word; every other ASCII character is a mark or a space', () => {
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code)
      const tokens = texts(`xx${char}yy`)
      // Apostrophes and hyphens join only inside a word (tested below).
      if (/[A-Za-z0-9'-]/.test(char)) expect(tokens, `code ${code}`).toEqual([`xx${char}yy`])
      else if (' \t\n\r'.includes(char)) expect(tokens, `code ${code}`).toEqual(['xx', 'yy'])
      else expect(tokens, `code ${code}`).toEqual(['xx', char, 'yy'])
    }
  })

  test('letters, marks and digits beyond ASCII join a word', () => {
    expect(texts('Łódź São Paulo 東京 naïve Ⅻ')).toEqual(['Łódź', 'São', 'Paulo', '東京', 'naïve', 'Ⅻ'])
    // A combining accent (a mark, not a letter) stays in its word.
    expect(texts('Jose\u0301 left')).toEqual(['Jose\u0301', 'left'])
  })

  test('dashes, curly quotes, bullets and ellipses are marks', () => {
    expect(texts('a\u2010b')).toEqual(['a\u2010b'])
    expect(texts('wait — what… “yes” ‘no’ • ‰ ⁞ x')).toEqual(['wait', '—', 'what', '…', '“', 'yes', '”', '‘', 'no', '’', '•', '‰', '⁞', 'x'])
    // Symbols with case (a circled letter) are marks too, and no mark is capitalized.
    const circled = tokenize('Ⓐ b')[0]!
    expect(circled).toMatchObject({text: 'Ⓐ', kind: 'punctuation', capitalized: false})
  })

  test('no-break, thin and zero-width spaces separate words like a space', () => {
    for (const space of ['\u00a0', '\u2009', '\u202f', '\u205f', '\u3000', '\u200b', '\u2060', '\ufeff']) {
      expect(texts(`Ana${space}Ruiz`), `U+${space.charCodeAt(0).toString(16)}`).toEqual(['Ana', 'Ruiz'])
    }
    // A line separator is no space character (Zl, not Zs): it stands alone as a mark.
    expect(texts('Ana\u2028Ruiz')).toEqual(['Ana', '\u2028', 'Ruiz'])
  })

  test('inner apostrophes and hyphens join a word only between word characters', () => {
    expect(texts("don't O’Brien Okonkwo-Reyes")).toEqual(["don't", 'O’Brien', 'Okonkwo-Reyes'])
    expect(texts('pro- and anti-war')).toEqual(['pro', '-', 'and', 'anti-war'])
    expect(texts("the word 'rock' here")).toEqual(['the', 'word', "'", 'rock', "'", 'here'])
    expect(texts('well-')).toEqual(['well', '-'])
  })

  test('dotted abbreviations: a dot between single letters joins them, a trailing dot ends them', () => {
    expect(texts('the U.S. and D.C. today')).toEqual(['the', 'U.S.', 'and', 'D.C.', 'today'])
    // A longer part after the dot stops the joining: an initial, then an abbreviation (the gazetteer's keys
    // read `W. Va.` as `W.Va.`).
    expect(texts('W.Va. today')).toEqual(['W.', 'Va.', 'today'])
    expect(texts('at 9 a.m. sharp')).toEqual(['at', '9', 'a.m.', 'sharp'])
    // Without the second dot the letters stay apart (a single letter before a dot is an initial).
    expect(texts('U.S')).toEqual(['U.', 'S'])
    expect(texts('U.Sx')).toEqual(['U.', 'Sx'])
    expect(texts('ab.cd')).toEqual(['ab', '.', 'cd'])
    // Only a letter after the dot joins: not the ASCII marks beside the letters, nor a digit beyond ASCII.
    for (const mark of ['@', '[', '`', '{']) expect(texts(`U.${mark}.`), mark).toEqual(['U.', mark, '.'])
    expect(texts('U.².')).toEqual(['U.', '²', '.'])
    expect(texts('U.É.')).toEqual(['U.É.'])
    // A digit after the dot is no abbreviation.
    expect(texts('v.2.')).toEqual(['v.', '2', '.'])
  })

  test('a single letter before a dot is an initial; a digit, a longer word or a non-letter is not', () => {
    for (const letter of ['A', 'Z', 'a', 'z', 'É', 'ß']) expect(texts(`${letter}. Smith`), letter).toEqual([`${letter}.`, 'Smith'])
    for (const other of ['0', '5', '9', '²']) expect(texts(`${other}. Smith`), other).toEqual([other, '.', 'Smith'])
    expect(texts('She left.')).toEqual(['She', 'left', '.'])
  })

  test('an abbreviation of the lexicon keeps its dot', () => {
    expect(texts('Gov. Ana Ruiz and Dr. Lee')).toEqual(['Gov.', 'Ana', 'Ruiz', 'and', 'Dr.', 'Lee'])
    expect(texts('The gov. said')).toEqual(['The', 'gov.', 'said'])
  })
})

describe('tokenize: possessives', () => {
  test("a possessive 's is stripped from the word and kept as its suffix", () => {
    const tokens = tokenize("Ruiz's aide, Ruiz’s plan")
    expect(tokens.map((token) => token.text)).toEqual(['Ruiz', 'aide', ',', 'Ruiz', 'plan'])
    expect(tokens[0]).toMatchObject({possessive: true, possessiveSuffix: "'s", start: 0, end: 6})
    expect(tokens[3]).toMatchObject({possessive: true, possessiveSuffix: '’s'})
    expect(tokens[1]).toMatchObject({possessive: false, possessiveSuffix: ''})
    expect(tokenize("FOX31's crew")[0]).toMatchObject({text: 'FOX31', possessive: true})
    // The shortest possessive: one letter and 's.
    expect(tokenize("A's win")[0]).toMatchObject({text: 'A', possessive: true, possessiveSuffix: "'s"})
  })

  test("'s after a word is read as a possessive; a word that only ends in s is not", () => {
    // The tokenizer cannot tell a contraction from a possessive: `it's` reads like `Ruiz's`.
    expect(tokenize("it's")[0]).toMatchObject({text: 'it', possessive: true})
    expect(tokenize('bus')[0]).toMatchObject({text: 'bus', possessive: false, possessiveSuffix: ''})
    expect(tokenize("Ruiz'd")[0]).toMatchObject({text: "Ruiz'd", possessive: false})
  })

  test("a plural possessive: s followed by an apostrophe and no word character", () => {
    const tokens = tokenize("the Broncos' coach and the Nuggets’ coach")
    expect(tokens[1]).toMatchObject({text: 'Broncos', possessive: true, possessiveSuffix: "'", start: 4, end: 12})
    expect(tokens[2]!.text).toBe('coach')
    expect(tokens[5]).toMatchObject({text: 'Nuggets', possessive: true, possessiveSuffix: '’'})
    // A word not ending in s before a closing apostrophe is no possessive.
    expect(tokenize("'rock'")[1]).toMatchObject({text: 'rock', possessive: false})
    expect(tokenize("Ruiz' ")[0]).toMatchObject({text: 'Ruiz', possessive: false})
  })

  test('a possessive takes no trailing dot: the dot ends the sentence', () => {
    expect(texts("It was Ruiz's.")).toEqual(['It', 'was', 'Ruiz', '.'])
    expect(texts("It was the Broncos'.")).toEqual(['It', 'was', 'the', 'Broncos', '.'])
    expect(texts("It was Dr's.")).toEqual(['It', 'was', 'Dr', '.'])
    // A plural possessive of an abbreviation (`reps`) or of one letter keeps its dot apart too.
    expect(texts("It was the Reps'.")).toEqual(['It', 'was', 'the', 'Reps', '.'])
    expect(texts("It was the s'.")).toEqual(['It', 'was', 'the', 's', '.'])
  })

  test("a lone s inside quote marks stays a word", () => {
    const tokens = tokenize("press 's' now")
    expect(tokens.map((token) => token.text)).toEqual(['press', "'", 's', 'now'])
    expect(tokens[2]).toMatchObject({possessive: true, possessiveSuffix: "'"})
  })
})

describe('tokenize: token fields', () => {
  test('lower is the lower case, with curly apostrophes made straight', () => {
    expect(tokenize('O’Brien')[0]!.lower).toBe("o'brien")
    expect(tokenize('MAYOR')[0]!.lower).toBe('mayor')
  })

  test('capitalized: the first character has a lower-case form that differs', () => {
    expect(tokenize('Denver')[0]!.capitalized).toBe(true)
    expect(tokenize('Émile')[0]!.capitalized).toBe(true)
    expect(tokenize('denver')[0]!.capitalized).toBe(false)
    expect(tokenize('31st')[0]!.capitalized).toBe(false)
    expect(tokenize('FOX31')[0]!.capitalized).toBe(true)
  })

  test('word classes are looked up once, and hasClass reads them', () => {
    const [said, denver] = tokenize('said Denver')
    expect(hasClass(said, Word.SpeechVerb)).toBe(true)
    expect(hasClass(denver, Word.SpeechVerb)).toBe(false)
    expect(hasClass(undefined, Word.SpeechVerb)).toBe(false)
    expect(hasClass(said, Word.SpeechVerb | Word.Month)).toBe(true)
  })
})

describe('tokenize: sentence starts', () => {
  const starts = (text: string) =>
    tokenize(text)
      .filter((token) => token.sentenceStart)
      .map((token) => token.text)

  test('the first word, and the first word after . ! or ?', () => {
    expect(starts('Ana left. Bo came! Cy went? Di stayed')).toEqual(['Ana', 'Bo', 'Cy', 'Di'])
  })

  test('only words start sentences; other marks end the sentence state', () => {
    expect(tokenize('"Yes"')[0]!.sentenceStart).toBe(false)
    expect(starts('Ana left, Bo came: Cy went')).toEqual(['Ana'])
    expect(starts('Ana left.) Bo came')).toEqual(['Ana'])
  })

  test('an opening quote mark or bracket keeps the sentence state', () => {
    for (const mark of ['"', '“', '‘', "'", '«', '„', '(', '[']) {
      expect(starts(`${mark}Ana left. ${mark}Bo came`), mark).toEqual(['Ana', 'Bo'])
    }
  })
})

describe('scanText: word count', () => {
  test('a word is a run from a letter or digit to white space', () => {
    expect(scanText('It cost $5 and 1,000 more.').wordCount).toBe(6)
    expect(scanText('well-known, self-made').wordCount).toBe(2)
    expect(scanText('  ').wordCount).toBe(0)
    expect(scanText('— , —').wordCount).toBe(0)
    expect(scanText('a\tb\nc\rd').wordCount).toBe(4)
  })

  test('scanText gives the same tokens as tokenize', () => {
    const text = "Gov. Ruiz's aide said: “We're done.”"
    expect(scanText(text).tokens).toEqual(tokenize(text))
  })
})

describe('tokenize: properties', () => {
  const alphabet = fc.constantFrom(...["a", "B", "s", "S", "1", " ", "\u00a0", ".", ",", "'", "’", "-", "“", "”", "é", "\u200b", "U", "v"])
  const text = fc.array(alphabet, {maxLength: 24}).map((chars) => chars.join(''))

  test('tokens are ordered, non-empty, and each covers its text and possessive as written', () => {
    fc.assert(
      fc.property(text, (value) => {
        let last = 0
        for (const token of tokenize(value)) {
          expect(token.text.length).toBeGreaterThan(0)
          expect(token.start).toBeGreaterThanOrEqual(last)
          expect(value.slice(token.start, token.end)).toBe(token.text + token.possessiveSuffix)
          last = token.end
        }
      })
    )
  })

  test('every character outside the tokens is white space, and every token character is not', () => {
    fc.assert(
      fc.property(text, (value) => {
        const covered = new Array<boolean>(value.length).fill(false)
        for (const token of tokenize(value)) for (let index = token.start; index < token.end; index++) covered[index] = true
        for (const [index, char] of [...value].entries()) expect(covered[index], JSON.stringify(value)).toBe(!/[\s\u200b]/u.test(char))
      })
    )
  })
})

describe('isUpperCase', () => {
  test('text with no lower-case letter is in capitals', () => {
    expect(isUpperCase('NASA')).toBe(true)
    expect(isUpperCase('U.S.')).toBe(true)
    expect(isUpperCase('FOX31')).toBe(true)
    expect(isUpperCase('ÉLYSÉE')).toBe(true)
    expect(isUpperCase('42')).toBe(true)
  })

  test('one lower-case letter anywhere is enough to refuse', () => {
    expect(isUpperCase('NASa')).toBe(false)
    expect(isUpperCase('iPHONE')).toBe(false)
    expect(isUpperCase('Denver')).toBe(false)
    // (`ß` has no one-letter capital: it is lower case.)
    expect(isUpperCase('STRAßE')).toBe(false)
  })
})
