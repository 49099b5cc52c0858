import { readFileSync } from 'node:fs'
import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { Consultations } from '../../collections/consultations'
import { DisclosureApplications } from '../../collections/disclosure-applications'
import { Messages } from '../../collections/messages'
import { PolicyDocuments } from '../../collections/policy-documents'
import { CalendarYearMissingError } from '../../src/calendar/workingDays'
import { averageHandlingProblem, deadlineNoteComponents, deadlineNoteIn, publishDeadlineNotApplicable } from '../../src/i18n/storedNotes'

const han = /[\u3400-\u9fff]/

/**
 * Every deadline note the server stores: the not-applicable sentence (policy-documents/deadline.ts), a missing
 * holiday year (deadline.ts, lateness, disclosure clocks, consultation feedback, message reply deadlines all store
 * CalendarYearMissingError's message) and the statistics' average-time problem built from it.
 */
const storedNotes = [
  publishDeadlineNotApplicable.zh,
  new CalendarYearMissingError(2027).message,
  `${averageHandlingProblem.zh}${new CalendarYearMissingError(2031).message}`,
]

describe('stored deadline notes in the admin language', () => {
  it('shows a Chinese admin the stored note unchanged', () => {
    for (const note of storedNotes) {
      expect(deadlineNoteIn('zh', note)).toBe(note)
      expect(deadlineNoteIn(undefined, note)).toBe(note)
    }
  })

  it('shows an English admin every stored note in English, numbers kept', () => {
    for (const note of storedNotes) expect(deadlineNoteIn('en', note), note).not.toMatch(han)
    expect(deadlineNoteIn('en', publishDeadlineNotApplicable.zh)).toBe(publishDeadlineNotApplicable.en)
    expect(deadlineNoteIn('en', new CalendarYearMissingError(2027).message)).toBe(new CalendarYearMissingError(2027).text.en)
    expect(deadlineNoteIn('en', storedNotes[2]!)).toBe(`The average handling time cannot be computed: ${new CalendarYearMissingError(2031).text.en}`)
  })

  it('leaves a note it does not know as stored rather than guessing', () => {
    expect(deadlineNoteIn('en', '某个未知说明')).toBe('某个未知说明')
  })
})

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    const nested = 'fields' in field ? field.fields : 'tabs' in field ? field.tabs.flatMap((t) => t.fields) : []
    const found = findField(nested, name)
    if (found) return found
  }
  return undefined
}

describe('the admin shows stored deadline notes through the language-aware components', () => {
  const wired: [CollectionConfig, string][] = [
    [PolicyDocuments, 'publishDeadlineNote'],
    [DisclosureApplications, 'clockProblem'],
    [Consultations, 'feedbackDueProblem'],
    [Messages, 'deadlineProblem'],
  ]
  it.each(wired)('%# the note field uses the field and cell components', (collection, name) => {
    const field = findField(collection.fields, name)
    expect(field, `${collection.slug}.${name}`).toBeDefined()
    expect((field!.admin as { components?: unknown }).components).toEqual(deadlineNoteComponents)
  })

  it('the import map lists both components', () => {
    const importMap = readFileSync(new URL('../../src/app/(payload)/admin/importMap.js', import.meta.url), 'utf8')
    for (const path of Object.values(deadlineNoteComponents)) expect(importMap).toContain(`"${path}"`)
  })
})
