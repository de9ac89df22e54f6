import {describe, expect, test} from 'vitest'
import {articleToJsonLd} from '../src/index.js'

/** Quotations of a plain-text article as `[speaker, text]` pairs. */
function quotes(body: string) {
  const {article} = articleToJsonLd('Headline\n\n' + body, {format: 'text'})
  return article.quotations.map((quotation) => [quotation.speaker?.name ?? null, quotation.text])
}

function resolutions(body: string) {
  const {article} = articleToJsonLd('Headline\n\n' + body, {format: 'text'})
  return article.quotations.map((quotation) => quotation.speaker?.resolution ?? null)
}

describe('word orders', () => {
  test('"…," X said', () => {
    expect(quotes('Mayor Rosa Ortiz spoke Tuesday.\n\n"We are ready," Ortiz said.')).toEqual([['Rosa Ortiz', 'We are ready']])
  })

  test('"…," said X, with a title before and a description after', () => {
    expect(quotes('"Stay off the roads," said Police Chief Ron Tillery, a 30-year veteran of the department.')).toEqual([
      ['Ron Tillery', 'Stay off the roads']
    ])
  })

  test('X said: "…" and X said "…"', () => {
    expect(quotes('Gov. Jared Polk said: "The state will help."\n\nSen. Maria Duarte said "Not enough."')).toEqual([
      ['Jared Polk', 'The state will help.'],
      ['Maria Duarte', 'Not enough.']
    ])
  })

  test('appositives and relative clauses between name and verb', () => {
    expect(
      quotes(
        'Hugh Hillard, a doctor at the clinic, said: "We are full."\n\n"It will pass," Sir Alan Brackett, who replaced the chairman in July, said.'
      )
    ).toEqual([
      ['Hugh Hillard', 'We are full.'],
      ['Alan Brackett', 'It will pass']
    ])
  })

  test('colon lead-in in the paragraph before, and in a statement', () => {
    expect(quotes('In a statement, the Denver Police Department wrote:\n\n"The investigation is ongoing."')).toEqual([
      ['Denver Police Department', 'The investigation is ongoing.']
    ])
  })

  test('according to, and a dash attribution', () => {
    expect(quotes('"Rates will rise," according to Dana Whitcomb.\n\n"Never again." — Gov. Jared Polk')).toEqual([
      ['Dana Whitcomb', 'Rates will rise'],
      ['Jared Polk', 'Never again.']
    ])
  })

  test('a document speaks for its author: according to a department report, the council\'s recommendation', () => {
    expect(quotes('"The driver fled on foot," according to a Lakewood Police Department incident report.')).toEqual([
      ['Lakewood Police Department', 'The driver fled on foot']
    ])
    expect(
      quotes('The Metro Water Council met Monday.\n\n"Rates must rise by 4 percent," according to the council\'s recommendation, which was posted online.')
    ).toEqual([['Metro Water Council', 'Rates must rise by 4 percent']])
  })

  test('a role only one person holds resolves however far back they were named', () => {
    const filler = Array.from({length: 14}, (_, index) => `Paragraph ${index + 1} is about bus routes and fares.`).join('\n\n')
    expect(
      quotes(`RTD General Manager Colleen Marsh opened the meeting.\n\n${filler}\n\nBoard member Ana Ruiz spoke.\n\n"We have to be honest about the money," the general manager said.`)
    ).toEqual([['Colleen Marsh', 'We have to be honest about the money']])
  })

  test('a judgment after "called" is a partial quote; a name after "dubbed" or "called" is a term', () => {
    const body = 'Coach Desmond Achter called the collapse "a 12-minute nightmare."\n\nFans dubbed the team "the Cardiac Kids" and called the arena "The Pit."'
    expect(quotes(body)).toEqual([['Desmond Achter', 'a 12-minute nightmare.']])
    expect(articleToJsonLd('Headline\n\n' + body, {format: 'text'}).article.quotedTerms.map((term) => term.text)).toEqual(['the Cardiac Kids', 'The Pit.'])
  })

  test('"he said" can mean a Kai: names given to girls and boys alike guess no gender', () => {
    expect(quotes('Junior Kai Etsitty built the robot.\n\n"She came to the regional," he said.')).toEqual([['Kai Etsitty', 'She came to the regional']])
  })

  test('a long official name before the verb is the speaker', () => {
    expect(quotes('"Public money is a public trust," the U.S. Attorney\'s Office for the District of Colorado said in a statement.')).toEqual([
      ["U.S. Attorney's Office for the District of Colorado", 'Public money is a public trust']
    ])
  })
})

describe('quote shapes', () => {
  test('a split quote is one quotation', () => {
    expect(quotes('Councilwoman Ana Ruiz voted no.\n\n"It is too fast," she said. "Families need time."')).toEqual([
      ['Ana Ruiz', 'It is too fast. Families need time.']
    ])
  })

  test('the comma before the attribution is no part of the quote', () => {
    expect(quotes('"We will rebuild," Mayor Ana Ruiz said.')).toEqual([['Ana Ruiz', 'We will rebuild']])
    expect(quotes('"We will rebuild,” said Mayor Ana Ruiz, "and we will do it together."')).toEqual([
      ['Ana Ruiz', 'We will rebuild and we will do it together.']
    ])
  })

  test('a quote split by its attribution between sentences reads as those sentences', () => {
    expect(quotes('Mayor Ana Ruiz spoke Tuesday.\n\n"We owe it to residents," Ruiz told residents. "We\'re not done."')).toEqual([
      ['Ana Ruiz', "We owe it to residents. We're not done."]
    ])
  })

  test('a multi-paragraph quote is one quotation', () => {
    expect(quotes('Rep. Omar Haddad spoke first.\n\n"First paragraph of the speech,\n\n"and the second one," Haddad said.')).toEqual([
      ['Omar Haddad', 'First paragraph of the speech, and the second one']
    ])
  })

  test('a paragraph that goes on with a quote without its mark closes it at a mark set apart from its word', () => {
    // (Copy whose marks were rejoined to the word after them: `…in spring, "Talia…` is `…in spring," Talia…`.)
    expect(quotes('"The money is there.\n\nThe bridge will open in spring, "Talia Brennock told the council.')).toEqual([
      ['Talia Brennock', 'The money is there. The bridge will open in spring']
    ])
    // A paragraph that opens a quote of its own after a comma is still an opening.
    expect(quotes('"The money is there," Brennock said.\n\nShe added, "The bridge will open in spring.')).toEqual([
      ['Brennock', 'The money is there'],
      ['Brennock', 'The bridge will open in spring.']
    ])
  })

  test('mixed curly and straight marks pair', () => {
    expect(quotes('“We think our values will hold," Mayor Lena Park said.')).toEqual([['Lena Park', 'We think our values will hold']])
  })

  test('nested single quotes stay in the text', () => {
    expect(quotes(`"He told me, 'Go home,' and I did," said Tom Avery.`)).toEqual([['Tom Avery', "He told me, 'Go home,' and I did"]])
  })

  test('a partial quote inside a sentence', () => {
    expect(quotes('Councilman Eli Novak called the plan "a textbook case of favoritism" on Monday.')).toEqual([
      ['Eli Novak', 'a textbook case of favoritism']
    ])
  })

  test('a Markdown blockquote with a dash line', () => {
    const {article} = articleToJsonLd('# Headline\n\nThe vote was close.\n\n> "We will not stop."\n>\n> — Rep. Carla Menendez\n')
    expect(article.quotations.map((quotation) => [quotation.speaker?.name, quotation.text])).toEqual([['Carla Menendez', 'We will not stop.']])
  })
})

describe('not quotations', () => {
  test('scare quotes, names, nicknames and titles are terms', () => {
    const {article} = articleToJsonLd(
      'Headline\n\nThe so-called "sanctuary" policy drew fire. Trump\'s "Operation Aurora" began. Bill "Sandy" Hughes watched the film "The Long Night" with fans of the album \'Northern Lights\'.',
      {format: 'text'}
    )
    expect(article.quotations).toEqual([])
    expect(article.quotedTerms.map((term) => term.text)).toEqual(['Northern Lights', 'sanctuary', 'Operation Aurora', 'Sandy', 'The Long Night'])
  })

  test('a title inside a sentence is a term even with an attribution after it', () => {
    const {article} = articleToJsonLd(
      'Headline\n\nSen. Ana Cole told "Morning Hour With Dee," that the plan was dead. On Channel 9\'s "Face the Valley," Cole said the vote would fail.',
      {format: 'text'}
    )
    expect(article.quotations).toEqual([])
    expect(article.quotedTerms.map((term) => term.text)).toEqual(['Morning Hour With Dee,', 'Face the Valley,'])
  })

  test('a possessive is no speech verb: the state\'s "Fix It First" program', () => {
    expect(quotes('The state\'s "Fix It First" program put the bridge on a list.')).toEqual([])
  })

  test('apostrophes are never quote marks', () => {
    expect(quotes("The Broncos' coach didn't talk about the '90s or rock 'n' roll.")).toEqual([])
  })
})

describe('speakers', () => {
  test('surname, pronoun, role and organization', () => {
    const body = [
      'Mayor Mike Jensen and Aurora Councilmember Danielle Jurgens met Tuesday with U.S. Immigration and Customs Enforcement.',
      '"We will cooperate," Jensen said.',
      '"Not with me," Jurgens said. She walked out.',
      '"I stand by it," she said.',
      '"Our policies serve everyone," Denver\'s mayor said.',
      '"We follow the law," ICE said in a statement.'
    ].join('\n')
    expect(quotes(body)).toEqual([
      ['Mike Jensen', 'We will cooperate'],
      ['Danielle Jurgens', 'Not with me'],
      ['Danielle Jurgens', 'I stand by it'],
      ['Mike Jensen', 'Our policies serve everyone'],
      ['U.S. Immigration and Customs Enforcement', 'We follow the law']
    ])
    expect(resolutions(body)).toEqual(['surname', 'surname', 'pronoun', 'role', 'organization'])
  })

  test('a pronoun agrees in gender with its antecedent', () => {
    expect(quotes('Coach Maria Lopez and Athletic Director James Ward spoke.\n\n"We were tired," he said.')).toEqual([['James Ward', 'We were tired']])
  })

  test('a pronoun takes the subject of the sentence before over a name in its object', () => {
    expect(quotes('Ruth Alder met with Gov. Jane Polk on Monday.\n\n"We agreed," she said.')).toEqual([['Ruth Alder', 'We agreed']])
    expect(quotes('Coach Bryce Hanley pulled his starter, Eli Moss, in the sixth.\n\n"He gave us what he had," he said.')).toEqual([
      ['Bryce Hanley', 'He gave us what he had']
    ])
    expect(quotes('On Friday, Karen Voss told Linda Shaw about the plan. "It will work," she said.')).toEqual([['Karen Voss', 'It will work']])
  })

  test('a pronoun subject sends the search back past its sentence; coordinated names keep the most recent', () => {
    expect(quotes('Sen. Maria Duarte spoke first.\n\nShe thanked Rep. Alice Kemp for her vote. "It was brave," she said.')).toEqual([
      ['Maria Duarte', 'It was brave']
    ])
    expect(quotes('Ruth Alder and Jane Polk met on Monday.\n\n"We agreed," she said.')).toEqual([['Jane Polk', 'We agreed']])
    expect(quotes('Polk said Alder, Ruth Kemp and Jane Polk had met. "We agreed," Kemp said. "It was long," she added.')).toEqual([
      ['Ruth Kemp', 'We agreed'],
      ['Ruth Kemp', 'It was long']
    ])
  })

  test('a short partial quote after a labeling verb and its object is the subject\'s judgment', () => {
    expect(quotes('Sen. Maria Duarte called the plan “reckless” on Tuesday.')).toEqual([['Maria Duarte', 'reckless']])
    expect(quotes('Gov. Tom Reyes described the proposal as “unworkable” and said he would veto it.')).toEqual([['Tom Reyes', 'unworkable']])
    expect(quotes('Judge Ruth Kemp called the defendant “remorseless” before sentencing him.')).toEqual([['Ruth Kemp', 'remorseless']])
  })

  test('without an object of its own, a labeling verb names a thing', () => {
    const body = [
      'Police warned residents about a scam called “spoofing” that targets seniors.',
      'Rep. Alan Price called for “patience” in the talks.',
      'Crews switched to what firefighters call a “defensive” attack.',
      'Researchers have called the county one of the state’s “care deserts” for years.',
      'The startup sells a device called “Haven” to farmers.'
    ].join('\n\n')
    expect(quotes(body)).toEqual([])
  })

  test('a kin noun or a state before the name is no subject', () => {
    expect(quotes('Tom Dubois runs the farm. His daughter, Michelle Dubois, said: “We tapped early this year.”')).toEqual([
      ['Michelle Dubois', 'We tapped early this year.']
    ])
    expect(quotes('At a rally in Concord, N.H., the crowd held a banner that read “Count every vote!”')).toEqual([[null, 'Count every vote!']])
  })

  test('a lead-in after the dateline names the speaker of the next paragraph', () => {
    const body = 'LAS CRUCES, N.M. — Mayor Graciela Montoya released the following statement Tuesday after flash flooding damaged homes:\n\n“Our thoughts are with every family.”'
    expect(quotes(body)).toEqual([['Graciela Montoya', 'Our thoughts are with every family.']])
  })

  test('a plural common noun that opens the sentence is no speaker the story has not named', () => {
    const body = 'WASHINGTON (AP) — Senators from both parties pressed the agency on Thursday, with one Republican accusing it of “managing a crisis with a spreadsheet.”'
    const {article} = articleToJsonLd('Headline\n\n' + body, {format: 'text'})
    expect(article.quotations.map((quotation) => quotation.speaker?.name ?? null)).toEqual([null])
    expect(article.entities.map((entity) => entity.name)).not.toContain('Senators')
  })

  test('a participle after a clause with no cue takes that clause\'s named subject', () => {
    expect(quotes('Phil Kerwin spoke. Kerwin needled the reporter, saying, “A reporter who posts on request!”')).toEqual([
      ['Phil Kerwin', 'A reporter who posts on request!']
    ])
  })

  test('a clause after a quote that ends its sentence is no attribution of that quote', () => {
    const body = 'Dana Voss spoke. He took credit for "being right on taxes." And then Voss went fully on the attack, saying, "Will the mayor resign?"'
    expect(quotes(body)).toEqual([
      [null, 'being right on taxes.'],
      ['Dana Voss', 'Will the mayor resign?']
    ])
  })

  test('colon and inverted lead-ins: a party in parentheses, an aside after the name, a statement issued', () => {
    expect(quotes('Rep. Trey Godwin (R-S.C.):“Who told you that?”')).toEqual([['Trey Godwin', 'Who told you that?']])
    expect(quotes('Mayor Dorothy Pointer spoke. Said Pointer, who grew up in the neighborhood, “We were all so proud of him.”')).toEqual([
      ['Dorothy Pointer', 'We were all so proud of him.']
    ])
    expect(quotes('After the storm, Gov. Alma Ruiz issued a statement, “Our crews will work through the night.”')).toEqual([
      ['Alma Ruiz', 'Our crews will work through the night.']
    ])
  })

  test('a lead-in whose subject is a group or a body: the named member, or the body', () => {
    expect(quotes('Commissioner Jane Roe toured the bridge on Monday.\n\nRoe and two engineers released this:\n\n“We will reopen it by spring.”')).toEqual([
      ['Jane Roe', 'We will reopen it by spring.']
    ])
    expect(quotes('The Senate sat past midnight on the budget.\n\nThe Senate voted:\n\n“The measure is adopted.”')).toEqual([['Senate', 'The measure is adopted.']])
  })

  test('a possessor\'s reply or document before a colon is the possessor\'s', () => {
    expect(quotes('Hillary Clinton spoke. Clinton’s response was: “Is he serious?”')).toEqual([['Hillary Clinton', 'Is he serious?']])
    expect(quotes('Mayor Ana Ruiz spoke. The mayor’s reply: “Not today.”')).toEqual([['Ana Ruiz', 'Not today.']])
    expect(quotes('Jeb Bush spoke. From Bush’s Facebook post: “For the sake of our party, we must move on.”')).toEqual([
      ['Jeb Bush', 'For the sake of our party, we must move on.']
    ])
  })

  test('"pressed" introduces a quote; "press" stays a noun', () => {
    expect(quotes('Sean Hallett spoke. “Would it be negotiable?” Hallett pressed.')).toEqual([['Sean Hallett', 'Would it be negotiable?']])
    expect(quotes('“We will see,” press secretary Dana Ortiz said.')).toEqual([['Dana Ortiz', 'We will see']])
  })

  test('a quote between dashes is the words of the named subject before them, unless a cue follows', () => {
    expect(quotes('Gov. Dana Kline spoke for an hour. When Kline finally wrapped up — “I will fight for you, every day!” — the balloons fell.')).toEqual([
      ['Dana Kline', 'I will fight for you, every day!']
    ])
    expect(quotes('Gov. Dana Kline spoke. When Kline entered the hall — “Four more years for all of us!” — the crowd chanted.')).toEqual([
      [null, 'Four more years for all of us!']
    ])
    expect(quotes('The crowd gathered — “Lock them all up tonight!” — as the motorcade passed.')).toEqual([[null, 'Lock them all up tonight!']])
  })

  test('an unnamed source is no speaker, and is reported', () => {
    const result = articleToJsonLd('Headline\n\n"It was chaos," a senior official said.\n\n"Nobody knows why it happened."', {format: 'text'})
    expect(result.article.quotations.map((quotation) => quotation.speaker)).toEqual([undefined, undefined])
    expect(result.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['missing-url', 1, 1],
      ['quote-unattributed', 3, 2],
      ['quote-unattributed', 5, 2]
    ])
  })

  test('a sentence opener before the comma is no speaker: the name before the verb is', () => {
    const body = [
      'Senator Wilma Ashby and Gov. Theo Brandt toured the dam.',
      'Responding to the report, Ashby said: "The dam will hold."',
      'Later in the week, Brandt wrote, "We will watch it."',
      'No wonder Brandt said, "It needs work."',
      'A reporter asked about costs and Ashby said, "Ask the state."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Wilma Ashby', 'The dam will hold.'],
      ['Theo Brandt', 'We will watch it.'],
      ['Theo Brandt', 'It needs work.'],
      ['Wilma Ashby', 'Ask the state.']
    ])
    // No organization is made of the opener.
    const {article} = articleToJsonLd('Headline\n\n' + body, {format: 'text'})
    expect(article.entities.map((entity) => entity.name)).toEqual(['Wilma Ashby', 'Theo Brandt'])
  })

  test('a name inside a longer name or after a preposition is no subject', () => {
    expect(quotes('A spokesperson for the Harlan Department of Parks and Recreation called the trail "a gift to the valley."')).toEqual([
      [null, 'a gift to the valley.']
    ])
  })

  test('between the name and the verb: a party in parentheses, an adverb, a lower-case role', () => {
    const body = [
      '"The levee held," Rep. Nora Quill (D-Ore.) said.',
      '"It was close," Sen. Ivo Marsh has said.',
      '"We were lucky," river engineer Tomas Vey told reporters.'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Nora Quill', 'The levee held'],
      ['Ivo Marsh', 'It was close'],
      ['Tomas Vey', 'We were lucky']
    ])
  })

  test('a cue with no subject of its own goes on the earlier quote of the sentence: adding, saying', () => {
    const body = 'Gov. Tom Reed told reporters the plan was "a mess from the start," adding, "We will fix it."\n\nSen. Ana Cole spoke on "Meet the Press," adding, "It is broken."'
    expect(quotes(body)).toEqual([
      ['Tom Reed', 'a mess from the start'],
      ['Tom Reed', 'We will fix it.'],
      ['Ana Cole', 'It is broken.']
    ])
  })

  test('a name right before the verb is its subject; the next sentence is no attribution of a quote introduced by its cue', () => {
    const body = 'Vance spoke first, to which Ortiz interjected: "That is not true." Judge Ruth Hale agreed and said, "The law is clear." The judge then recalled the case.'
    expect(quotes('Senator Paul Vance and Mayor Rosa Ortiz debated.\n\n' + body)).toEqual([
      ['Rosa Ortiz', 'That is not true.'],
      ['Ruth Hale', 'The law is clear.']
    ])
  })

  test('a colon lead-in with no verb, and the verb before its subject', () => {
    const body = [
      'Pollster Nadia Quint studied the race.',
      'Why the polls missed - Nadia Quint: "Voters made up their minds in the last two days."',
      'Stated Quint: "The undecided voters broke late and they broke hard."',
      'Said Quint, "We will change how we weight the young voters."',
      'According to the Harlan Gazette: "The count will take another week at least."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Nadia Quint', 'Voters made up their minds in the last two days.'],
      ['Nadia Quint', 'The undecided voters broke late and they broke hard.'],
      ['Nadia Quint', 'We will change how we weight the young voters.'],
      ['Harlan Gazette', 'The count will take another week at least.']
    ])
  })

  test('a colon after a date or a heading in capitals names no speaker', () => {
    expect(quotes('Sen. Joe Vance said Monday: "We will win this race."\n\nKey Takeaways: "The plan costs more than it saves in the end."')).toEqual([
      ['Joe Vance', 'We will win this race.'],
      [null, 'The plan costs more than it saves in the end.']
    ])
  })

  test('more speech verbs: barked, boomed, echoed, fired back, went on', () => {
    const body = 'Coach Rita Vole watched.\n\n"Get back on defense," Vole barked.\n\n"You know it happens," Vole went on.\n\nVole fired back: "We played the whole game hard."'
    expect(quotes(body)).toEqual([
      ['Rita Vole', 'Get back on defense'],
      ['Rita Vole', 'You know it happens'],
      ['Rita Vole', 'We played the whole game hard.']
    ])
  })

  test('a speaker the recognizer missed: the given name after a run of titles, and a state after the name', () => {
    const body = [
      '"We will appeal the ruling today," FBI General Counsel Jamal R. Oduya wrote in a letter.',
      '"The plant will stay open for now," said United Auto Workers Secretary-Treasurer Gary Casteel.',
      '"There has been a lot of talk about it," Senate Majority Leader Mitch McConnell, R-Ky., said.'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Jamal R. Oduya', 'We will appeal the ruling today'],
      ['Gary Casteel', 'The plant will stay open for now'],
      ['Mitch McConnell', 'There has been a lot of talk about it']
    ])
  })

  test('a quote that starts a sentence after another quote\'s attribution has its own speaker', () => {
    const body = '"He is gone," said Sen. Rhoda Kessel. "He will have to earn the seat back by winning," added Rep. Tomas Ebersole of Ohio.'
    expect(quotes(body)).toEqual([
      ['Rhoda Kessel', 'He is gone'],
      ['Tomas Ebersole', 'He will have to earn the seat back by winning']
    ])
  })

  test('as X said, and a conjunction before the subject', () => {
    const body = [
      'As analyst Mirela Dunbar said last week in Toledo, "The county votes with the winner every time."',
      'As the Harlan Gazette’s Otto Brandt puts it, "Nobody in the valley is happy with the plan."',
      'But Sen. Wendell Ashby (D-Ore.), noting the size of the crowd, said, "We have a real movement here now."',
      'And Ashby called Dunbar "a real smart analyst, and a good friend of the campaign."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Mirela Dunbar', 'The county votes with the winner every time.'],
      ['Otto Brandt', 'Nobody in the valley is happy with the plan.'],
      ['Wendell Ashby', 'We have a real movement here now.'],
      ['Wendell Ashby', 'a real smart analyst, and a good friend of the campaign.']
    ])
  })

  test('as X spoke, with a clause between it and the quote, introduces no quote', () => {
    const body = 'Sen. Rhoda Kessel rose. As Kessel spoke, the lobby was going into overdrive, whipping lawmakers against "any new rule at all on the books."'
    expect(quotes(body)).toEqual([[null, 'any new rule at all on the books.']])
  })

  test('a participle after a comma has the subject of the clause before it', () => {
    const body = [
      'Press secretary Lionel Aske spoke Monday.',
      'The two leaders will meet next week, Aske said, adding, "They need to sit down and have a talk."',
      'Aske then went on the attack, saying, "Nobody asked the mayor about the budget."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Lionel Aske', 'They need to sit down and have a talk.'],
      ['Lionel Aske', 'Nobody asked the mayor about the budget.']
    ])
  })

  test('a colon after a clause whose subject the story named: released the following statement, resisted', () => {
    const body = [
      'Mayor Elena Ortiz toured the damage with Gov. Ray Lusk.',
      'In response to the flooding, Mayor Ortiz released the following statement: "The city will rebuild, block by block."',
      'Lusk resisted: "The state does not have the money for all of it."',
      'The plan had one flaw: "Nobody knows who pays for the pumps."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Elena Ortiz', 'The city will rebuild, block by block.'],
      ['Ray Lusk', 'The state does not have the money for all of it.'],
      [null, 'Nobody knows who pays for the pumps.']
    ])
  })

  test('the name right before the verb when the sentence\'s subject phrase stops short of it', () => {
    const body = [
      'The hearing grew so tense over who funded which study that Gov. Ansel Marwick said, "I need a translator for this."',
      'The city bid for the games hoping to shed what Orla Venn called "a perception problem."',
      'Donald Pell spoke. The aide who met Pell said, "He was tired of the questions."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Ansel Marwick', 'I need a translator for this.'],
      ['Orla Venn', 'a perception problem.'],
      [null, 'He was tired of the questions.']
    ])
  })

  test('a name after a lower-case title is the speaker the recognizer missed; a known name keeps its person', () => {
    const body = 'Donald Pell spoke Monday.\n\nIn response, Republican presidential nominee Donald Pell issued the following statement: "Our prayers are with the families."'
    expect(quotes(body)).toEqual([['Donald Pell', 'Our prayers are with the families.']])
    expect(articleToJsonLd('Headline\n\n' + body, {format: 'text'}).article.entities.map((entity) => [entity.type, entity.name])).toEqual([['Person', 'Donald Pell']])
  })

  test('a quote that ends its sentence is introduced by the cue before it, not by the next sentence', () => {
    const body = [
      'Councilwoman Ilse Barro spoke.',
      'Barro first said in the spring, when the audit came out, "I did not see the report. Nobody showed it to me." Later in the summer, she revised her statement explaining that she had seen a draft.',
      'Barro replied to Dana Kurtz with, "Why now? That was on my way to the airport?" Kurtz then writes back, "You look tired."'
    ].join('\n\n')
    expect(quotes(body)).toEqual([
      ['Ilse Barro', 'I did not see the report. Nobody showed it to me.'],
      ['Ilse Barro', 'Why now? That was on my way to the airport?'],
      ['Dana Kurtz', 'You look tired.']
    ])
  })

  test('a lead-in paragraph of From and a name, and reacted as a speech verb', () => {
    const body = 'Senator Ruth Vance issued a statement Monday.\n\nFrom Senator Vance:\n\n"We will not stand for this."\n\n"Nobody asked us," reacted Mayor Ines Koller.'
    expect(quotes(body)).toEqual([
      ['Ruth Vance', 'We will not stand for this.'],
      ['Ines Koller', 'Nobody asked us']
    ])
  })

  test('a quote that starts its sentence takes the attribution after it over the sentence before it', () => {
    const body = 'Rivals reacted on social media, with Lena Ostrow summing up the mood. "We need tougher leadership - and we need it now!" Ostrow said on Twitter.'
    expect(quotes(body)).toEqual([['Lena Ostrow', 'We need tougher leadership - and we need it now!']])
  })

  test('Dr without a period is a title, and the later surname links to the full name', () => {
    const body = 'Dr Ngozi Okafor runs the clinic in Enugu.\n\n"We need more beds," Dr Okafor said.\n\n"It is hard every winter," Okafor said.'
    expect(quotes(body)).toEqual([
      ['Ngozi Okafor', 'We need more beds'],
      ['Ngozi Okafor', 'It is hard every winter']
    ])
    const people = articleToJsonLd('Headline\n\n' + body, {format: 'text'}).article.entities.filter((entity) => entity.type === 'Person')
    expect(people.map((person) => [person.name, person.jobTitle])).toEqual([['Ngozi Okafor', 'Doctor']])
  })

  test('a quote-only paragraph after a quoted speaker continues that speaker', () => {
    expect(resolutions('"We are done," Sen. Ada Whitfield said.\n\n"We will be back next year."')).toEqual(['name', 'continuation'])
  })
})

describe('output', () => {
  test('Quotation nodes link to the speaker and the article, with positions in the model', () => {
    const result = articleToJsonLd('---\nurl: https://e.com/a\n---\n\n# Headline\n\n"It is over," said Mayor Lena Park.\n')
    expect(result.jsonld['@graph']).toContainEqual({
      '@type': 'Quotation',
      '@id': 'https://e.com/a#quote-1',
      text: 'It is over',
      creator: {'@id': 'https://e.com/a#person-lena-park'},
      isPartOf: {'@id': 'https://e.com/a#article'}
    })
    expect(result.jsonld['@graph']).toContainEqual({'@type': 'Person', '@id': 'https://e.com/a#person-lena-park', name: 'Lena Park', jobTitle: 'Mayor'})
    const [quotation] = result.article.quotations
    expect(quotation?.parts[0]?.position).toEqual({start: {line: 7, column: 2, offset: 43}, end: {line: 7, column: 13, offset: 54}})
    expect(quotation?.cue?.text).toBe('said')
    expect(quotation?.speaker).toMatchObject({name: 'Lena Park', type: 'Person', resolution: 'name', phrase: {text: 'Mayor Lena Park'}})
  })
})
