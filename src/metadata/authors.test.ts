import {describe, expect, test} from 'vitest'
import {isOrganizationName, parseByline} from './authors.js'

describe('parseByline', () => {
  test.each([
    ['By Jane Doe', [{type: 'Person', name: 'Jane Doe'}]],
    ['By Jane Doe and John Roe', [{type: 'Person', name: 'Jane Doe'}, {type: 'Person', name: 'John Roe'}]],
    ['Jane Doe, John Roe and Ann Lee', [{name: 'Jane Doe'}, {name: 'John Roe'}, {name: 'Ann Lee'}]],
    ['Jane Doe & John Roe', [{name: 'Jane Doe'}, {name: 'John Roe'}]],
    [
      'By Priya Raman and Tomás Herrera, Associated Press',
      [
        {type: 'Person', name: 'Priya Raman', affiliation: 'Associated Press'},
        {type: 'Person', name: 'Tomás Herrera', affiliation: 'Associated Press'}
      ]
    ],
    ['Jane Doe, Staff Writer', [{type: 'Person', name: 'Jane Doe', jobTitle: 'Staff Writer'}]],
    ['Jane Doe | KDVR', [{type: 'Person', name: 'Jane Doe', affiliation: 'KDVR'}]],
    ['KDVR Staff', [{type: 'Organization', name: 'KDVR Staff'}]],
    ['The Associated Press', [{type: 'Organization', name: 'The Associated Press'}]],
    ['Sarah Newsome', [{type: 'Person', name: 'Sarah Newsome'}]],
    ['Grace Pressley and Lucy Timeson', [{type: 'Person', name: 'Grace Pressley'}, {type: 'Person', name: 'Lucy Timeson'}]],
    ['By <b>Jane&nbsp;Doe</b>', [{type: 'Person', name: 'Jane Doe'}]],
    // The validator's byline words: `By:`, `Posted by`, `;` between names.
    ['By: Jane Doe; John Roe', [{type: 'Person', name: 'Jane Doe'}, {type: 'Person', name: 'John Roe'}]],
    ['Posted by Jane Doe, Bureau Chief', [{type: 'Person', name: 'Jane Doe', jobTitle: 'Bureau Chief'}]],
    ['Byron Smith', [{type: 'Person', name: 'Byron Smith'}]],
    ['', []],
    ['By ', []]
  ])('%j', (input, expected) => {
    expect(parseByline(input)).toMatchObject(expected)
  })

  test('the publisher as author is an organization', () => {
    expect(parseByline('Denver Gazette', 'Denver Gazette')).toMatchObject([{type: 'Organization'}])
    expect(parseByline('Mile High Daily', 'Mile High Daily')).toMatchObject([{type: 'Organization'}])
  })
})

test('isOrganizationName', () => {
  expect(isOrganizationName('AP')).toBe(true)
  expect(isOrganizationName('Reuters')).toBe(true)
  expect(isOrganizationName('Vincent Chan')).toBe(false)
})
