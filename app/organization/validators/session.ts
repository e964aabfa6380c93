import vine from '@vinejs/vine'

export const loginValidator = vine.create({
  login: vine.string().trim().minLength(1).maxLength(254),
  password: vine.string().minLength(1).maxLength(200),
})

export const changePasswordValidator = vine.create({
  currentPassword: vine.string().minLength(1).maxLength(200),
  newPassword: vine.string().minLength(8).maxLength(200).confirmed({ confirmationField: 'newPasswordConfirmation' }),
})
