// One NewsArticle that every Google rule accepts: validator tests change one property of it at a time.
export const schemaContext = 'https://schema.org'

/** A valid NewsArticle node, written as a page would embed it. */
export const validArticle: Readonly<Record<string, unknown>> = {
  '@context': schemaContext,
  '@type': 'NewsArticle',
  headline: 'Council approves water rate increase',
  datePublished: '2024-03-05T09:30:00-07:00',
  image: 'https://news.example.com/images/council.jpg',
  author: {'@type': 'Person', name: 'Jane Doe', url: 'https://news.example.com/staff/jane-doe'},
  publisher: {'@type': 'Organization', name: 'Example News', url: 'https://news.example.com/'}
}
