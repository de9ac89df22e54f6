// A fresh CSP nonce for every request: sent in the Content-Security-Policy
// header, and to the page as the `x-nonce` request header.
import {NextResponse} from 'next/server'

export function middleware(request) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({request: {headers}})
  response.headers.set('content-security-policy', policy)
  return response
}

export const config = {matcher: '/news/:path*'}
