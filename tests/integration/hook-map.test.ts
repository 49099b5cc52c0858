import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hookMapPath, renderHookMap } from '../../scripts/hookMap'
import { startTestPayload, type TestPlatform } from '../support/payload'

let platform: TestPlatform
beforeAll(async () => {
  platform = await startTestPayload()
})
afterAll(async () => platform?.close())

describe('docs/hooks.md', () => {
  it('lists the hooks of the running config, in the order they run', async () => {
    const generated = await renderHookMap(platform.payload)
    const committed = fs.existsSync(hookMapPath) ? fs.readFileSync(hookMapPath, 'utf8') : ''
    expect(
      generated,
      'docs/hooks.md is stale: a hook was added, removed or reordered. Regenerate it with `npm run docs:hooks` and commit it.',
    ).toBe(committed)
  })

  it('shows the hooks plugins append out of sight, and those installed at start', () => {
    const map = fs.readFileSync(hookMapPath, 'utf8')
    const policy = map.split('## Collection `policy-documents`')[1]!.split('\n## ')[0]!
    const afterChange = policy.split('\n').filter((line) => line.startsWith('| afterChange |'))
    expect(afterChange.map((line) => line.split(' | ')[3]!.replace(' |', ''))).toEqual(
      expect.arrayContaining([
        'src/reposting/triggers.ts',
        'src/searchSync/triggers.ts',
        'src/access/publicUploadSync.ts',
      ]),
    )
    expect(map).toContain('| beforeChange | 1 | `guardLockChange` | src/access/documentLocks.ts |')
  })
})
