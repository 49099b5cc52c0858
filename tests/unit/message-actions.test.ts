import { describe, expect, it } from 'vitest'
import { availableActions, messageActions, rolesForTransition } from '../../src/participation/messageActions'
import { messageTransitions } from '../../src/participation/messageVocabulary'
import { Message, messageStates } from '../../src/states'

/** The edit view's buttons and the server read one table: every button is a move the workflow allows. */
describe('message actions', () => {
  it('every action is a transition of the workflow', () => {
    for (const action of messageActions)
      for (const from of action.from) expect(messageTransitions[from], `${action.name} from ${from}`).toContain(action.to)
  })

  it('every transition of the workflow names the roles that may take it', () => {
    for (const { value: from } of messageStates)
      for (const to of messageTransitions[from]) if (to !== from) expect(rolesForTransition(from, to)?.length, `${from} → ${to}`).toBeGreaterThan(0)
  })

  it('shows each role only its buttons for the state', () => {
    const names = (status: Parameters<typeof availableActions>[0], roles: string[]) => availableActions(status, roles).map((a) => a.name)
    expect(names(Message.received, ['editor'])).toEqual(['sign', 'markInvalid'])
    expect(names(Message.received, ['reviewer'])).toEqual([])
    expect(names(Message.signed, ['editor'])).toEqual(['transfer', 'reply', 'markInvalid'])
    expect(names(Message.replied, ['editor'])).toEqual([])
    expect(names(Message.replied, ['reviewer'])).toEqual(['review', 'sendBack'])
    expect(names(Message.reviewed, ['reviewer'])).toEqual(['publish', 'sendBack'])
    expect(names(Message.reviewed, ['site-admin'])).toEqual(['publish', 'sendBack'])
    expect(names(Message.concluded, ['site-admin'])).toEqual([])
    expect(names(Message.invalid, ['editor'])).toEqual(['sign'])
    expect(names(Message.replied, ['openness-officer'])).toEqual([])
    expect(availableActions(Message.received, [], true).map((a) => a.name)).toEqual(['sign', 'markInvalid'])
  })
})
