import {expect, test} from 'vitest'
import {readUpdateTime} from './update-time.js'

test('reads the time a heading starts with, and the headline after it', () => {
  expect(readUpdateTime('10:42 a.m.')).toEqual({date: undefined, time: '10:42:00', offset: undefined, rest: ''})
  expect(readUpdateTime('10:42 — Polls close in the east')).toEqual({date: undefined, time: '10:42:00', offset: undefined, rest: 'Polls close in the east'})
  expect(readUpdateTime('2025-03-04 10:42')).toEqual({date: '2025-03-04', time: '10:42:00', offset: undefined, rest: ''})
  expect(readUpdateTime('2025-03-04T22:05:30-05:00: Count resumes')).toEqual({date: '2025-03-04', time: '22:05:30', offset: '-05:00', rest: 'Count resumes'})
  expect(readUpdateTime('7 p.m. – Polls close')).toMatchObject({time: '19:00:00', rest: 'Polls close'})
  expect(readUpdateTime('12:15 am')).toMatchObject({time: '00:15:00'})
  expect(readUpdateTime('12:15 PM: Lunch recess')).toMatchObject({time: '12:15:00', rest: 'Lunch recess'})
  expect(readUpdateTime('9:05pm')).toMatchObject({time: '21:05:00'})
})

test('an ordinary heading has no time', () => {
  for (const heading of ['What we know', '3 things to know', '2025 in review', 'Polls close at 8']) {
    expect(readUpdateTime(heading), heading).toBeUndefined()
  }
})

test('a heading that starts like a time but is none is unreadable', () => {
  for (const heading of ['25:10 — Late', '10:75', '13:05 p.m.', '2025-02-30 10:00', '10:425 votes', '0 a.m.']) {
    expect(readUpdateTime(heading), heading).toHaveProperty('unreadable')
  }
})
