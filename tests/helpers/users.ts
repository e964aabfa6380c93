import User from '#app/organization/models/user'

let counter = 0

export const TEST_PASSWORD = 'mat-khau-thu-nghiem'

/** A signed-up person with a known password (Given … in the tests' words). */
export async function givenUser(
  overrides: Partial<
    Pick<User, 'username' | 'email' | 'fullName' | 'mustChangePassword' | 'isActive'>
  > = {}
) {
  counter += 1
  return User.create({
    username: `nguoi.dung${counter}.${process.pid}`,
    fullName: 'Trần Văn Bình',
    email: null,
    password: TEST_PASSWORD,
    mustChangePassword: false,
    isActive: true,
    ...overrides,
  })
}
