import { GraphQLError, type ValidationRule } from 'graphql'

/**
 * 忘记密码 only through REST (`POST /api/users/forgot-password`, src/access/accountProbing.ts), which answers before
 * Payload looks the address up. Payload's GraphQL mutation sends the mail inside the request, so its answer time
 * told whether an account exists (18 ms unknown against 67–141 ms known); it is refused before it runs.
 */
const refusedMutations = new Set(['forgotPasswordUser'])

const noGraphqlAccountRecovery: ValidationRule = (context) => ({
  Field(node) {
    if (refusedMutations.has(node.name.value)) {
      context.reportError(new GraphQLError('请通过 POST /api/users/forgot-password 找回密码（GraphQL 不提供此操作）。', { nodes: [node] }))
    }
  },
})

export const accountRecoveryRules = (): ValidationRule[] => [noGraphqlAccountRecovery]
