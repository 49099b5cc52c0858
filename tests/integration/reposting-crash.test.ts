import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Site } from '../../payload-types'
import { startTestPayload, type TestPlatform } from '../support/payload'
import { createColumn, createSite } from '../support/fixtures'
import { fanOutOriginal, setFanOutFault } from '../../src/reposting/fanOut'

/** A fan-out stopped midway (worker crash, deploy, database hiccup) loses and duplicates nothing when it runs again. */

let platform: TestPlatform
let payload: Payload
let source: Site
const targets: Site[] = []

const countFor = async (article: Pick<Article, 'id'>) => {
  const { docs } = await payload.find({
    collection: 'reposts',
    where: { and: [{ originalCollection: { equals: 'articles' } }, { originalId: { equals: String(article.id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const perSite = new Map<string, number>()
  for (const r of docs) {
    const site = String(typeof r.targetSite === 'object' ? r.targetSite.id : r.targetSite)
    perSite.set(site, (perSite.get(site) ?? 0) + 1)
  }
  return { total: docs.length, perSite }
}

async function publish(title: string): Promise<Article> {
  const column = (
    await payload.find({
      collection: 'columns',
      where: { site: { equals: source.id } },
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!
  return payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      site: source.id,
      columns: [column.id],
      title,
      workflowStatus: 'published',
      disclosureAttribute: 'public',
      important: true,
    } as never,
  })
}

beforeAll(async () => {
  process.env.REPOST_BATCH_SIZE = '4'
  platform = await startTestPayload()
  payload = platform.payload
  source = await createSite(payload, { level: 'region' })
  await createColumn(payload, source, { kind: 'notice', slug: 'notice' })
  for (let i = 0; i < 30; i++) {
    const site = await createSite(payload, { level: 'city' })
    await createColumn(payload, site, { kind: 'notice', slug: 'notice' })
    targets.push(site)
  }
  await payload.create({
    collection: 'repost-rules',
    overrideAccess: true,
    data: {
      name: '全网转载',
      sourceType: 'sites',
      sourceSites: [source.id],
      contentKinds: ['important-articles'],
      targetType: 'all',
      mode: 'automatic',
      deadlineHours: 24,
    } as never,
  })
})
afterAll(async () => {
  setFanOutFault(null)
  delete process.env.REPOST_BATCH_SIZE
  await platform?.close()
})

describe('crash safety', () => {
  it('resumes a fan-out that died after 12 of 30 inserts and gives every target exactly one repost', async () => {
    const article = await publish('中途中断的转载')
    setFanOutFault((inserted) => {
      if (inserted >= 12) throw new Error('模拟进程崩溃')
    })
    await payload.jobs.run({ limit: 10 })
    const partial = await countFor(article)
    expect(partial.total).toBe(12)
    // The job is still in the queue, marked for retry.
    const queued = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'repostFanOut' } },
      overrideAccess: true,
    })
    expect(queued.docs.length).toBe(1)
    expect(queued.docs[0]!.completedAt ?? null).toBeNull()

    setFanOutFault(null)
    await payload.jobs.run({ limit: 10 })
    const after = await countFor(article)
    expect(after.total).toBe(30)
    expect([...after.perSite.values()].every((n) => n === 1)).toBe(true)
    expect(new Set(after.perSite.keys())).toEqual(new Set(targets.map((t) => String(t.id))))
  })

  it('gives exactly one repost per target when two workers fan out the same original at once', async () => {
    const article = await publish('两个进程同时分发')
    const results = await Promise.all([
      fanOutOriginal(payload, 'articles', article.id),
      fanOutOriginal(payload, 'articles', article.id),
      fanOutOriginal(payload, 'articles', article.id),
    ])
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(30)
    const after = await countFor(article)
    expect(after.total).toBe(30)
    expect([...after.perSite.values()].every((n) => n === 1)).toBe(true)
  })
})
