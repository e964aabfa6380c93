/*
|--------------------------------------------------------------------------
| Organization routes: sign-in, own account
|--------------------------------------------------------------------------
*/
import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

router
  .group(() => {
    router.get('login', [controllers.organization.Session, 'create'])
    router.post('login', [controllers.organization.Session, 'store'])
  })
  .use(middleware.guest())

router
  .group(() => {
    router.post('logout', [controllers.organization.Session, 'destroy'])
    router
      .get('account/password', [controllers.organization.Password, 'edit'])
      .as('account.password.edit')
    router
      .put('account/password', [controllers.organization.Password, 'update'])
      .as('account.password.update')
  })
  .use(middleware.auth())

/*
|--------------------------------------------------------------------------
| Administration: a school's groups, staff and roles; the department's
| schools, offices, routing, specialists and school years. Policies decide.
|--------------------------------------------------------------------------
*/
router
  .group(() => {
    router.get('/', [controllers.organization.Admin, 'show'])

    router
      .group(() => {
        router.get('/', [controllers.organization.SchoolGroups, 'index'])
        router.post('groups', [controllers.organization.SchoolGroups, 'store'])
        router.get('groups/:groupId/edit', [controllers.organization.SchoolGroups, 'edit'])
        router.put('groups/:groupId', [controllers.organization.SchoolGroups, 'update'])
        router.put('groups/:groupId/status', [
          controllers.organization.SchoolGroups,
          'updateStatus',
        ])
        router.post('groups/:groupId/subgroups', [controllers.organization.Subgroups, 'store'])
        router.get('groups/:groupId/subgroups/:subgroupId/edit', [
          controllers.organization.Subgroups,
          'edit',
        ])
        router.put('groups/:groupId/subgroups/:subgroupId', [
          controllers.organization.Subgroups,
          'update',
        ])
        router.put('groups/:groupId/subgroups/:subgroupId/status', [
          controllers.organization.Subgroups,
          'updateStatus',
        ])
        router.get('classes', [controllers.organization.SchoolClasses, 'index'])
        router.post('classes', [controllers.organization.SchoolClasses, 'store'])
        router.post('classes/batch', [controllers.organization.SchoolClasses, 'storeBatch'])
        router.put('classes/:classId', [controllers.organization.SchoolClasses, 'update'])
        router.delete('classes/:classId', [controllers.organization.SchoolClasses, 'destroy'])
        router.get('staff', [controllers.organization.Staff, 'index'])
        router.post('staff', [controllers.organization.Staff, 'store'])
        router.get('staff/:userId', [controllers.organization.StaffRoles, 'index'])
        router.post('staff/:userId/roles', [controllers.organization.StaffRoles, 'store'])
        router.delete('staff/:userId/roles/:assignmentId', [
          controllers.organization.StaffRoles,
          'destroy',
        ])
        router.put('staff/:userId/roles/:assignmentId/teaching', [
          controllers.organization.StaffTeaching,
          'update',
        ])
        router.post('staff/:userId/password', [
          controllers.organization.StaffAccounts,
          'resetPassword',
        ])
        router.put('staff/:userId/status', [controllers.organization.StaffAccounts, 'updateStatus'])
        router.get('imports/template', [controllers.organization.StaffImports, 'template'])
        router.get('imports/new', [controllers.organization.StaffImports, 'create'])
        router
          .post('imports', [controllers.organization.StaffImports, 'store'])
          .use(middleware.upload())
        router.get('imports/:batchId', [controllers.organization.StaffImports, 'show'])
        router.post('imports/:batchId/confirm', [controllers.organization.StaffImports, 'confirm'])
        router.get('imports/:batchId/passwords', [
          controllers.organization.StaffImports,
          'passwords',
        ])
      })
      .prefix('schools/:schoolId')
      .where('schoolId', router.matchers.number())
      .where('groupId', router.matchers.number())
      .where('subgroupId', router.matchers.number())
      .where('userId', router.matchers.number())
      .where('assignmentId', router.matchers.number())

    router
      .group(() => {
        router.get('/', [controllers.organization.DepartmentSchools, 'index'])
        router.post('schools', [controllers.organization.DepartmentSchools, 'store'])
        router.get('schools/:id/edit', [controllers.organization.DepartmentSchools, 'edit'])
        router.put('schools/:id', [controllers.organization.DepartmentSchools, 'update'])
        router.get('units', [controllers.organization.DepartmentUnits, 'index'])
        router.post('units', [controllers.organization.DepartmentUnits, 'store'])
        router.get('units/:id/edit', [controllers.organization.DepartmentUnits, 'edit'])
        router.put('units/:id', [controllers.organization.DepartmentUnits, 'update'])
        router.get('specialists', [controllers.organization.Specialists, 'index'])
        router.post('specialists', [controllers.organization.Specialists, 'store'])
        router.put('specialists/:id', [controllers.organization.Specialists, 'update'])
        router.get('school-years', [controllers.organization.SchoolYears, 'index'])
        router.post('school-years', [controllers.organization.SchoolYears, 'store'])
        router.put('school-years/:id/current', [
          controllers.organization.SchoolYears,
          'makeCurrent',
        ])
        router.get('school-years/:id/holidays', [
          controllers.organization.SchoolYearHolidays,
          'edit',
        ])
        router.put('school-years/:id/holidays', [
          controllers.organization.SchoolYearHolidays,
          'update',
        ])
      })
      .prefix('department')
      .where('id', router.matchers.number())
  })
  .prefix('admin')
  .use([middleware.auth(), middleware.passwordChanged()])
