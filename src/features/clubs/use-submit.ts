import { useState } from 'react'
import { errorMessage } from '../../services/http'

/** A form's one submit at a time: `saving` for its button, `error` for <FormError> (the server's own words). */
export function useSubmit() {
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = async (work: () => Promise<unknown>) => {
    setError(null)
    setSaving(true)
    try {
      await work()
    } catch (err) {
      setError(errorMessage(err))
    } finally {
      setSaving(false)
    }
  }
  return { saving, error, setError, run }
}
