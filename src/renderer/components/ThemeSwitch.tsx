import { useId } from 'react'
import { THEME_CHOICES, THEME_LABELS, parseThemeChoice } from '../logic/theme-choice'
import { chooseTheme, useThemeChoice } from '../state/theme'

/** System / Light / Dark, remembered in this browser; in the dossier's and the library's header. */
export const ThemeSwitch = () => {
  const choice = useThemeChoice()
  const id = useId()
  return (
    <div className="theme-switch">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => chooseTheme(parseThemeChoice(event.target.value))}
        data-theme-switch=""
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {THEME_LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  )
}
