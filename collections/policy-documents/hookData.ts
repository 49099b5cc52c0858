import { ValidationError } from 'payload'

/* Shared by the policy-document hooks: untyped document data, and failing a save with field errors. */

// biome-ignore lint/suspicious/noExplicitAny: Payload hands hooks untyped document data whose shape differs by collection
export type Doc = Record<string, any>

export type Problem = { path: string; message: string }

export const fail = (problems: Problem[]): never => {
  throw new ValidationError({ collection: 'policy-documents', errors: problems })
}

/** A field's value after the save: the incoming one if sent, else the stored one. */
// biome-ignore lint/suspicious/noExplicitAny: a field of untyped document data
export const merged = (data: Doc, originalDoc: Doc | undefined, key: string): any => (data[key] !== undefined ? data[key] : originalDoc?.[key])
