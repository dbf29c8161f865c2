import { DossierInputError } from './dossier-errors'

/** What `checkInput` needs of a zod schema: its verdict on a value, and the first issue. */
interface InputSchema {
  safeParse(value: unknown): {
    success: boolean
    error?: { issues: { path: PropertyKey[]; message: string }[] }
  }
}

/** Throws a `DossierInputError` saying what is wrong with `value` (a `what`) if `schema` refuses it. */
export const checkInput = (schema: InputSchema, value: unknown, what: string): void => {
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error?.issues[0]
    throw new DossierInputError(
      `invalid ${what}: ${issue ? `${issue.path.join('.') || 'value'} ${issue.message}` : 'rejected'}`,
    )
  }
}
