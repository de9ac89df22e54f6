/**
 * Abbreviations news copy uses for first-order divisions outside the US,
 * with their ISO 3166-2 codes: the AP and Canadian Press forms of Canada's
 * provinces and territories (`Barrie, Ont.`, `Wainwright, Alta.`) and the
 * two Australian state abbreviations that are no English word or name.
 * A closed class, written here. Left out on purpose: `Man.` (the word
 * *man*), `Vic`, `Tas` (given names), `WA`, `SA`, `NT`, `ACT` and the
 * two-letter Canadian postal codes other than `BC` (US postal codes, words).
 */
export const divisionAliases: ReadonlyMap<string, string> = new Map([
  ['Alta.', 'CA-AB'],
  ['B.C.', 'CA-BC'],
  ['N.B.', 'CA-NB'],
  ['Nfld.', 'CA-NL'],
  ['N.S.', 'CA-NS'],
  ['N.W.T.', 'CA-NT'],
  ['Ont.', 'CA-ON'],
  ['P.E.I.', 'CA-PE'],
  ['Que.', 'CA-QC'],
  ['Sask.', 'CA-SK'],
  ['NSW', 'AU-NSW'],
  ['Qld', 'AU-QLD'],
])
