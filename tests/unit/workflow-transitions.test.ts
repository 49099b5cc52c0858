import type { CollectionBeforeChangeHook } from 'payload'
import { describe, expect, it } from 'vitest'
import type { SiteRole } from '../../src/access/roles'
import {
  findTransition,
  workflowStatuses,
  type WorkflowAction,
  type WorkflowStatus,
} from '../../src/publishing/workflow'
import { enforceWorkflow } from '../../src/publishing/workflowHooks'

/**
 * The editorial state machine (docs/states.md), written out by hand: every transition that exists, with the roles
 * that may take it. Everything else is refused. The table in src/publishing/workflow.ts must match this one.
 */
const writers: SiteRole[] = ['editor', 'reviewer', 'site-admin']
const publishers: SiteRole[] = ['reviewer', 'site-admin']
const allowed: [WorkflowStatus, WorkflowStatus, WorkflowAction, SiteRole[]][] = [
  ['draft', 'submitted', 'submit', writers],
  ['submitted', 'draft', 'reject', publishers],
  ['scheduled', 'draft', 'reject', publishers],
  ['draft', 'scheduled', 'schedule', publishers],
  ['submitted', 'scheduled', 'schedule', publishers],
  ['draft', 'published', 'publish', publishers],
  ['submitted', 'published', 'publish', publishers],
  ['scheduled', 'published', 'publish', publishers],
  ['published', 'withdrawn', 'withdraw', publishers],
  ['withdrawn', 'draft', 'revise', writers],
]

const statuses = workflowStatuses.map((s) => s.value)
const refused = statuses.flatMap((from) =>
  statuses
    .filter((to) => to !== from && !allowed.some(([f, t]) => f === from && t === to))
    .map((to) => [from, to] as const),
)
const siteRoles: SiteRole[] = ['site-admin', 'editor', 'reviewer', 'openness-officer']

const site = 7
const userWith = (roles: SiteRole[], onSite = site) => ({
  id: 1,
  collection: 'users',
  roles: [],
  siteMemberships: [{ site: onSite, roles }],
})

/** Runs the real enforcer on an update from `from` to `to`, as `user`; resolves to the data or rejects with the error. */
function change(from: WorkflowStatus, to: WorkflowStatus, user: unknown) {
  const hook = enforceWorkflow as (args: Parameters<CollectionBeforeChangeHook>[0]) => Promise<Record<string, unknown>>
  return hook({
    data: {
      workflowStatus: to,
      site,
      reviewComment: '请补充依据。',
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
    originalDoc: { id: 1, workflowStatus: from, site, title: '测试信息' },
    req: { user, t: (key: string) => key } as never,
    operation: 'update',
    context: {},
    collection: { slug: 'articles' } as never,
  } as never)
}

const statusOf = (error: unknown) => (error as { status?: number }).status

describe('workflow transition table', () => {
  it.each(allowed)('%s → %s is the action %s', (from, to, action) => {
    expect(findTransition(from, to)?.action).toBe(action)
  })

  it.each(refused)('%s → %s does not exist', (from, to) => {
    expect(findTransition(from, to)).toBeUndefined()
  })

  it('covers every pair of different states', () => {
    expect(allowed.length + refused.length).toBe(statuses.length * (statuses.length - 1))
  })
})

describe('who may take each transition', () => {
  const cases = allowed.flatMap(([from, to, action, roles]) =>
    siteRoles.map((role) => [from, to, action, role, roles.includes(role)] as const),
  )

  it.each(cases)('%s → %s (%s) by a %s on the site: allowed %s', async (from, to, action, role, may) => {
    const result = change(from, to, userWith([role]))
    if (may) {
      const data = await result
      expect(data.workflowStatus).toBe(to)
      expect((data.workflowLog as { action: string }[]).at(-1)?.action).toBe(action)
    } else {
      await expect(result).rejects.toSatisfy((error) => statusOf(error) === 403)
    }
  })

  it.each(allowed)('%s → %s is refused to a reviewer of another site', async (from, to) => {
    await expect(change(from, to, userWith(['reviewer', 'site-admin', 'editor'], site + 1))).rejects.toSatisfy(
      (error) => statusOf(error) === 403,
    )
  })

  it.each(allowed)('%s → %s is refused to a supervisor, who reads but changes nothing', async (from, to) => {
    await expect(
      change(from, to, { id: 2, collection: 'users', roles: ['supervisor'], siteMemberships: [] }),
    ).rejects.toSatisfy((error) => statusOf(error) === 403)
  })

  it.each(allowed)('%s → %s is open to a platform administrator', async (from, to) => {
    const data = await change(from, to, { id: 3, collection: 'users', roles: ['platform-admin'], siteMemberships: [] })
    expect(data.workflowStatus).toBe(to)
  })

  it.each(refused)('%s → %s is refused even to a platform administrator', async (from, to) => {
    const error = await change(from, to, {
      id: 3,
      collection: 'users',
      roles: ['platform-admin'],
      siteMemberships: [],
    }).catch((e: unknown) => e)
    const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
    expect(errors).toEqual([{ path: 'workflowStatus', message: expect.stringMatching(/^不能从“.+”直接变为“.+”。$/) }])
  })

  it('requires a comment to reject', async () => {
    const hook = enforceWorkflow as (args: unknown) => Promise<unknown>
    const rejecting = hook({
      data: { workflowStatus: 'draft', site },
      originalDoc: { id: 1, workflowStatus: 'submitted', site },
      req: { user: userWith(['reviewer']), t: (key: string) => key },
      operation: 'update',
      context: {},
      collection: { slug: 'articles' },
    })
    const error = await rejecting.catch((e: unknown) => e)
    expect((error as { data?: { errors?: { path: string }[] } }).data?.errors?.[0]?.path).toBe('reviewComment')
  })
})
