import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {describe, expect, test} from 'vitest'
import {report} from './messages.js'

describe('report', () => {
  test('makes a vfile message with the rule, source, url, place and severity', () => {
    const file = new VFile({path: 'a.md', value: 'x'})
    const message = report(file, 'unreadable-date', 'Unexpected `yesterday`, expected a date', {place: {line: 2, column: 3}, actual: 'yesterday', expected: ['2026-01-01']})
    expect(message).toBeInstanceOf(VFileMessage)
    expect(file.messages).toEqual([message])
    expect(message).toMatchObject({ruleId: 'unreadable-date', source: 'newsroom-jsonld', line: 2, column: 3, fatal: false, actual: 'yesterday', expected: ['2026-01-01']})
    expect(message.url).toBe('https://github.com/newsroom-jsonld/newsroom-jsonld#unreadable-date')
    expect(String(message)).toBe('a.md:2:3: Unexpected `yesterday`, expected a date')
  })

  test('records no stack trace and leaves Error.stackTraceLimit as it was', () => {
    const limit = Error.stackTraceLimit
    const message = report(new VFile(), 'missing-url', 'Unexpected article without URL, expected `url`')
    expect(message.stack).toBe('')
    expect(Error.stackTraceLimit).toBe(limit)
    expect(new Error('after').stack).toContain('messages.test')
  })
})
