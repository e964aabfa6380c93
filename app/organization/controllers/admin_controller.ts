import type { HttpContext } from '@adonisjs/core/http'
import School from '#app/organization/models/school'
import { AccessScope } from '#app/organization/services/access_scope'
import { AdminReach } from '#app/organization/services/admin_reach'

/** /admin: where the signed-in administrator can act (their schools, the department). */
export default class AdminController {
  async show({ auth, view, response }: HttpContext) {
    const reach = AdminReach.of(await AccessScope.for(auth.user!))
    const department = reach.department
    const schools = department
      ? []
      : await School.query()
          .whereIn('id', [...reach.schoolIds])
          .orderBy('name')

    if (!department && schools.length === 0)
      return response.forbidden(await view.render('pages/errors/forbidden'))
    if (!department && schools.length === 1)
      return response.redirect().toRoute('school_groups.index', { schoolId: schools[0].id })
    return view.render('pages/organization/admin_home', { department, schools })
  }
}
