/**
 * Names that news copy uses for a place but GeoNames (2020 snapshot) stores
 * differently, with the GeoNames ids they denote. Kept short on purpose: each
 * entry is a common English form that would otherwise miss a major place.
 * Differences of case, accents, punctuation, spacing and St./Saint are already
 * handled by nameKey, so they never need an entry here.
 */
export const placeAliases: ReadonlyMap<string, readonly number[]> = new Map([
  //  news form         GeoNames id   stored in GeoNames as
  ['New York',          [5128581]], // New York City
  ['NYC',               [5128581]], // New York City
  ['Washington',        [4140963]], // Washington, D.C.
  ['Kiev',              [703448]], //  Kyiv
  ['Odesa',             [698740]], //  Odessa (Ukraine's spelling, adopted by AP in 2022)
  ['Astana',            [1526273]], // Nur-Sultan (renamed back in 2022)
  ['Frankfurt',         [2925533]], // Frankfurt am Main
  ['Cologne',           [2886242]], // Köln
  ['Nuremberg',         [2861650]], // Nürnberg
  ['Geneva',            [2660646]], // Genève
  ['Gothenburg',        [2711537]], // Göteborg
  ['Seville',           [2510911]], // Sevilla
  ['Bangalore',         [1277333]], // Bengaluru
  ['Bombay',            [1275339]], // Mumbai (renamed 1995)
  ['Calcutta',          [1275004]], // Kolkata (renamed 2001)
  ['Madras',            [1264527]], // Chennai (renamed 1996)
  ['Rangoon',           [1298824]], // Yangon (renamed 1989)
  ['America',           [6252001]], // United States ("corporate America", "across America"; the continents are named in full)
  ['Quebec City',       [6325494]], // Québec
  ['Ciudad Juárez',     [4013708]], // Juárez
  ['Khan Younis',       [281124]], //  Khān Yūnis
  ['Phila.',            [4560349]], // Philadelphia (AP's abbreviation)
])
