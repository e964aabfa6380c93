import db from '@adonisjs/lucid/services/db'
import SchoolClass from '#app/organization/models/school_class'
import type { SchoolType } from '#app/organization/models/school'

/*
 * A school's classes (lớp) in a school year: 6A1…9A4 in a THCS, 10A1…12A6
 * in a THPT. Teachers' assignments point at them, so they are never
 * deleted here; a new year gets its own classes.
 */

/** Grades taught by a school type (THCS 6–9, THPT 10–12, multi-level both). */
export function gradesOf(type: SchoolType): number[] {
  if (type === 'thcs') return [6, 7, 8, 9]
  if (type === 'thpt') return [10, 11, 12]
  return [6, 7, 8, 9, 10, 11, 12]
}

/** The usual name of the n-th class of a grade: 6A1, 6A2… */
export function className(grade: number, n: number) {
  return `${grade}A${n}`
}

/** Whether a class name belongs to its grade: "6A1" to 6, "10A1" to 10, not "60A" to 6. */
export function nameFitsGrade(name: string, grade: number) {
  return name.startsWith(String(grade)) && !/^\d/.test(name.slice(String(grade).length))
}

export async function classesOf(schoolId: number, schoolYearId: number) {
  return SchoolClass.query()
    .where({ school_id: schoolId, school_year_id: schoolYearId })
    .orderBy('grade')
    .orderBy('name')
}

/** Classes grouped by grade, each grade's list in natural order (6A2 before 6A10). */
export function byGrade(classes: SchoolClass[]) {
  const collator = new Intl.Collator('vi', { numeric: true })
  const grades = new Map<number, SchoolClass[]>()
  for (const schoolClass of classes)
    grades.set(schoolClass.grade, [...(grades.get(schoolClass.grade) ?? []), schoolClass])
  return [...grades.entries()].map(([grade, list]) => ({
    grade,
    classes: list.sort((a, b) => collator.compare(a.name, b.name)),
  }))
}

/**
 * Creates classes gradeA1…gradeAN for each grade, skipping names the
 * school already has this year (running it twice adds nothing). Returns
 * how many were created.
 */
export async function createClassesPerGrade(
  schoolId: number,
  schoolYearId: number,
  grades: number[],
  perGrade: number
) {
  const existing = await db
    .from('classes')
    .where({ school_id: schoolId, school_year_id: schoolYearId })
    .select('name')
  const taken = new Set(existing.map((row) => String(row.name)))
  const rows = []
  for (const grade of grades) {
    for (let n = 1; n <= perGrade; n++) {
      const name = className(grade, n)
      if (!taken.has(name)) rows.push({ schoolId, schoolYearId, grade, name })
    }
  }
  if (rows.length) await SchoolClass.createMany(rows)
  return rows.length
}
