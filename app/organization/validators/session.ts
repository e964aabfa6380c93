import vine from '@vinejs/vine'
import { PASSWORD_MIN_LENGTH, passwordWeakness } from '#app/organization/services/password_policy'

export const loginValidator = vine.create({
  login: vine.string().trim().minLength(1).maxLength(254),
  password: vine.string().minLength(1).maxLength(200),
})

/** The account whose password is being set: the password must not contain its name. */
interface PasswordOwner {
  account: { username: string; email: string | null }
}

/** Refuses a password containing the account's name or found in the list of common passwords. */
const hardToGuess = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const weakness = passwordWeakness(value, (field.meta as PasswordOwner).account)
  if (weakness)
    field.report(
      `The {{ field }} is too easy to guess (${weakness})`,
      `password.${weakness}`,
      field
    )
})

/** A password someone chooses: every form that sets one uses this. */
function newPasswordRule() {
  return vine.string().minLength(PASSWORD_MIN_LENGTH).maxLength(200).use(hardToGuess())
}

export const changePasswordValidator = vine.withMetaData<PasswordOwner>().create({
  currentPassword: vine.string().minLength(1).maxLength(200),
  newPassword: newPasswordRule().confirmed({ confirmationField: 'newPasswordConfirmation' }),
})
