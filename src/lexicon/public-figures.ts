/**
 * Surnames that news copy uses alone without introducing the person
 * (`Trump's order`). Only heads of state and government, kept short: any
 * other surname-only name must be introduced in the article first.
 */
export const publicFigureSurnames: ReadonlySet<string> = new Set([
  'biden', 'carney', 'lula', 'macron', 'merz', 'modi', 'netanyahu', 'obama', 'putin', 'sheinbaum',
  'starmer', 'trump', 'xi', 'zelensky', 'zelenskyy'
])
