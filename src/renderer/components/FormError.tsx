/** A form's error, announced when it appears. */
export const FormError = ({
  id,
  message,
}: {
  readonly id: string
  readonly message: string | null
}) =>
  message === null ? null : (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  )
