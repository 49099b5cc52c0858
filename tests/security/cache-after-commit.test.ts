import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import {
  articlePath,
  clientAs,
  createArticle,
  createSiteWithStaff,
  fetchPage,
  type SiteWithStaff,
} from '../support/fixtures'
import { startTestServer, type TestServer } from '../support/payload'

/**
 * The page cache is invalidated after the transaction commits. Invalidating inside the transaction (afterChange)
 * lets a visitor who reads between the invalidation and the commit put the old page back in the cache, where it
 * stays. This holds a real transaction open across such a visit.
 */

let server: TestServer
let s: SiteWithStaff

beforeAll(async () => {
  server = await startTestServer()
  s = await createSiteWithStaff(server.payload, 'C')
}, 120_000)
afterAll(async () => server?.close())

async function inTransaction<T>(
  work: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<T>,
  between: () => Promise<void>,
  commit = true,
): Promise<T> {
  const req = await createLocalReq({}, server.payload)
  await initTransaction(req)
  const result = await work(req)
  await between()
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
  return result
}

describe('page cache and transactions', () => {
  it('a visit between the change and the commit does not leave the old page cached', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: '旧标题公告',
      status: 'published',
    })
    const path = articlePath(s.site, article)
    expect((await fetchPage(server.url, path)).html).toContain('旧标题公告')
    let transactional = false
    await inTransaction(
      (req) => {
        transactional = typeof req.transactionID === 'string'
        return server.payload.update({
          collection: 'articles',
          id: article.id,
          data: { title: '新标题公告' },
          overrideAccess: true,
          req,
        })
      },
      async () => {
        // A visitor reads while the change is not yet committed: on a transactional database they see the old page.
        const during = await fetchPage(server.url, path)
        expect(during.status).toBe(200)
      },
    )
    // PostgreSQL runs every write in a transaction; SQLite (Payload's default there) writes at once.
    expect(transactional).toBe(process.env.TEST_DATABASE === 'postgres')
    const after = await fetchPage(server.url, path)
    expect(after.html).toContain('新标题公告')
    expect(after.html).not.toContain('旧标题公告')
  })

  // Only a transactional database can roll back (SQLite runs without transactions here).
  it.runIf(process.env.TEST_DATABASE === 'postgres')(
    'a rolled-back change leaves the cached page in place and correct',
    async () => {
      const article = await createArticle(server.payload, {
        site: s.site,
        column: s.column,
        title: '回滚前标题',
        status: 'published',
      })
      const path = articlePath(s.site, article)
      expect((await fetchPage(server.url, path)).html).toContain('回滚前标题')
      await inTransaction(
        (req) =>
          server.payload.update({
            collection: 'articles',
            id: article.id,
            data: { title: '未提交的标题' },
            overrideAccess: true,
            req,
          }),
        async () => {},
        false,
      )
      const after = await fetchPage(server.url, path)
      expect(after.html).toContain('回滚前标题')
      expect(after.html).not.toContain('未提交的标题')
    },
  )

  it('a change over REST shows on the next visit', async () => {
    const article = await createArticle(server.payload, {
      site: s.site,
      column: s.column,
      title: 'REST修改前',
      status: 'published',
    })
    const path = articlePath(s.site, article)
    expect((await fetchPage(server.url, path)).html).toContain('REST修改前')
    const reviewer = await clientAs(server.url, s.reviewer)
    expect((await reviewer.patch(`/api/articles/${article.id}`, { title: 'REST修改后' })).status).toBe(200)
    expect((await fetchPage(server.url, path)).html).toContain('REST修改后')
  })
})
