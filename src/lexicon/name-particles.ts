/** Lower-case particles inside names: Ludwig van Beethoven, Juan de la Cruz, Abdullah ibn Saud. */
export const nameParticles: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'dos', 'das'
])
