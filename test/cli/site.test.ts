/**
 * The site of a record for `--profiles`: its registrable domain from the public suffix list,
 * safe as a file name, or none.
 */
import {describe, expect, it} from 'vitest'
import {siteOf} from '../../src/cli/site.js'

describe('siteOf', () => {
  it.each([
    ['https://www.bbc.co.uk/news/world-123', 'bbc.co.uk'],
    ['http://blogs.nfl.com/2012/11/07/post', 'nfl.com'],
    ['https://user@sub.Example.ORG:8443/path?q=1', 'example.org'],
    ['www.example.com', 'example.com'],
    ['https://例え.jp/page', 'xn--r8jz45g.jp'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['localhost', 'localhost']
  ])('%j is on %j', (value, site) => {
    expect(siteOf(value)).toBe(site)
  })

  it.each([['not a url'], ['../../etc/passwd'], ['https://a..b/'], [''], [42], [null], ['http://[::1]/']])('%j names no site', (value) => {
    expect(siteOf(value)).toBeUndefined()
  })
})
