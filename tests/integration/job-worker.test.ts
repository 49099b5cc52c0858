import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startJobWorker } from '../../src/jobs/worker'
import { startTestPayload, type TestPlatform } from '../support/payload'

let platform: TestPlatform
let stopWorker: (() => void) | null = null

beforeAll(async () => {
  platform = await startTestPayload()
})
afterAll(async () => {
  stopWorker?.()
  await platform?.close()
})

const pending = () =>
  platform.payload.count({
    collection: 'payload-jobs',
    where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })

describe('the job worker', () => {
  it('drains a queue filled by another process without waiting a minute per batch of 100', async () => {
    const { payload } = platform
    // As the import CLI does: jobs written straight to the queue, with no notification to this process.
    for (let i = 0; i < 350; i++)
      await payload.jobs.queue({ task: 'syncSearchIndex', input: { collection: 'articles', id: String(900_000 + i) } })
    expect((await pending()).totalDocs).toBe(350)

    const started = Date.now()
    stopWorker = startJobWorker(payload)
    // The worker's first run is at start-up; the next cron tick would be up to a minute away.
    while ((await pending()).totalDocs > 0 && Date.now() - started < 45_000)
      await new Promise((resolve) => setTimeout(resolve, 250))
    expect((await pending()).totalDocs).toBe(0)
    expect(Date.now() - started).toBeLessThan(45_000)
  }, 90_000)
})
