import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import Document from '#app/documents/models/document'
import type User from '#app/organization/models/user'
import ReviewComment from '#app/workflow/models/review_comment'
import type { RoleName } from '#app/core/registries/roles'
import {
  givenGroup,
  givenOffice,
  givenPersonWithRole,
  givenRole,
  givenSchool,
  givenSubgroup,
  givenTeacher,
} from '#tests/helpers/organization'
import { givenDocument } from '#tests/helpers/workflow'

/*
 * The HTTP permission matrix: every role × its relation to a teacher's
 * submitted lesson plan × every action, asserted through real requests.
 * Allowed reads answer 200 with the document; denied ones answer 403 or
 * 404 and never the document's data. Allowed decisions change the status;
 * denied ones change nothing.
 *
 * The world: office A supervises schools S1 and S2, office B school S3.
 * In S1, group G1 has subgroups Toán (SG1) and Tin học (SG2); group G2 has
 * Ngữ văn (SG3). The plan belongs to a Toán teacher of G1/SG1.
 */

type Action = 'list' | 'view' | 'download' | 'comment' | 'approve' | 'return'
const ACTIONS: Action[] = ['list', 'view', 'download', 'comment', 'approve', 'return']

type Relation =
  | 'own'
  | 'same subgroup'
  | 'same group, other subgroup'
  | 'same school, other group'
  | 'other school, same office'
  | 'other office'
  | 'specialist subject match'
  | 'specialist subject mismatch'

const READ: Action[] = ['list', 'view', 'download']
const ALL: Action[] = ACTIONS
const NONE: Action[] = []

const MATRIX: Array<[RoleName, Relation, Action[]]> = [
  ['teacher', 'own', READ],
  ['teacher', 'same subgroup', NONE],
  ['teacher', 'same group, other subgroup', NONE],
  ['teacher', 'same school, other group', NONE],
  ['teacher', 'other school, same office', NONE],
  ['teacher', 'other office', NONE],

  ['group_head', 'own', READ],
  ['group_head', 'same group, other subgroup', ALL],
  ['group_head', 'same school, other group', NONE],
  ['group_head', 'other school, same office', NONE],
  ['group_head', 'other office', NONE],

  ['subgroup_lead', 'own', READ],
  ['subgroup_lead', 'same subgroup', ALL],
  ['subgroup_lead', 'same group, other subgroup', NONE],
  ['subgroup_lead', 'same school, other group', NONE],
  ['subgroup_lead', 'other school, same office', NONE],
  ['subgroup_lead', 'other office', NONE],

  ['principal', 'own', READ],
  ['principal', 'same school, other group', READ],
  ['principal', 'other school, same office', NONE],
  ['principal', 'other office', NONE],

  ['office_inspector', 'other school, same office', READ],
  ['office_inspector', 'other office', NONE],

  ['dept_specialist', 'specialist subject match', READ],
  ['dept_specialist', 'specialist subject mismatch', NONE],

  ['dept_leader', 'other office', READ],

  ['school_admin', 'same school, other group', NONE],
]

let sequence = 0

interface World {
  officeA: Awaited<ReturnType<typeof givenOffice>>
  officeB: Awaited<ReturnType<typeof givenOffice>>
  s1: Awaited<ReturnType<typeof givenSchool>>
  s2: Awaited<ReturnType<typeof givenSchool>>
  s3: Awaited<ReturnType<typeof givenSchool>>
  g1: Awaited<ReturnType<typeof givenGroup>>
  g2: Awaited<ReturnType<typeof givenGroup>>
  sg1: Awaited<ReturnType<typeof givenSubgroup>>
  sg2: Awaited<ReturnType<typeof givenSubgroup>>
  sg3: Awaited<ReturnType<typeof givenSubgroup>>
  owner: User
}

async function buildWorld(): Promise<World> {
  const officeA = await givenOffice()
  const officeB = await givenOffice()
  const s1 = await givenSchool({ type: 'thcs', office: officeA })
  const s2 = await givenSchool({ type: 'thcs', office: officeA })
  const s3 = await givenSchool({ type: 'thcs', office: officeB })
  const g1 = await givenGroup(s1)
  const g2 = await givenGroup(s1)
  const sg1 = await givenSubgroup(g1, { subject: 'toan' })
  const sg2 = await givenSubgroup(g1, { subject: 'tin_hoc' })
  const sg3 = await givenSubgroup(g2, { subject: 'ngu_van' })
  const owner = await givenTeacher({ school: s1, group: g1, subgroup: sg1, subjects: ['toan'] })
  return { officeA, officeB, s1, s2, s3, g1, g2, sg1, sg2, sg3, owner }
}

/** A person holding `role` in the given relation to the plan (and, for "own", a plan of his or her own). */
async function givenActor(
  world: World,
  role: RoleName,
  relation: Relation
): Promise<{ actor: User; owner: User; where: { group: World['g1']; subgroup: World['sg1'] } }> {
  const { s1, s2, s3, g1, g2, sg1, sg2, sg3, officeA, officeB } = world
  const inSchool = async (school: World['s1']) => ({ group: await givenGroup(school), school })
  const scopeFor = async (): Promise<Record<string, unknown>> => {
    switch (relation) {
      case 'own':
      case 'same subgroup':
        return { school: s1, group: g1, subgroup: sg1 }
      case 'same group, other subgroup':
        return { school: s1, group: g1, subgroup: sg2 }
      case 'same school, other group':
        return { school: s1, group: g2, subgroup: sg3 }
      case 'other school, same office':
        return inSchool(s2)
      case 'other office':
        return inSchool(s3)
      default:
        return {}
    }
  }

  let actor: User
  switch (role) {
    case 'teacher':
      actor =
        relation === 'own'
          ? world.owner
          : await givenPersonWithRole('teacher', { ...(await scopeFor()), subjects: ['toan'] })
      break
    case 'group_head': {
      const scope = await scopeFor()
      actor = await givenPersonWithRole('group_head', {
        school: scope.school as any,
        group: scope.group as any,
      })
      await givenRole(actor, 'teacher', { ...scope, subjects: ['toan'] })
      break
    }
    case 'subgroup_lead': {
      const scope = await scopeFor()
      const subgroup =
        (scope.subgroup as World['sg1']) ??
        (await givenSubgroup(scope.group as World['g1'], { subject: 'toan' }))
      actor = await givenPersonWithRole('subgroup_lead', {
        school: scope.school as any,
        group: scope.group as any,
        subgroup,
      })
      await givenRole(actor, 'teacher', {
        school: scope.school as any,
        group: scope.group as any,
        subgroup,
        subjects: ['toan'],
      })
      break
    }
    case 'principal': {
      const school =
        relation === 'other school, same office' ? s2 : relation === 'other office' ? s3 : s1
      actor = await givenPersonWithRole('principal', { school })
      if (relation === 'own')
        await givenRole(actor, 'teacher', {
          school: s1,
          group: g1,
          subgroup: sg1,
          subjects: ['toan'],
        })
      break
    }
    case 'office_inspector':
      actor = await givenPersonWithRole('office_inspector', {
        unit: relation === 'other office' ? officeB : officeA,
      })
      break
    case 'dept_specialist':
      actor = await givenPersonWithRole('dept_specialist', {
        unit: officeA,
        subjects: [relation === 'specialist subject match' ? 'toan' : 'ngu_van'],
      })
      break
    case 'dept_leader':
      actor = await givenPersonWithRole('dept_leader', { unit: officeB })
      break
    case 'school_admin':
      actor = await givenPersonWithRole('school_admin', { school: s1 })
      break
    default:
      throw new Error(`no actor for ${role}`)
  }
  return {
    actor,
    owner: relation === 'own' ? actor : world.owner,
    where: { group: g1, subgroup: sg1 },
  }
}

/** A fresh submitted plan with a word only it contains (to find it in lists). */
async function givenPlan(owner: User, where: { group: World['g1']; subgroup: World['sg1'] }) {
  sequence += 1
  const token = `matran${sequence}x${process.pid}`
  const document = await givenDocument(owner, {
    ...where,
    status: 'submitted',
    title: `Bài ${token}`,
  })
  return { document, token }
}

async function attempt(
  client: ApiClient,
  actor: User,
  action: Action,
  plan: { document: Document; token: string }
): Promise<boolean> {
  const { document, token } = plan
  switch (action) {
    case 'list': {
      const response = await client.get(`/documents/search?q=${token}`).loginAs(actor)
      return response.status() === 200 && response.text().includes(`/documents/${document.id}"`)
    }
    case 'view': {
      const response = await client.get(`/documents/${document.id}`).loginAs(actor)
      return readVerdict(response, token)
    }
    case 'download': {
      const response = await client
        .get(`/documents/${document.id}/versions/1/download`)
        .loginAs(actor)
      if (response.status() === 200) return true
      assertDenied(response.status(), response.text(), token)
      return false
    }
    case 'comment': {
      const response = await client
        .post(`/reviews/${document.id}/comments`)
        .form({ body: 'Nhận xét thử quyền.' })
        .loginAs(actor)
        .withCsrfToken()
        .redirects(0)
      const saved = await ReviewComment.query()
        .where({ document_id: document.id, author_user_id: actor.id })
        .first()
      if (!saved) assertDenied(response.status(), response.text(), token)
      return Boolean(saved)
    }
    case 'approve':
    case 'return': {
      const path = action === 'approve' ? 'approve' : 'return'
      const response = await client
        .post(`/reviews/${document.id}/${path}`)
        .form({ comment: 'Cần bổ sung.' })
        .loginAs(actor)
        .withCsrfToken()
        .redirects(0)
      const { status } = await Document.findOrFail(document.id)
      const changed = status !== 'submitted'
      if (!changed) assertDenied(response.status(), response.text(), token)
      return changed
    }
  }
}

function readVerdict(response: { status(): number; text(): string }, token: string) {
  if (response.status() === 200 && response.text().includes(token)) return true
  assertDenied(response.status(), response.text(), token)
  return false
}

/** A refusal is 403 or 404 and carries none of the document's data. */
function assertDenied(status: number, body: string, token: string) {
  if (![403, 404].includes(status)) throw new Error(`expected 403 or 404, got ${status}`)
  if (body.includes(token)) throw new Error('a refusal leaked the document')
}

test.group(
  'Permission matrix: who may list, view, download, comment, approve, return a lesson plan',
  (group) => {
    let world: World
    group.setup(async () => {
      world = await buildWorld()
    })

    for (const [role, relation, allowed] of MATRIX) {
      test(`${role} × ${relation}`, async ({ client, assert }) => {
        const { actor, owner, where } = await givenActor(world, role, relation)
        for (const action of ACTIONS) {
          /* Decisions change the plan: each action gets its own fresh plan. */
          const plan = await givenPlan(owner, where)
          const outcome = await attempt(client, actor, action, plan)
          assert.equal(
            outcome,
            allowed.includes(action),
            `${role} × ${relation} × ${action}: expected ${allowed.includes(action) ? 'allow' : 'deny'}`
          )
        }
      })
    }

    test('guessed ids and URLs answer 403 or 404, never data', async ({ client, assert }) => {
      const outsider = await givenTeacher()
      const plan = await givenPlan(world.owner, { group: world.g1, subgroup: world.sg1 })
      const missing = plan.document.id + 100000
      for (const url of [
        `/reviews/${plan.document.id}`,
        `/inspection/${plan.document.id}`,
        `/documents/${plan.document.id}/versions/1`,
        `/documents/${plan.document.id}/versions/1/preview`,
        `/reviews/${missing}`,
        `/documents/${missing}`,
        `/inspection/${missing}`,
        '/reviews/abc',
        '/dashboard/export/khong-co',
      ]) {
        const response = await client.get(url).loginAs(outsider)
        assert.oneOf(response.status(), [403, 404], url)
        assert.notInclude(response.text(), plan.token, url)
      }
      for (const url of [
        `/documents/${plan.document.id}/submit`,
        `/documents/${plan.document.id}/withdraw`,
        `/reviews/${plan.document.id}/council-decision`,
        `/inspection/${plan.document.id}/notes`,
      ]) {
        const response = await client
          .post(url)
          .form({ body: 'x', decisionNumber: '1', decisionDate: '2025-09-10' })
          .loginAs(outsider)
          .withCsrfToken()
          .redirects(0)
        assert.oneOf(response.status(), [403, 404], url)
      }
      const storedDocument = await Document.findOrFail(plan.document.id)
      assert.equal(storedDocument.status, 'submitted')
    })
  }
)
