import { describe, expect, it } from 'vitest'
import {
  AnnualReport,
  annualReportStates,
  Adoption,
  adoptionStates,
  allStateLists,
  Comment,
  Consultation,
  DisclosureApplication,
  disclosureApplicationStates,
  Approval,
  HealthWarning,
  Message,
  messageStates,
  OpenDayRegistration,
  openDayRegistrationStates,
  Repost,
  Review,
  SelfCheck,
  SelfCheckDecision,
  stateLabel,
  Workflow,
  workflowStates,
} from '../../src/states'

describe('the status vocabulary', () => {
  const entries = Object.entries(allStateLists).flatMap(([workflow, list]) =>
    list.map((s) => ({ workflow, value: s.value, zh: s.label.zh })),
  )

  it('gives each English identifier one Chinese term, across every workflow', () => {
    const termsOf = new Map<string, Set<string>>()
    for (const e of entries) termsOf.set(e.value, (termsOf.get(e.value) ?? new Set()).add(e.zh))
    const ambiguous = [...termsOf]
      .filter(([, terms]) => terms.size > 1)
      .map(([value, terms]) => `${value}: ${[...terms].join(' / ')}`)
    expect(ambiguous).toEqual([])
  })

  it('gives each Chinese term one English identifier', () => {
    const valuesOf = new Map<string, Set<string>>()
    for (const e of entries) valuesOf.set(e.zh, (valuesOf.get(e.zh) ?? new Set()).add(e.value))
    const ambiguous = [...valuesOf]
      .filter(([, values]) => values.size > 1)
      .map(([zh, values]) => `${zh}: ${[...values].join(' / ')}`)
    expect(ambiguous).toEqual([])
  })

  it('names no state after an action', () => {
    const actions = [
      'submit',
      'reject',
      'schedule',
      'publish',
      'withdraw',
      'revise',
      'accept',
      'decline',
      'approve',
      'return',
      'rejected',
    ]
    expect(entries.filter((e) => actions.includes(e.value))).toEqual([])
  })

  it('resolves the former ambiguities', () => {
    expect([Review.awaitingReview, Approval.awaitingApproval, Repost.submitted, Workflow.submitted]).toEqual([
      'awaiting-review',
      'awaiting-approval',
      'submitted',
      'submitted',
    ])
    expect([Review.failed, Approval.returned, Repost.declined]).toEqual(['failed', 'returned', 'declined'])
    expect([Workflow.withdrawn, Repost.takenDown, Repost.reposted, Workflow.published]).toEqual([
      'withdrawn',
      'taken-down',
      'reposted',
      'published',
    ])
    expect(SelfCheckDecision.undecided).toBe('undecided')
    expect(stateLabel(workflowStates, Workflow.withdrawn)).toBe('已撤回')
  })

  it('keeps a concluded message apart from a published article, and a warning apart from a self-check', () => {
    expect([Message.concluded, Workflow.published]).toEqual(['concluded', 'published'])
    expect(stateLabel(messageStates, Message.concluded)).toBe('已办结')
    expect([HealthWarning.unresolved, SelfCheck.open]).toEqual(['unresolved', 'open'])
    expect(Object.keys(allStateLists)).toEqual(expect.arrayContaining(['message', 'healthWarning']))
  })

  it('gives open-day registrations their own states: a seat held, waiting, cancelled, checked in', () => {
    expect([
      OpenDayRegistration.confirmed,
      OpenDayRegistration.waiting,
      OpenDayRegistration.cancelled,
      OpenDayRegistration.checkedIn,
    ]).toEqual(['confirmed', 'waiting', 'cancelled', 'checked-in'])
    expect(stateLabel(openDayRegistrationStates, OpenDayRegistration.checkedIn)).toBe('已签到')
    expect(Object.keys(allStateLists)).toContain('openDayRegistration')
  })

  it('keeps a consultation’s states the article’s terms, and comment moderation apart from review', () => {
    expect([Consultation.draft, Consultation.published, Consultation.withdrawn]).toEqual([
      Workflow.draft,
      Workflow.published,
      Workflow.withdrawn,
    ])
    expect([Comment.submitted, Comment.displayed, Comment.withheld]).toEqual(['submitted', 'displayed', 'withheld'])
    expect(Adoption.partlyAdopted).toBe('partly-adopted')
    expect(stateLabel(adoptionStates, Adoption.notAdopted)).toBe('未采纳')
    expect(Object.keys(allStateLists)).toEqual(expect.arrayContaining(['consultation', 'comment', 'adoption']))
  })

  it('gives 依申请公开 its own pauses, and shares 已办结 with the mailbox under the same term', () => {
    expect(DisclosureApplication.awaitingSupplement).toBe('awaiting-supplement')
    expect(DisclosureApplication.thirdPartyConsultation).toBe('third-party-consultation')
    expect(DisclosureApplication.concluded).toBe(Message.concluded)
    expect(stateLabel(disclosureApplicationStates, DisclosureApplication.concluded)).toBe(stateLabel(messageStates, Message.concluded))
    expect(Object.keys(allStateLists)).toContain('disclosureApplication')
  })

  it('names the annual reports\' states apart from the mailbox\'s 答复已审核', () => {
    expect([AnnualReport.draft, AnnualReport.finalised, AnnualReport.published]).toEqual(['draft', 'finalised', 'published'])
    expect(stateLabel(annualReportStates, AnnualReport.finalised)).toBe('已审定')
  })
})
