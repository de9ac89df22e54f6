// Unit and boundary tests of chunking, on invented sentences: where a run of capitalized words that
// may be one name starts and ends; every rule that extends a run is tested on both sides.
import {describe, expect, test} from 'vitest'
import {SourceMap} from '../document/source-map.js'
import {analyzeBlock} from './analyze.js'
import {capitalizedRuns, maxNameTokens} from './capitalized-runs.js'

/** The runs of `text`, each as written from its first token to its last (without a last possessive). */
function runs(text: string): string[] {
  const analyzed = analyzeBlock({kind: 'paragraph', text, group: 0, map: new SourceMap()}, 0)
  return capitalizedRuns(analyzed).map((run) => {
    const last = analyzed.tokens[run.end - 1]!
    return text.slice(analyzed.tokens[run.first]!.start, last.end - last.possessiveSuffix.length)
  })
}

describe('where a run starts', () => {
  test('at a capitalized word, and each run ends before the next lower-case word', () => {
    expect(runs('the mayor, Ana Ruiz, met Bo Lee in Denver.')).toEqual(['Ana Ruiz', 'Bo Lee', 'Denver'])
    expect(runs('no names here at all')).toEqual([])
  })

  test('not at a word that is never a name, and such a word ends a run', () => {
    expect(runs('on Monday Ana Ruiz spoke')).toEqual(['Ana Ruiz'])
    expect(runs('then I met Ana Ruiz')).toEqual(['Ana Ruiz'])
    expect(runs('we saw Ana Ruiz Monday')).toEqual(['Ana Ruiz'])
  })

  test('not inside a short quote (a title or nickname), but inside a long one', () => {
    expect(runs('the "Operation Aurora" raid')).toEqual([])
    expect(runs('"Ana Ruiz came to our town and stayed for years," said Bo Lee.')).toEqual(['Ana Ruiz', 'Bo Lee'])
  })
})

describe('a run of capitalized words', () => {
  const words = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Juniper', 'Larch', 'Maple', 'Oak', 'Pine']

  test(`is at most ${maxNameTokens} tokens long`, () => {
    expect(maxNameTokens).toBe(12)
    const twelve = words.slice(0, 12).join(' ')
    expect(runs(`the ${twelve} went`)).toEqual([twelve])
    expect(runs(`the ${words.join(' ')} went`)).toEqual([twelve, 'Pine'])
  })

  test('takes in an Arabic particle joined to a capitalized surname', () => {
    expect(runs('Ahmed al-Kabariti said')).toEqual(['Ahmed al-Kabariti'])
    expect(runs('Omar bin-Talal said')).toEqual(['Omar bin-Talal'])
    expect(runs('Ahmed al-kabariti said')).toEqual(['Ahmed'])
    expect(runs('Ahmed al-Kabariti Monday')).toEqual(['Ahmed al-Kabariti'])
  })
})

describe('possessives', () => {
  test('a possessive inside a name that goes on to an organization word stays in the run', () => {
    expect(runs("the Lane County Sheriff's Office said")).toEqual(["Lane County Sheriff's Office"])
    // The organization word is at most three words after the possessive.
    expect(runs("the Lane County Sheriff's Big Blue Office said")).toEqual(["Lane County Sheriff's Big Blue Office"])
  })

  test('otherwise a possessive ends the run', () => {
    expect(runs("Ana Ruiz's car")).toEqual(['Ana Ruiz'])
    expect(runs("the Lane County Sheriff's Big Blue Lake Office said")).toEqual(['Lane County Sheriff', 'Big Blue Lake Office'])
    expect(runs("the Lane County Sheriff's new Office")).toEqual(['Lane County Sheriff', 'Office'])
    expect(runs("the Lane County Sheriff's, Office")).toEqual(['Lane County Sheriff', 'Office'])
  })

  test("a place's possessive is the place's: the name after it is another", () => {
    expect(runs("Mexico's Foreign Relations Department said")).toEqual(['Mexico', 'Foreign Relations Department'])
    expect(runs("the New Mexico's Health Department")).toEqual(['New Mexico', 'Health Department'])
  })

  test('a run that starts with a possessive goes on only from a common word or a role', () => {
    expect(runs("the Farmers' Union met")).toEqual(["Farmers' Union"])
    expect(runs("the Sheriff's Office said")).toEqual(["Sheriff's Office"])
    expect(runs("Lebed's Security Council met")).toEqual(['Lebed', 'Security Council'])
    expect(runs("the Sheriff's car")).toEqual(['Sheriff'])
  })
})

describe('joiners', () => {
  test('after an organization word a joiner stays in the name', () => {
    expect(runs('at the University of Colorado today')).toEqual(['University of Colorado'])
    expect(runs('the Department of the Interior said')).toEqual(['Department of the Interior'])
    expect(runs('the Office for the Western District said')).toEqual(['Office for the Western District'])
  })

  test('a joiner before a lower-case word, a mark, or `the` and a lower-case word ends the run', () => {
    expect(runs('the Department of the interior')).toEqual(['Department'])
    expect(runs('the Department on the Move')).toEqual(['Department', 'Move'])
    expect(runs('the Department of (Colorado)')).toEqual(['Department', 'Colorado'])
    expect(runs('the Department of')).toEqual(['Department'])
  })

  test('after a person or a company title, a joiner splits two names', () => {
    expect(runs('the CEO of Acme said')).toEqual(['CEO', 'Acme'])
    expect(runs('from Denver and Aurora')).toEqual(['Denver', 'Aurora'])
    expect(runs('Ana and Bo Lee came')).toEqual(['Ana', 'Bo Lee'])
  })

  test('a title with its joiner is one run', () => {
    expect(runs('Secretary of State Ana Ruiz said')).toEqual(['Secretary of State Ana Ruiz'])
    expect(runs('the House of Representatives voted')).toEqual(['House of Representatives'])
    expect(runs('the House of Commons voted')).toEqual(['House of Commons'])
    expect(runs('the House of Cards aired')).toEqual(['House', 'Cards'])
  })

  test('`and` joins an official name, a known organization, or words that end in an organization word', () => {
    expect(runs('the Department of Health and Human Services said')).toEqual(['Department of Health and Human Services'])
    expect(runs('agents of Immigration and Customs Enforcement said')).toEqual(['Immigration and Customs Enforcement'])
    expect(runs('at Harlow and Finch Holdings today')).toEqual(['Harlow and Finch Holdings'])
    expect(runs('at Harlow & Finch Holdings today')).toEqual(['Harlow & Finch Holdings'])
  })

  test('`and` splits two bodies', () => {
    // One word and one word.
    expect(runs('the House and Senate voted')).toEqual(['House', 'Senate'])
    expect(runs('at Harlow & Finch today')).toEqual(['Harlow', 'Finch'])
    // A place after `and` starts another body.
    expect(runs('the Department of Education and Denver Public Schools said')).toEqual(['Department of Education', 'Denver Public Schools'])
    // An organization word before `and`, outside an official name.
    expect(runs('at Lincoln School and Roosevelt School today')).toEqual(['Lincoln School', 'Roosevelt School'])
    // No organization word at the end.
    expect(runs('at Harlow and Finch Parker today')).toEqual(['Harlow', 'Finch Parker'])
  })

  test('name particles join a surname, one or two of them', () => {
    expect(runs('Juan de Cruz said')).toEqual(['Juan de Cruz'])
    expect(runs('Juan de la Cruz said')).toEqual(['Juan de la Cruz'])
    expect(runs('Joost van der Westhuizen said')).toEqual(['Joost van der Westhuizen'])
    expect(runs('Juan de la casa said')).toEqual(['Juan'])
    expect(runs('Juan de la')).toEqual(['Juan'])
  })
})

describe('quoted nicknames', () => {
  test('a quoted capitalized nickname of one or two words between two name words stays in the run', () => {
    expect(runs('Cornelius "Corky" Haverford said')).toEqual(['Cornelius "Corky" Haverford'])
    expect(runs('Cornelius “Corky” Haverford said')).toEqual(['Cornelius “Corky” Haverford'])
    expect(runs("Cornelius 'Corky' Haverford said")).toEqual(["Cornelius 'Corky' Haverford"])
    expect(runs('Cornelius ‘Corky’ Haverford said')).toEqual(['Cornelius ‘Corky’ Haverford'])
    expect(runs('Edward "Big Ed" Haverford said')).toEqual(['Edward "Big Ed" Haverford'])
  })

  test('a longer, lower-case or unclosed nickname, or none after it, is no part of the name', () => {
    expect(runs('Edward "Big Bad Ed" Haverford said')).toEqual(['Edward', 'Haverford'])
    expect(runs('Edward "the" Haverford said')).toEqual(['Edward', 'Haverford'])
    expect(runs('Edward "Big ed" Haverford said')).toEqual(['Edward', 'Haverford'])
    expect(runs('Cornelius "Corky" said')).toEqual(['Cornelius'])
    expect(runs('Cornelius "Corky" haverford')).toEqual(['Cornelius'])
    // An unclosed quote runs to the end of the paragraph, and a short one holds no name.
    expect(runs('Cornelius "Corky')).toEqual(['Cornelius'])
    expect(runs('Cornelius ("Corky") Haverford')).toEqual(['Cornelius', 'Haverford'])
    // After a particle surname, which is not capitalized.
    expect(runs('Ahmed al-Kabariti "Abu" Ali said')).toEqual(['Ahmed al-Kabariti', 'Ali'])
  })
})

describe('lists of an official name\'s subjects', () => {
  test('after an organization word and `of`, a comma list of subjects ending in `and` stays in the name', () => {
    expect(runs('the Bureau of Alcohol, Tobacco, Firearms and Explosives said')).toEqual(['Bureau of Alcohol, Tobacco, Firearms and Explosives'])
    expect(runs('the Bureau of Alcohol, Tobacco, Firearms, and Explosives said')).toEqual(['Bureau of Alcohol, Tobacco, Firearms, and Explosives'])
    expect(runs('the Department of Commerce, Tourism and Economic Development said')).toEqual(['Department of Commerce, Tourism and Economic Development'])
  })

  test('a list with no official name before it, or a place or given name in it, is several names', () => {
    expect(runs('the Acme Alcohol, Tobacco and Firearms said')).toEqual(['Acme Alcohol', 'Tobacco', 'Firearms'])
    expect(runs('the Department of Education, Denver and Aurora said')).toEqual(['Department of Education', 'Denver', 'Aurora'])
    expect(runs('the Department of Education, Tobacco and Maria said')).toEqual(['Department of Education', 'Tobacco', 'Maria'])
    // `Of` as the run's first word follows no organization word in the run.
    expect(runs('the bureau Of Alcohol, Tobacco and Firearms said')).toEqual(['Of Alcohol', 'Tobacco', 'Firearms'])
  })

  test('the list must end in `and` and a last subject, then a lower-case word', () => {
    expect(runs('the Bureau of Alcohol, Tobacco; Firearms and Explosives')).toEqual(['Bureau of Alcohol', 'Tobacco', 'Firearms', 'Explosives'])
    expect(runs('the Bureau of Alcohol, Tobacco, Firearms')).toEqual(['Bureau of Alcohol', 'Tobacco', 'Firearms'])
    expect(runs('the Bureau of Alcohol, tobacco and Firearms')).toEqual(['Bureau of Alcohol', 'Firearms'])
    expect(runs('the Bureau of Alcohol, Tobacco and Fire Arms Control said')).toEqual(['Bureau of Alcohol', 'Tobacco', 'Fire Arms Control'])
    expect(runs('the Bureau of Alcohol, Tobacco and Firearms')).toEqual(['Bureau of Alcohol, Tobacco and Firearms'])
  })

  test('the list ends within the run\'s twelve tokens', () => {
    // 11 tokens: one run.
    expect(runs('the Bureau of Alcohol, Tobacco, Firearms, Fisheries and Wildlife said')).toEqual(['Bureau of Alcohol, Tobacco, Firearms, Fisheries and Wildlife'])
    // 13 tokens: the list does not fit.
    expect(runs('the Bureau of Alcohol, Tobacco, Firearms, Fisheries, Mining and Wildlife said')).toEqual([
      'Bureau of Alcohol', 'Tobacco', 'Firearms', 'Fisheries', 'Mining', 'Wildlife'
    ])
  })
})

describe('boundaries of the joining rules', () => {
  test('two names of two words or more joined by `and` are two bodies, unless the second opens with a common word', () => {
    expect(runs('at Norvana Online and Qorvex AG today')).toEqual(['Norvana Online', 'Qorvex AG'])
    expect(runs('at Norvana Online & Qorvex AG today')).toEqual(['Norvana Online & Qorvex AG'])
    expect(runs('at Norvana and Qorvex AG today')).toEqual(['Norvana and Qorvex AG'])
    // The common word that matters is the one after `and`.
    expect(runs('at Norvana Blue and Qorvex AG today')).toEqual(['Norvana Blue', 'Qorvex AG'])
    expect(runs('the Chicago Futures and Options Exchange said')).toEqual(['Chicago Futures and Options Exchange'])
    // One word after `and`: the rule wants two or more.
    expect(runs('at Norvana Online and AG today')).toEqual(['Norvana Online and AG'])
  })

  test('an official name takes a subject after `and`; `of` after the joiner makes no official name', () => {
    expect(runs('the Department of Health and Human Development said')).toEqual(['Department of Health and Human Development'])
    expect(runs('the Department of Health and Safety said')).toEqual(['Department of Health and Safety'])
    expect(runs('at Lincoln School and Qorvex School today')).toEqual(['Lincoln School', 'Qorvex School'])
    expect(runs('at Lincoln School and Qorvex School, of course')).toEqual(['Lincoln School', 'Qorvex School'])
    expect(runs('at the School and Qorvex School today')).toEqual(['School', 'Qorvex School'])
  })

  test('subjects in common words on both sides of `and` are one body\'s name; a place or people may open it', () => {
    expect(runs('the Securities and Trading Commission said')).toEqual(['Securities and Trading Commission'])
    expect(runs('the Maltese Securities and Investments Board said')).toEqual(['Maltese Securities and Investments Board'])
    expect(runs('The Denver Securities and Derivatives Exchange opened')).toEqual(['The Denver Securities and Derivatives Exchange'])
    expect(runs('the Central Office of Statistics and Information said')).toEqual(['Central Office of Statistics and Information'])
    // (A name's word on either side, one word after `and`, or a body alone after an official name: two.)
    expect(runs('at Qorvex Securities and Trading Commission today')).toEqual(['Qorvex Securities', 'Trading Commission'])
    expect(runs('the Securities and Qorvex Commission said')).toEqual(['Securities', 'Qorvex Commission'])
    expect(runs('the Securities and Commission said')).toEqual(['Securities', 'Commission'])
    expect(runs('the Office of Statistics and Congress said')).toEqual(['Office of Statistics', 'Congress'])
    // (A date after the name is no part of it: `Wednesday` ends the run before the rule reads it.)
    expect(runs('the Securities and Trading Commission Wednesday said')).toEqual(['Securities and Trading Commission'])
    expect(runs('The House and Senate voted')).toEqual(['The House', 'Senate'])
  })

  test('a word that is no joiner does not join, whatever comes before it', () => {
    expect(runs('at Acme Company today Ruiz spoke')).toEqual(['Acme Company', 'Ruiz'])
    expect(runs('at Acme the Great today')).toEqual(['Acme', 'Great'])
    expect(runs('the Friends of Police said')).toEqual(['Friends', 'Police'])
    expect(runs('the House for Police voted')).toEqual(['House', 'Police'])
    expect(runs('Juan y de Ortega said')).toEqual(['Juan', 'Ortega'])
    expect(runs('the Department of the')).toEqual(['Department'])
    // `of the` joins only `the` and a capital, not a particle.
    expect(runs('the Office of de Cruz said')).toEqual(['Office', 'Cruz'])
  })

  test('a list needs an official name, and no place in it', () => {
    expect(runs('the Acme Bureau Alcohol, Tobacco and Firearms said')).toEqual(['Acme Bureau Alcohol', 'Tobacco', 'Firearms'])
    expect(runs('the Department of Education, Pueblo and Boulder said')).toEqual(['Department of Education', 'Pueblo', 'Boulder'])
  })

  test('a nickname needs quote marks around it and a name word after it', () => {
    expect(runs("Ana *Big' Ruiz said")).toEqual(['Ana', 'Big', 'Ruiz'])
    expect(runs('Cornelius "Corky" de la Cruz said')).toEqual(['Cornelius', 'Cruz'])
    expect(runs('Cornelius "Corky"')).toEqual(['Cornelius'])
  })
})

describe('a lost period or comma between two names', () => {
  test('a word that opens a sentence ends the run before it: `in Lisbon The pair`', () => {
    expect(runs('they live in Lisbon The pair will stay')).toEqual(['Lisbon', 'The'])
    expect(runs('she banks with Bank of The Plains')).toEqual(['Bank of The Plains'])
  })

  test('two countries side by side are two runs: `Cyprus, Greece Italy or Spain`', () => {
    expect(runs('jobs in Greece Italy or Spain')).toEqual(['Greece', 'Italy', 'Spain'])
    expect(runs('a trip to New Zealand')).toEqual(['New Zealand'])
  })
})

describe('a possessive before a building’s head', () => {
  test('is part of the name: `St. Brigid’s Basilica`, `Carver’s Palace`', () => {
    expect(runs('mass in St. Brigid’s Basilica today')).toEqual(['St. Brigid’s Basilica'])
    expect(runs('a show at Carver’s Palace in June')).toEqual(['Carver’s Palace'])
  })

  test('not after a large place’s name: `Denver’s Hall of Fame` is the city’s', () => {
    expect(runs('a plaque in Denver’s Hall of Fame')[0]).toBe('Denver')
  })
})
