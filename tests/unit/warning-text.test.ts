import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HealthWarnings } from '../../collections/health-warnings'
import type { SafetyFinding } from '../../src/monitoring/contentSafety'
import { footerProblems } from '../../src/monitoring/footer'
import { interactionFinding } from '../../src/monitoring/interaction'
import { saveWarningMessage } from '../../src/monitoring/saveCheck'
import { deductionScore, earlyWarnings, predictVetoes, type SiteFigures, vetoItems, vetoLabels } from '../../src/monitoring/scoring'
import { deductionReasonIn, healthWarningIn, linkReasonIn, vetoLabelIn, warningMessageComponents } from '../../src/monitoring/warningText'
import { defaultMonitoringSettings } from '../../src/settings/monitoringDefaults'

/**
 * Every health-warning template the code writes, produced by its real writer (scoring.ts `earlyWarnings` over
 * `predictVetoes`, interaction.ts, saveCheck.ts), read in English. Names in the figures are Latin here, so any Han
 * left in the English is a template the mapping missed.
 */
const han = /[\u3400-\u9fff]/
const settings = defaultMonitoringSettings()

const columns = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({
    column: { id: `${prefix}${i}`, title: `${prefix}${i}`, slug: `${prefix}${i}`, kind: 'other' as const },
    class: 'longStale' as const,
    daysSince: null,
    lineDay: null,
  }))

const leaderFinding: SafetyFinding = { kind: 'leaderTitle', term: 'Deputy Wang', name: 'Wang', found: 'Deputy', expected: ['Mayor', 'Secretary'], excerpt: '' }
const misspelt: SafetyFinding = { kind: 'misspelling', term: 'recieve', suggestion: 'receive', excerpt: '' }
const misspeltBare: SafetyFinding = { kind: 'misspelling', term: 'teh', suggestion: null, excerpt: '' }
const sensitive: SafetyFinding = { kind: 'sensitive', term: 'badword', suggestion: null, excerpt: '' }

/** A site that trips every veto and every warning line, with the interaction in one of its three shapes. */
function failing(interaction: SiteFigures['interaction'], homeDays: number | null): SiteFigures {
  return {
    availability: { total: 100, failed: 40, failedPercent: 40 },
    home: { lastPublishedAt: null, daysSince: homeDays },
    columns: { staleNewsNotice: columns(6, 'News'), longStale: columns(11, 'Old'), empty: columns(6, 'Empty'), excusedEmpty: [] },
    links: { brokenHome: 0, brokenInner: 0, brokenAttachments: 0, brokenExternal: 0, unknownExternal: 0, uncheckedExternal: 0 },
    footer: [],
    reposting: { late: 0, overduePending: 0 },
    interaction,
    contentSafety: [leaderFinding, { ...leaderFinding, term: 'Chief Li' }],
    disclosureOverdue: Array.from({ length: 7 }, (_, i) => ({ trackingCode: `YSQ-2026-${i}`, dueOn: `2026-10-2${i}` })),
  }
}

/** A site just under every veto line and over every warning line. */
function warned(): SiteFigures {
  const f = failing(interactionFinding([], { channels: ['领导信箱'], overThreeMonths: 0, warnings: 0 }), 12)
  return {
    ...f,
    availability: { total: 100, failed: 3, failedPercent: 3 },
    columns: { staleNewsNotice: columns(4, 'News'), longStale: columns(3, 'Old'), empty: columns(3, 'Empty'), excusedEmpty: [] },
    contentSafety: [],
    disclosureOverdue: [{ trackingCode: 'YSQ-2026-9', dueOn: '2026-10-29' }],
  }
}

const interactions = [
  interactionFinding([], { channels: ['领导信箱', '咨询', '建议', '投诉'], overThreeMonths: 2, warnings: 3 }, 4),
  interactionFinding([{ title: 'Talk', kind: 'interaction', itemCount: 0 } as never], { channels: [], overThreeMonths: 0, warnings: 0 }),
  interactionFinding([], { channels: [], overThreeMonths: 1, warnings: 0 }),
]

function allWarnings(): string[] {
  const messages: string[] = []
  for (const [i, interaction] of interactions.entries()) {
    const f = failing(interaction, i === 0 ? null : 40)
    messages.push(...earlyWarnings(f, predictVetoes(f, settings), settings).map((w) => w.message))
  }
  const w = warned()
  messages.push(...earlyWarnings(w, predictVetoes(w, settings), settings).map((x) => x.message))
  messages.push(saveWarningMessage('Budget report', [leaderFinding, misspelt, sensitive]))
  messages.push(saveWarningMessage('Budget report', [misspelt, misspeltBare, sensitive]))
  return messages
}

describe('health warnings in the admin language', () => {
  const messages = allWarnings()

  it('the fixtures reach every code the monitor writes', () => {
    const codes = new Set<string>()
    for (const [i, interaction] of interactions.entries()) {
      const f = failing(interaction, i === 0 ? null : 40)
      for (const w of earlyWarnings(f, predictVetoes(f, settings), settings)) codes.add(w.code)
    }
    for (const w of earlyWarnings(warned(), predictVetoes(warned(), settings), settings)) codes.add(w.code)
    expect([...codes].sort()).toEqual(
      ['veto:security', 'veto:unreachable', 'veto:homeStale', 'veto:columnsStale', 'veto:interaction', 'warn:unreachable', 'warn:homeStale', 'warn:emptyColumns', 'warn:staleColumns', 'warn:disclosureOverdue'].sort(),
    )
  })

  it('gives a Chinese admin the stored message unchanged', () => {
    for (const message of messages) expect(healthWarningIn('zh', message)).toBe(message)
  })

  it('leaves no Chinese in any template for an English admin', () => {
    for (const message of messages) expect(healthWarningIn('en', message), message).not.toMatch(han)
  })

  it('keeps the figures and names of each template', () => {
    const en = (code: string, f: SiteFigures) => healthWarningIn('en', earlyWarnings(f, predictVetoes(f, settings), settings).find((w) => w.code === code)!.message)
    const worst = failing(interactions[0]!, null)
    expect(en('veto:security', worst)).toBe('Predicted veto “Serious wording errors and other security problems”: 2 wrong leader titles (Deputy Wang, Chief Li) (veto line: any serious wording error)')
    expect(en('veto:unreachable', worst)).toBe(`Predicted veto “Site unreachable”: 100 checks in the last ${settings.availabilityWindowDays} days, 40 unreachable (40%) (veto line: unreachable share ≥ ${settings.unreachableVetoPercent}%)`)
    expect(en('veto:homeStale', worst)).toBe(`Predicted veto “Home page not updated”: nothing has ever been published on the home page (veto line: not updated for over ${settings.homeStaleVetoDays} days)`)
    expect(en('veto:interaction', worst)).toBe(
      'Predicted veto “Poor interaction and response”: working channels: online messages (Leader mailbox, Consultation, Suggestion, Complaint), consultations (4 in the last year); 2 valid messages unanswered for over 3 months, 3 unanswered for over 2 months (warning) (veto line: no working online channel for enquiries and suggestions, or a valid message unanswered for over 3 months)',
    )
    expect(en('warn:disclosureOverdue', worst)).toBe(
      '7 disclosure applications overdue without a reply: YSQ-2026-0 (due 2026-10-20), YSQ-2026-1 (due 2026-10-21), YSQ-2026-2 (due 2026-10-22), YSQ-2026-3 (due 2026-10-23), YSQ-2026-4 (due 2026-10-24) and more',
    )
    const w = warned()
    expect(en('warn:unreachable', w)).toBe(`Unreachable share 3%, at the warning line of ${settings.unreachableWarnPercent}%`)
    expect(en('warn:homeStale', w)).toBe(`Home page not updated for 12 days (warning line ${settings.homeStaleWarnDays} days, veto line ${settings.homeStaleVetoDays} days)`)
    expect(en('warn:emptyColumns', w)).toBe(`3 empty columns: Empty0, Empty1, Empty2 (warning above ${settings.emptyColumnsWarnAbove})`)
    expect(en('warn:staleColumns', w)).toBe(`7 columns not updated on time (warning above ${settings.staleColumnsWarnAbove})`)
    expect(healthWarningIn('en', messages.at(-2)!)).toBe(
      '“Budget report” has serious wording errors (veto): wrong leader title “Deputy Wang” (Wang\'s titles: Mayor, Secretary); possible misspelling “recieve”, should be “receive”; sensitive word “badword”',
    )
    expect(healthWarningIn('en', messages.at(-1)!)).toBe('“Budget report” has suspected wrong or sensitive words: possible misspelling “recieve”, should be “receive”; possible misspelling “teh”; sensitive word “badword”')
  })

  it('reads the veto table (label, figure, line) of a failing and a clean site in English too', () => {
    const clean: SiteFigures = { ...warned(), availability: { total: 10, failed: 0, failedPercent: 0 }, home: { lastPublishedAt: null, daysSince: 1 }, columns: { staleNewsNotice: [], longStale: [], empty: [], excusedEmpty: [] } }
    const rows = [...interactions.map((i) => failing(i, null)), clean].flatMap((f) => predictVetoes(f, settings))
    expect(rows.map((r) => r.figure)).toContain('未发现领导姓名职务错误')
    for (const row of rows) {
      for (const text of [row.figure, row.line]) {
        expect(healthWarningIn('zh', text)).toBe(text)
        expect(healthWarningIn('en', text), text).not.toMatch(han)
      }
    }
    for (const item of vetoItems) {
      expect(vetoLabelIn('zh', item)).toBe(vetoLabels[item])
      expect(vetoLabelIn('en', item)).not.toMatch(han)
    }
  })

  it('the health-warnings collection shows its message through the language-aware field and cell', () => {
    const message = HealthWarnings.fields.find((f) => 'name' in f && f.name === 'message')
    expect((message?.admin as { components?: unknown } | undefined)?.components).toEqual(warningMessageComponents)
    const importMap = readFileSync(new URL('../../src/app/(payload)/admin/importMap.js', import.meta.url), 'utf8')
    for (const path of Object.values(warningMessageComponents)) expect(importMap).toContain(`"${path}"`)
  })
})

describe('report texts of the site detail in the admin language', () => {
  it('reads every deduction reason in English', () => {
    const f: SiteFigures = {
      ...failing(interactions[0]!, 40),
      availability: { total: 100, failed: 1, failedPercent: 1 },
      // Small figures, so that no group reaches its cap and every reason is kept.
      columns: { staleNewsNotice: columns(1, 'News'), longStale: [], empty: columns(1, 'Empty'), excusedEmpty: [] },
      links: { brokenHome: 1, brokenInner: 1, brokenAttachments: 1, brokenExternal: 1, unknownExternal: 0, uncheckedExternal: 0 },
      footer: footerProblems({}),
      reposting: { late: 1, overduePending: 2 },
    }
    const { deductions } = deductionScore(f, { ...settings })
    // Every reason deductionScore writes but 页面底部要素齐全, which carries no points and is never kept.
    expect(deductions).toHaveLength(9)
    for (const d of deductions) {
      expect(deductionReasonIn('zh', d.reason)).toBe(d.reason)
      expect(deductionReasonIn('en', d.reason), d.reason).not.toMatch(han)
    }
    expect(deductionReasonIn('en', deductions.find((d) => d.group === 'footer')!.reason)).toBe(
      'Page footer lacks: Site code, Sponsoring body, Contact, ICP number, Public-security filing number, Party/government label code',
    )
  })

  it('reads every broken-link reason the link check writes in English', () => {
    // Read from the writers' source, so that a reason added there without an English reading fails here.
    const source = ['links.ts', 'siteProbe.ts'].map((file) => readFileSync(new URL(`../../src/monitoring/${file}`, import.meta.url), 'utf8')).join('\n')
    const reasons = [...source.matchAll(/reason: '([^']+)'/g), ...source.matchAll(/'([^']*[\u3400-\u9fff][^']*)' : '([^']*)'/g)].flatMap((m) => m.slice(1))
    expect(reasons.length).toBeGreaterThanOrEqual(7)
    for (const reason of reasons) {
      expect(linkReasonIn('zh', reason)).toBe(reason)
      expect(linkReasonIn('en', reason), reason).not.toMatch(han)
    }
    expect(linkReasonIn('en', '附件 12')).toBe('Attachment 12')
    expect(linkReasonIn('en', 'https://example.org/附件')).toBe('https://example.org/附件')
  })
})
