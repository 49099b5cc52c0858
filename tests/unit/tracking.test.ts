import { randomBytes, scryptSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hashQueryPassword, newQueryPassword, queryPasswordMatches } from '../../src/participation/tracking'

describe('the query password (查询密码)', () => {
  it('is stored as a salted keyed hash that verifies only the right password', async () => {
    const password = newQueryPassword()
    const stored = await hashQueryPassword(password)
    expect(stored).toMatch(/^hmac\$[^$]+\$[^$]+$/)
    expect(stored).not.toContain(password)
    expect(await hashQueryPassword(password)).not.toBe(stored)
    expect(await queryPasswordMatches(password, stored)).toBe(true)
    expect(await queryPasswordMatches(String(Number(password) + 1), stored)).toBe(false)
    expect(await queryPasswordMatches(password, null)).toBe(false)
    expect(await queryPasswordMatches(password, 'hmac$x$y')).toBe(false)
  })

  it('still verifies a hash stored by the earlier scrypt scheme', async () => {
    const salt = randomBytes(16)
    const legacy = `scrypt$${salt.toString('base64')}$${scryptSync('12345678', salt, 32).toString('base64')}`
    expect(await queryPasswordMatches('12345678', legacy)).toBe(true)
    expect(await queryPasswordMatches('12345679', legacy)).toBe(false)
  })

  it('costs microseconds, not the tens of milliseconds that capped submissions per second', async () => {
    const stored = await hashQueryPassword('12345678')
    const started = process.cpuUsage()
    for (let i = 0; i < 1000; i++) await queryPasswordMatches('12345678', stored)
    const { user, system } = process.cpuUsage(started)
    expect((user + system) / 1000 / 1000).toBeLessThan(1)
  })
})
