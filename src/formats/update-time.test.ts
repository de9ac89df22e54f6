import fc from 'fast-check'
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

test('a spelled-out day before the time: a date without its year, a full date, a weekday', () => {
  expect(readUpdateTime('March 4, 10:42 a.m. — Polls open')).toEqual({date: undefined, day: {month: 3, day: 4}, time: '10:42:00', offset: undefined, rest: 'Polls open'})
  expect(readUpdateTime('Mar. 4 at 9 p.m.')).toMatchObject({day: {month: 3, day: 4}, time: '21:00:00'})
  expect(readUpdateTime('4 March 2025, 22:05: Count resumes')).toMatchObject({date: '2025-03-04', time: '22:05:00', rest: 'Count resumes'})
  expect(readUpdateTime('Sept. 30, 2025, 7:15 a.m.')).toMatchObject({date: '2025-09-30', time: '07:15:00'})
  expect(readUpdateTime('Tuesday 9 p.m.')).toMatchObject({day: {weekday: 2}, time: '21:00:00', rest: ''})
  expect(readUpdateTime('Sun., Nov. 8, 11:30 p.m.')).toMatchObject({day: {month: 11, day: 8}, time: '23:30:00'})
  expect(readUpdateTime('Tue. 2025-03-04 10:42')).toMatchObject({date: '2025-03-04', time: '10:42:00'})
})

test('noon and midnight are times when the heading says nothing else right after them', () => {
  expect(readUpdateTime('Noon')).toEqual({date: undefined, time: '12:00:00', offset: undefined, rest: ''})
  expect(readUpdateTime('Midnight — Polls closed everywhere')).toMatchObject({time: '00:00:00', rest: 'Polls closed everywhere'})
  expect(readUpdateTime('12 noon: Recess')).toMatchObject({time: '12:00:00', rest: 'Recess'})
  expect(readUpdateTime('Wednesday, midnight')).toMatchObject({day: {weekday: 3}, time: '00:00:00'})
  for (const heading of ['Midnight in Paris', 'Noonan speaks', 'March madness', 'March 4 rally draws thousands', 'Sun Valley 10 things', 'May 3 p.m.', 'Tuesday', 'Monday night football']) {
    expect(readUpdateTime(heading), heading).toBeUndefined()
  }
})

test('a spelled-out day that no year has, or two dates, is unreadable', () => {
  for (const heading of ['Feb. 30, 10:00', '31 April 9 a.m.', 'Feb 29, 2025, 10:00', 'March 4, 2025-03-04 10:00']) {
    expect(readUpdateTime(heading), heading).toHaveProperty('unreadable')
  }
  expect(readUpdateTime('Feb. 29, 2024, 10:00')).toMatchObject({date: '2024-02-29'})
})

test('any heading reads without throwing, and a time it reads is a valid clock time (property)', () => {
  const pieces = ['March', 'Mar.', '4', '2025', ',', ' ', 'at', 'Tuesday', 'noon', 'Midnight', '12', ':', '42', 'a.m.', 'p.m.', '—', 'T', '-', '05:00', 'Z', '31', 'Feb']
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 12}), fc.string(), (parts, tail) => {
      const result = readUpdateTime(parts.join('') + tail)
      if (result && !('unreadable' in result)) expect(result.time).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/)
    })
  )
})
