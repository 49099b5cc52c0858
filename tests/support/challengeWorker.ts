/**
 * A separate worker process for the challenge replay test: starts its own Payload on DATABASE_URL, says "ready",
 * reads one solution (a line on stdin), checks it as a form would, and prints the outcome as one JSON line.
 */
import { getPayload } from 'payload'

const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
const { formChallengeSolved } = await import('../../src/security/formChallenge')
process.stdout.write('ready\n')
process.stdin.once('data', async (chunk: Buffer) => {
  const solved = await formChallengeSolved(chunk.toString().trim(), payload)
  process.stdout.write(`${JSON.stringify({ pid: process.pid, solved })}\n`)
  await payload.destroy()
  process.exit(0)
})
