import { test } from '@japa/runner'
import { kindLevel, submitterRoles } from '#app/core/registries/kinds'
import {
  ROLES,
  ROLE_REGISTRY,
  grantableBy,
  rolesThat,
  theRoleThat,
} from '#app/core/registries/roles'

/*
 * The role registry says what directive 2.3 says; the invariants below
 * keep a future edit from opening a way up (a role granting a role above
 * what it administers).
 */
test.group('Role registry', () => {
  test('capabilities follow directive 2.3', ({ assert }) => {
    assert.sameMembers(rolesThat({ reviews: kindLevel('pl4') }), [
      'group_head',
      'subgroup_lead',
      'principal',
      'vice_principal',
    ])
    assert.sameMembers(rolesThat({ reviews: kindLevel('pl1') }), ['principal', 'vice_principal'])
    assert.sameMembers(rolesThat({ reviews: kindLevel('school_plan') }), ['principal'])
    assert.sameMembers(rolesThat('inspects'), [
      'office_inspector',
      'dept_specialist',
      'dept_leader',
    ])
    assert.sameMembers(rolesThat('seesEverything'), ['dept_leader', 'system_admin'])
    assert.sameMembers(rolesThat({ administers: 'school' }), ['school_admin'])
    assert.sameMembers(rolesThat({ administers: 'department' }), ['dept_admin', 'system_admin'])
    assert.sameMembers(
      ROLES.filter((role) => !ROLE_REGISTRY[role].readsPlans),
      ['school_admin', 'dept_admin']
    )
  })

  test('who heads, leads and covers what (directive 2.3)', ({ assert }) => {
    assert.equal(theRoleThat({ headOf: 'school' }), 'principal')
    assert.equal(theRoleThat({ headOf: 'group' }), 'group_head')
    assert.sameMembers(rolesThat('leadsGroup'), ['group_head', 'group_deputy'])
    assert.equal(theRoleThat('inspectsOffice'), 'office_inspector')
    assert.equal(theRoleThat('coversSubjects'), 'dept_specialist')
    assert.throws(() => theRoleThat('inspects'), /found 3/)
    assert.sameMembers(submitterRoles(), [
      'teacher',
      'group_head',
      'group_deputy',
      'subgroup_lead',
      'principal',
      'vice_principal',
    ])
  })

  test('nobody grants a role above what he administers', ({ assert }) => {
    for (const role of ROLES) {
      const traits = ROLE_REGISTRY[role]
      if (traits.administers === null) assert.lengthOf(traits.mayGrant, 0, role)
      if (traits.administers === 'school') {
        for (const granted of traits.mayGrant)
          assert.equal(ROLE_REGISTRY[granted].heldIn, 'school', `${role} → ${granted}`)
        assert.notInclude(traits.mayGrant, 'principal')
        assert.notInclude(traits.mayGrant, 'vice_principal')
      }
      if (role !== 'system_admin') {
        assert.notInclude(traits.mayGrant, 'system_admin', role)
        assert.notInclude(traits.mayGrant, 'dept_admin', role)
      }
    }
    assert.isFalse(grantableBy(['teacher', 'principal', 'dept_leader']).size > 0)
  })
})
