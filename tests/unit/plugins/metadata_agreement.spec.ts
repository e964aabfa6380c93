import plugin from '#plugins/metadata-agreement/index'
import { buildPlan } from '#tests/fixtures/plans'
import { fromSpec, lines } from './model_helpers.js'
import { pluginTester } from './plugin_tester.js'

pluginTester(plugin, {
  valid: [
    { name: 'PL IV for Toán lớp 6', document: fromSpec(buildPlan('pl4')) },
    {
      name: 'PL I for Toán khối 6 in 2025 - 2026',
      document: fromSpec(buildPlan('pl1')),
      submission: { kind: 'pl1' },
    },
    {
      name: 'PL III for class 6A1 without diacritics',
      document: fromSpec(buildPlan('pl3', { withoutDiacritics: true })),
      submission: { kind: 'pl3' },
    },
    {
      name: 'school plan (no subject or grade to compare)',
      document: fromSpec(buildPlan('school')),
      submission: { kind: 'school_plan' },
    },
    {
      name: 'KHTN written as its abbreviation',
      document: lines('Môn học: KHTN; lớp: 7\nTÊN BÀI DẠY: Tốc độ'),
      submission: { subject: { code: 'KHTN', name: 'Khoa học tự nhiên' }, grade: 7 },
    },
    {
      name: '"Số lớp: 8" is not a grade',
      document: lines(
        'MÔN HỌC TOÁN, KHỐI LỚP 6\n(Năm học 2025-2026)\n1. Số lớp: 8; Số học sinh: 320'
      ),
      submission: { kind: 'pl1' },
    },
    {
      name: '"Lịch sử và Địa lí" written for Lịch sử (the whole of the declared part)',
      document: lines('Môn học: Lịch sử và Địa lí; lớp: 7\nTÊN BÀI DẠY: Nhà Tống'),
      submission: { subject: { code: 'lichsu', name: 'Lịch sử' }, grade: 7 },
    },
    {
      name: 'LS&ĐL written as its abbreviation',
      document: lines('Môn học: LS&ĐL; lớp: 7\nTÊN BÀI DẠY: Nhà Tống'),
      submission: { subject: { code: 'lsdl', name: 'Lịch sử và Địa lí' }, grade: 7 },
    },
    {
      name: 'the lesson title declared matches',
      document: fromSpec(buildPlan('pl4')),
      submission: { lessonTitle: 'Phân số với tử và mẫu là số nguyên' },
    },
  ],
  invalid: [
    {
      name: "last year's plan",
      document: fromSpec(buildPlan('pl1', { schoolYear: '2024 - 2025' })),
      submission: { kind: 'pl1' },
      errors: [{ messageId: 'schoolYearMismatch', severity: 'error' }],
    },
    {
      name: 'lớp 7 uploaded for grade 6',
      document: fromSpec(buildPlan('pl4', { grade: 7 })),
      errors: [{ messageId: 'gradeMismatch', severity: 'error' }],
    },
    {
      name: 'Ngữ văn uploaded for Toán',
      document: fromSpec(buildPlan('pl3', { subject: 'Ngữ văn' })),
      submission: { kind: 'pl3' },
      errors: ['subjectMismatch'],
    },
    {
      name: 'Lịch sử for the integrated Lịch sử và Địa lí',
      document: lines('Môn học: Lịch sử; lớp: 7\nTÊN BÀI DẠY: Nhà Tống'),
      submission: { subject: { code: 'lsdl', name: 'Lịch sử và Địa lí' }, grade: 7 },
      errors: [{ messageId: 'subjectRelated', severity: 'info' }],
    },
    {
      name: 'Địa lí for the integrated Lịch sử và Địa lí',
      document: lines('Môn học: Địa lí; lớp: 8\nTÊN BÀI DẠY: Khí hậu'),
      submission: { subject: { code: 'lsdl', name: 'Lịch sử và Địa lí' }, grade: 8 },
      errors: [{ messageId: 'subjectRelated', severity: 'info' }],
    },
    {
      name: 'Vật lí inside KHTN',
      document: lines('Môn học: Vật lí; lớp: 7\nTÊN BÀI DẠY: Tốc độ'),
      submission: { subject: { code: 'khtn', name: 'Khoa học tự nhiên' }, grade: 7 },
      errors: [{ messageId: 'subjectRelated', severity: 'info' }],
    },
    {
      name: 'KHTN written for Sinh học',
      document: lines('Môn học: Khoa học tự nhiên; lớp: 7\nTÊN BÀI DẠY: Tế bào'),
      submission: { subject: { code: 'sinhhoc', name: 'Sinh học' }, grade: 7 },
      errors: [{ messageId: 'subjectRelated', severity: 'info' }],
    },
    {
      name: 'Âm nhạc inside Nghệ thuật',
      document: lines('Môn học: Âm nhạc; lớp: 6\nTÊN BÀI DẠY: Hát'),
      submission: { subject: { code: 'nghethuat', name: 'Nghệ thuật' } },
      errors: [{ messageId: 'subjectRelated', severity: 'info' }],
    },
    {
      name: 'Mĩ thuật inside Nghệ thuật',
      document: lines('Môn học: Mĩ thuật; lớp: 6\nTÊN BÀI DẠY: Vẽ tranh'),
      submission: { subject: { code: 'nghethuat', name: 'Nghệ thuật' } },
      errors: [{ messageId: 'subjectRelated', severity: 'info' }],
    },
    {
      name: 'Hoá học for Vật lí (two parts, not one inside the other)',
      document: lines('Môn học: Hoá học; lớp: 10\nTÊN BÀI DẠY: Nguyên tử'),
      submission: { subject: { code: 'vatli', name: 'Vật lí' }, grade: 10, schoolLevel: 'thpt' },
      errors: [{ messageId: 'subjectMismatch', severity: 'error' }],
    },
    {
      name: 'Địa lí for Lịch sử',
      document: lines('Môn học: Địa lí; lớp: 10\nTÊN BÀI DẠY: Khí hậu'),
      submission: { subject: { code: 'lichsu', name: 'Lịch sử' }, grade: 10, schoolLevel: 'thpt' },
      errors: [{ messageId: 'subjectMismatch', severity: 'error' }],
    },
    {
      name: 'Toán for Ngữ văn',
      document: lines('Môn học: Toán; lớp: 6\nTÊN BÀI DẠY: Phân số'),
      submission: { subject: { code: 'nguvan', name: 'Ngữ văn' } },
      errors: [{ messageId: 'subjectMismatch', severity: 'error' }],
    },
    {
      name: 'no year line in PL II (info: the form holds the year)',
      document: lines('KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG GIÁO DỤC'),
      submission: { kind: 'pl2' },
      errors: [{ messageId: 'schoolYearNotFound', severity: 'info' }],
    },
    {
      name: 'no grade or subject in a lesson plan (info: the form holds them)',
      document: lines('TÊN BÀI DẠY: Phân số\nI. Mục tiêu'),
      errors: [
        { messageId: 'gradeNotFound', severity: 'info' },
        { messageId: 'subjectNotFound', severity: 'info' },
      ],
    },
    {
      name: 'a grade met only in prose is info, a labelled one an error',
      document: lines('TÊN BÀI DẠY: Phân số\nHọc sinh đã học phân số ở lớp 5'),
      errors: [{ messageId: 'gradeMismatch', severity: 'info' }, 'subjectNotFound'],
    },
    {
      name: 'Dạy lớp: 7A for grade 6 is an error',
      document: lines('TÊN BÀI DẠY: Phân số\nMôn học: Toán\nDạy lớp: 7A'),
      errors: [{ messageId: 'gradeMismatch', severity: 'error' }],
    },
    {
      name: 'Môn: Toán 7 for grade 6 is an error',
      document: lines('TÊN BÀI DẠY: Phân số\nMôn: Toán 7'),
      errors: [{ messageId: 'gradeMismatch', severity: 'error' }],
    },
    {
      name: 'another lesson than declared',
      document: fromSpec(buildPlan('pl4')),
      submission: { lessonTitle: 'So sánh phân số' },
      errors: [{ messageId: 'lessonTitleMismatch', severity: 'warning' }],
    },
  ],
})
