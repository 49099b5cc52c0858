import type { RequestHandler } from 'express'
import { GraphQLError, type ValidationRule } from 'graphql'
import { graphqlIntrospection } from './settings'

/**
 * GraphQL introspection off in every mode unless `GRAPHQL_INTROSPECTION=on` outside production
 * (src/security/settings.ts). Payload's own switch covers production only, and the demo runs in
 * development. `__typename` stays allowed: it reveals nothing and clients rely on it.
 */
// By field name rather than graphql's NoSchemaIntrospectionCustomRule: that one compares schema types, which
// fails ("from another module or realm") when the schema was built by another copy of graphql (under vitest).
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('GraphQL introspection is not allowed (GraphQL 内省查询未启用).', { nodes: [node] }))
    }
  },
})

export const introspectionRules = (): ValidationRule[] => (graphqlIntrospection() ? [] : [noIntrospection])

/** The GraphQL playground is useless without introspection, so it is not served either. */
export const playgroundOnlyWithIntrospection = (): RequestHandler => (_req, res, next) => {
  if (graphqlIntrospection()) return next()
  res.status(404).json({ errors: [{ message: 'GraphQL 调试界面未启用。' }] })
}
