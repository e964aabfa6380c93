import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Subjects and educational activities of the 2018 general education
 * programme, grades 6–12. The catalogue is reference data every database
 * needs (tests included), so the migration loads it: the rows as shipped,
 * written out here so that later edits of the app's catalogue
 * (app/organization/services/subject_catalogue.ts) never change what this
 * migration did. Frozen: database/migrations.sha256 keeps it so.
 */
export default class extends BaseSchema {
  protected tableName = 'subjects'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.increments('id')
      table.string('code', 40).notNullable().unique()
      table.string('name', 120).notNullable()
      table.text('levels').notNullable() // JSON array: ["thcs","thpt"]
      table.boolean('is_activity').notNullable().defaultTo(false)
      table.integer('sort_order').notNullable().defaultTo(0)
    })

    this.defer(async (db) => {
      await db.table(this.tableName).multiInsert(SUBJECTS)
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}

/* levels: JSON array of the school levels that teach the subject. */
const SUBJECTS = [
  { code: 'toan', name: 'Toán', levels: '["thcs","thpt"]', is_activity: false, sort_order: 1 },
  { code: 'ngu_van', name: 'Ngữ văn', levels: '["thcs","thpt"]', is_activity: false, sort_order: 2 },
  { code: 'ngoai_ngu_1', name: 'Ngoại ngữ 1', levels: '["thcs","thpt"]', is_activity: false, sort_order: 3 },
  { code: 'khtn', name: 'Khoa học tự nhiên', levels: '["thcs"]', is_activity: false, sort_order: 4 },
  { code: 'ls_dl', name: 'Lịch sử và Địa lí', levels: '["thcs"]', is_activity: false, sort_order: 5 },
  { code: 'gdcd', name: 'Giáo dục công dân', levels: '["thcs"]', is_activity: false, sort_order: 6 },
  { code: 'cong_nghe', name: 'Công nghệ', levels: '["thcs","thpt"]', is_activity: false, sort_order: 7 },
  { code: 'tin_hoc', name: 'Tin học', levels: '["thcs","thpt"]', is_activity: false, sort_order: 8 },
  { code: 'gdtc', name: 'Giáo dục thể chất', levels: '["thcs","thpt"]', is_activity: false, sort_order: 9 },
  { code: 'nghe_thuat', name: 'Nghệ thuật', levels: '["thcs"]', is_activity: false, sort_order: 10 },
  { code: 'vat_li', name: 'Vật lí', levels: '["thpt"]', is_activity: false, sort_order: 11 },
  { code: 'hoa_hoc', name: 'Hoá học', levels: '["thpt"]', is_activity: false, sort_order: 12 },
  { code: 'sinh_hoc', name: 'Sinh học', levels: '["thpt"]', is_activity: false, sort_order: 13 },
  { code: 'lich_su', name: 'Lịch sử', levels: '["thpt"]', is_activity: false, sort_order: 14 },
  { code: 'dia_li', name: 'Địa lí', levels: '["thpt"]', is_activity: false, sort_order: 15 },
  { code: 'gdkt_pl', name: 'Giáo dục kinh tế và pháp luật', levels: '["thpt"]', is_activity: false, sort_order: 16 },
  { code: 'am_nhac', name: 'Âm nhạc', levels: '["thpt"]', is_activity: false, sort_order: 17 },
  { code: 'mi_thuat', name: 'Mĩ thuật', levels: '["thpt"]', is_activity: false, sort_order: 18 },
  { code: 'gdqp_an', name: 'Giáo dục quốc phòng và an ninh', levels: '["thpt"]', is_activity: false, sort_order: 19 },
  { code: 'ngoai_ngu_2', name: 'Ngoại ngữ 2', levels: '["thcs","thpt"]', is_activity: false, sort_order: 20 },
  { code: 'hdtn_hn', name: 'Hoạt động trải nghiệm, hướng nghiệp', levels: '["thcs","thpt"]', is_activity: true, sort_order: 21 },
  { code: 'gddp', name: 'Nội dung giáo dục của địa phương', levels: '["thcs","thpt"]', is_activity: true, sort_order: 22 },
]
