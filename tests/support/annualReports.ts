import type { Payload } from 'payload'
import type { PolicyDocument } from '../../payload-types'
import { draftData, type OpennessFixture } from './openness'

/**
 * A year (2025) of one agency's policy documents for the openness annual report's table 二. Documents are
 * drafted through the Local API; their release and later validity are then written straight to the database,
 * as a year of editorial work would have left them (the workflow itself is tested elsewhere).
 */
type Spec = { kind: 'rules' | 'normative-document' | 'other'; issued: string; validity?: string; changed?: string; released?: boolean; site?: 'other' }

export const table2Fixture: Record<string, Spec> = {
  R1: { kind: 'rules', issued: '2025-03-10' },
  R2: { kind: 'rules', issued: '2024-06-01', validity: 'repealed', changed: '2025-07-01' },
  R3: { kind: 'rules', issued: '2023-01-05' },
  R4: { kind: 'rules', issued: '2025-12-31' },
  R5: { kind: 'rules', issued: '2026-01-01' },
  N1: { kind: 'normative-document', issued: '2025-02-01' },
  N2: { kind: 'normative-document', issued: '2025-05-05', validity: 'amended', changed: '2025-09-09' },
  N3: { kind: 'normative-document', issued: '2022-03-03', validity: 'expired', changed: '2025-04-04' },
  N4: { kind: 'normative-document', issued: '2024-10-10', validity: 'repealed', changed: '2026-02-01' },
  N5: { kind: 'normative-document', issued: '2025-08-08', validity: 'repealed', changed: '2025-11-11' },
  N6: { kind: 'normative-document', issued: '2025-06-06', released: false },
  O1: { kind: 'other', issued: '2025-04-04' },
  X1: { kind: 'rules', issued: '2025-04-04', site: 'other' },
}
/** What table 二 must say for 2025, number by number (see each document above). */
export const table2Expected = {
  rules: { issued: 2, repealed: 1, inForce: 3 }, // issued R1 R4; repealed R2; in force R1 R3 R4
  normativeDocuments: { issued: 3, repealed: 1, inForce: 3 }, // issued N1 N2 N5; repealed N5; in force N1 N2 N4
}

export async function createTable2Fixture(payload: Payload, f: OpennessFixture): Promise<PolicyDocument[]> {
  const docs: PolicyDocument[] = []
  for (const [name, spec] of Object.entries(table2Fixture)) {
    const other = spec.site === 'other'
    const doc = await payload.create({
      collection: 'policy-documents',
      overrideAccess: true,
      data: draftData(f, {
        title: `${name} 测试文件`,
        site: other ? f.otherSite.id : f.site.id,
        column: other ? f.otherColumn : f.policyColumn,
        documentKind: spec.kind,
        writtenAt: spec.issued,
        issuedAt: spec.issued,
        affectsPublicRights: false,
      }) as never,
    })
    if (spec.released !== false) {
      await payload.db.updateOne({
        collection: 'policy-documents',
        id: doc.id,
        data: { workflowStatus: 'published', publishedAt: `${spec.issued}T02:00:00.000Z`, validity: spec.validity ?? 'in-force', validityChangedAt: spec.changed ?? null },
      })
    }
    docs.push(doc)
  }
  return docs
}

/** Review cases of 2025 (and one of 2024 that must not count). */
export async function createReviewCases(payload: Payload, f: OpennessFixture): Promise<void> {
  const cases: [string, string, number][] = [
    ['reconsideration', 'upheld', 2025],
    ['reconsideration', 'upheld', 2025],
    ['reconsideration', 'corrected', 2025],
    ['litigation-direct', 'pending', 2025],
    ['litigation-after-reconsideration', 'other-result', 2025],
    ['reconsideration', 'corrected', 2024],
  ]
  let n = 0
  for (const [kind, result, year] of cases) {
    n += 1
    await payload.create({ collection: 'review-cases', overrideAccess: true, data: { site: f.site.id, caseNumber: `宁行复〔${year}〕${n}号`, kind, result, year } as never })
  }
}
