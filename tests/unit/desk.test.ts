import { describe, expect, it } from 'vitest'
import { holidayYearDue } from '../../src/calendar/holidayCoverage'
import { initialsOf } from '../../src/desk/admin/InitialsAvatar'

describe('the holiday-calendar reminder season', () => {
  it('starts on 1 November in Beijing and ends with the year in Beijing', () => {
    expect(holidayYearDue(new Date('2026-10-31T15:59:59.999Z'))).toBeNull()
    expect(holidayYearDue(new Date('2026-10-31T16:00:00.000Z'))).toBe(2027)
    expect(holidayYearDue(new Date('2026-12-31T15:59:59.999Z'))).toBe(2027)
    expect(holidayYearDue(new Date('2026-12-31T16:00:00.000Z'))).toBeNull()
    expect(holidayYearDue(new Date('2027-11-15T00:00:00.000Z'))).toBe(2028)
    expect(holidayYearDue(new Date('2028-02-29T15:59:00.000Z'))).toBeNull()
  })
})

describe('the initials avatar', () => {
  it('shows the given name of a personal Chinese name, the start of a post, and the initials of a Latin name', () => {
    expect(initialsOf('王小明')).toBe('小明')
    expect(initialsOf('李 雷')).toBe('李雷')
    expect(initialsOf('张伟')).toBe('张伟')
    expect(initialsOf('门户网站编辑')).toBe('门户')
    expect(initialsOf('平台管理员')).toBe('平台')
    expect(initialsOf('Zhang Wei')).toBe('ZW')
    expect(initialsOf('editor@example.gov.cn')).toBe('EE')
    expect(initialsOf('  ')).toBe('?')
  })
})
