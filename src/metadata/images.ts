/** An image of the article or a logo. */
export interface Image {
  readonly url: string
  readonly width?: number | undefined
  readonly height?: number | undefined
  readonly caption?: string | undefined
  readonly credit?: string | undefined
}
