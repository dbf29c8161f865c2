import { useId } from 'react'
import { DETECT_LANGUAGE, STORY_LANGUAGES } from '../../logic/library-file-kind'

interface Props {
  readonly value: string
  readonly onChange: (choice: string) => void
  readonly disabled?: boolean
}

/** The story's language: detected from its text (the default) or chosen. */
export const LanguageSelect = ({ value, onChange, disabled = false }: Props) => {
  const id = useId()
  return (
    <div className="language-select">
      <label htmlFor={id}>Language</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value={DETECT_LANGUAGE}>Detect from the text</option>
        {STORY_LANGUAGES.map((language) => (
          <option key={language.code} value={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  )
}
