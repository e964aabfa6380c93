import type { Random } from '#app/organization/seeding/random'

/*
 * Realistic Vietnamese full names built from common parts: family name,
 * middle name (by gender) and given name.
 */
const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Phan',
  'Trịnh',
  'Mai',
  'Đào',
  'Lương',
  'Cao',
  'Tô',
  'Hà',
  'Lưu',
  'Vương',
  'Tạ',
]
const FAMILY_WEIGHTS = [30, 11, 9, 7, 5, 4, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
const MIDDLE_FEMALE = [
  'Thị',
  'Thu',
  'Ngọc',
  'Thanh',
  'Minh',
  'Phương',
  'Hồng',
  'Thị',
  'Thuỳ',
  'Kim',
  'Bích',
  'Hải',
]
const MIDDLE_MALE = [
  'Văn',
  'Đức',
  'Minh',
  'Quang',
  'Hữu',
  'Thành',
  'Ngọc',
  'Văn',
  'Xuân',
  'Mạnh',
  'Tiến',
  'Duy',
]
const GIVEN_FEMALE = [
  'Lan',
  'Hương',
  'Mai',
  'Hoa',
  'Hằng',
  'Linh',
  'Trang',
  'Thảo',
  'Nga',
  'Yến',
  'Huyền',
  'Hạnh',
  'Dung',
  'Ngọc',
  'Phượng',
  'Oanh',
  'Thuý',
  'Hà',
  'Vân',
  'Loan',
  'Nhung',
  'Giang',
  'Quyên',
  'Thư',
]
const GIVEN_MALE = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Long',
  'Nam',
  'Sơn',
  'Thắng',
  'Khánh',
  'Quân',
  'Cường',
  'Đạt',
  'Hiếu',
  'Trung',
  'Việt',
  'Phong',
  'Bình',
  'Huy',
  'Thịnh',
  'Toàn',
  'Kiên',
  'Lợi',
  'Tùng',
  'Đông',
]

function weightedFamily(random: Random) {
  const total = FAMILY_WEIGHTS.reduce((sum, weight) => sum + weight, 0)
  let roll = random.next() * total
  for (const [index, element] of FAMILY.entries()) {
    roll -= FAMILY_WEIGHTS[index]
    if (roll < 0) return element
  }
  return FAMILY[0]
}

/** A full name; about seven teachers in ten are women, as in Vietnamese secondary schools. */
export function vietnameseName(random: Random) {
  const female = random.next() < 0.7
  const middle = random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)
  const given = random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)
  return `${weightedFamily(random)} ${middle} ${given}`
}
