import type { TaskConfig } from 'payload'
import { fanOutOriginal } from '../reposting/fanOut'

/**
 * 转载分发: creates the missing reposts of one original on every target site its rules name, or takes
 * them down when the original is no longer public. Safe to retry and to run twice.
 */
export const repostFanOutTask: TaskConfig<'repostFanOut'> = {
  slug: 'repostFanOut',
  label: '转载分发',
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const result = await fanOutOriginal(req.payload, input.collection, input.id)
    return { output: { outcome: result.outcome, targets: result.targets, created: result.created, restored: result.restored, withdrawn: result.withdrawn } }
  },
}
