/** A news agency or broadcaster credited in a dateline. */
export interface NewsAgency {
  readonly name: string
  readonly alternateName: string | undefined
}

// Agencies whose credit in a dateline is an abbreviation of their name.
const agencies = new Map(Object.entries({
  ap: 'The Associated Press',
  afp: 'Agence France-Presse',
  upi: 'United Press International',
  dpa: 'Deutsche Presse-Agentur',
  cp: 'The Canadian Press',
  pa: 'PA Media',
  ani: 'Asian News International',
  pti: 'Press Trust of India',
  aap: 'Australian Associated Press'
}))

/** The organization behind a dateline credit: `AP` → The Associated Press. */
export function newsAgency(credit: string): NewsAgency {
  const name = agencies.get(credit.toLowerCase())
  return name ? {name, alternateName: credit} : {name: credit, alternateName: undefined}
}
