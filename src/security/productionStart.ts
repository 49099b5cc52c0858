import type { Payload } from 'payload'
import { demoAccounts } from '../demo/accounts'

/**
 * A production start refuses a weak signing secret and the demo accounts, whose passwords are
 * published in the README (unless ZHANQUN_DEMO=true declares a demonstration). The server exits with `refusedExitCode`, which the cluster primary takes
 * as "do not restart".
 */

export const refusedExitCode = 78

export class ProductionStartRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ProductionStartRefused'
  }
}

export const minimumSecretBytes = 32

/** Problems that need no database: the secret. */
export function secretProblem(secret = process.env.PAYLOAD_SECRET): string | null {
  const bytes = Buffer.byteLength(secret ?? '', 'utf8')
  if (bytes >= minimumSecretBytes) return null
  return `生产环境拒绝启动：PAYLOAD_SECRET ${secret ? `只有 ${bytes} 字节` : '未设置'}，至少需要 ${minimumSecretBytes} 字节的随机字符串（例如 openssl rand -base64 48 的输出）。`
}

/** The demo accounts still in the database, by email. */
export async function demoAccountsPresent(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    limit: demoAccounts.length,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((d) => d.email)
}

/** Throws ProductionStartRefused with every problem when NODE_ENV=production and something is unsafe. */
export async function assertProductionReady(payload: Payload): Promise<void> {
  if (process.env.NODE_ENV !== 'production') return
  const problems: string[] = []
  const secret = secretProblem()
  if (secret) problems.push(secret)
  // ZHANQUN_DEMO=true: a deliberate production-mode demonstration (bench:pages, a showcase), never a real deployment.
  const demo = process.env.ZHANQUN_DEMO === 'true' ? [] : await demoAccountsPresent(payload)
  if (demo.length) problems.push(`生产环境拒绝启动：数据库中仍有演示账号（${demo.join('、')}），其密码已在 README 中公开。请删除这些账号后再启动。`)
  if (problems.length) throw new ProductionStartRefused(problems.join('\n'))
}
