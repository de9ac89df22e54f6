/**
 * A deterministic generator of original synthetic news articles for the
 * benchmark: local and wire stories of 350 to 1,050 words (median 670), with a dateline, a
 * byline, 5 to 9 direct quotes in the usual word orders (split and
 * multi-paragraph among them), and people, organizations and places at the
 * density of the fixture corpus. Half are plain wire copy with straight
 * quotes; half are CMS Markdown with YAML frontmatter and curly quotes, as
 * archives mix both. The same seed always gives the same text.
 */

/** A small, fast, seeded random number generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

const given = ['Ana', 'Marcus', 'Priya', 'Tomas', 'Keziah', 'Wendell', 'Lorraine', 'Hugo', 'Amara', 'Dmitri', 'Soledad', 'Kai', 'Rosalind', 'Ezekiel', 'Ingrid', 'Omar']
const family = ['Ruiz', 'Okafor', 'Lindqvist', 'Whitcomb', 'Haddad', 'Benavides', 'Castellano', 'Nakamura', 'Pruitt', 'Delahunt', 'Marchetti', 'Oyelaran', 'Kowalczyk', 'Ferreira', 'Tsosie', 'Albrecht']
const titles = ['Mayor', 'Police Chief', 'Councilmember', 'Sen.', 'Superintendent', 'Sheriff', 'Gov.', 'Commissioner']
const places: ReadonlyArray<readonly [string, string]> = [['DENVER', ''], ['AURORA', 'Colo.'], ['BOULDER', 'Colo.'], ['SPRINGFIELD', 'Ill.'], ['PORTLAND', 'Ore.'], ['TACOMA', 'Wash.'], ['BOISE', 'Idaho'], ['SAVANNAH', 'Ga.']]
const organizations = ['the Regional Transportation District', 'the Denver Police Department', 'the Colorado Department of Transportation', 'Metro Water Coalition', 'the National Weather Service', 'U.S. Immigration and Customs Enforcement']
const sources = ['AP', 'KDVR', 'Reuters', 'KXYZ']
const topics = ['water rates', 'snow removal', 'a school closure', 'a bus route cut', 'a housing plan', 'a wildfire evacuation', 'a new budget', 'a bridge repair']
const clauses = [
  'the city has to plan for the next ten years',
  "nobody on the council wants to raise anyone's bill",
  'the crews worked through the night to keep the roads open',
  'families deserve a straight answer before the vote',
  'we asked for a phased plan and did not get one',
  'the numbers have not changed since the spring',
  'this is the hardest decision I have made in this job',
  'we will be back with a better proposal next month'
]
const filler = [
  'Officials said the plan would be reviewed again at the next meeting.',
  'The proposal drew dozens of residents to a hearing that ran past midnight.',
  'A final vote is expected later this year, after a second public comment period.',
  'The department said it had received more than 400 written comments.',
  'Critics say the cost estimates leave out maintenance for the first decade.',
  'The measure passed a committee vote last week with one dissent.'
]

/** `count` articles from `seed`: even ones plain wire copy, odd ones Markdown with frontmatter. */
export function syntheticArticles(seed: number, count: number): string[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const articles: string[] = []
  for (let index = 0; index < count; index++) {
    const people = Array.from({length: 3}, () => ({given: pick(given), family: pick(family), title: pick(titles)}))
    const [city, state] = pick(places)
    const topic = pick(topics)
    const paragraphs: string[] = [
      `${city}${state ? ', ' + state : ''} (${pick(sources)}) — Officials in ${city.charAt(0) + city.slice(1).toLowerCase()} argued for hours on Tuesday over ${topic}, and ${pick(organizations)} said it would weigh in before the vote.`
    ]
    paragraphs.push(`${people[0]!.title} ${people[0]!.given} ${people[0]!.family} said the decision could not wait.`)
    const quotes = 5 + Math.floor(next() * 5)
    for (let quote = 0; quote < quotes; quote++) {
      const person = pick(people)
      const text = pick(clauses)
      const sentence = text.charAt(0).toUpperCase() + text.slice(1)
      switch (quote % 5) {
        case 0:
          paragraphs.push(`"${sentence}," ${person.family} said.`)
          break
        case 1:
          paragraphs.push(`"${sentence}," said ${person.title} ${person.given} ${person.family}, who has served since 2019.`)
          break
        case 2:
          paragraphs.push(`${person.given} ${person.family} said: "${sentence}."`)
          break
        case 3:
          paragraphs.push(`"${sentence}," ${person.family} said. "${pick(clauses).replace(/^./, (letter) => letter.toUpperCase())}."`)
          break
        default:
          paragraphs.push(`"${sentence},`, `"and ${pick(clauses)}," ${person.family} said.`)
      }
      for (let extra = 1 + Math.floor(next() * 3); extra > 0; extra--) paragraphs.push(pick(filler) + ' ' + pick(filler) + ' ' + pick(filler))
    }
    const headline = `${city.charAt(0) + city.slice(1).toLowerCase()} weighs ${topic}`
    const author = `${pick(given)} ${pick(family)}`
    if (index % 2 === 0) {
      articles.push(`${headline}\n\nBy ${author}\n\n${paragraphs.join('\n\n')}\n`)
    } else {
      // A CMS export: frontmatter, a Markdown heading, typographic quotes.
      const day = String(1 + (index % 28)).padStart(2, '0')
      const frontmatter = `---\ntitle: ${headline}\nauthor: ${author}\ndate: 2026-03-${day}T09:30:00-07:00\nurl: https://news.example/${index}\n---\n\n`
      const body = paragraphs.map((paragraph) => paragraph.replace(/(^|[\s(])"/g, '$1“').replaceAll('"', '”')).join('\n\n')
      articles.push(`${frontmatter}# ${headline}\n\n${body}\n`)
    }
  }
  return articles
}
