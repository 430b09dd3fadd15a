import { useCallback, useState } from 'react'
import { errorMessage } from '../services/http'

/**
 * One button's request: `busy` while it runs (the button shows a spinner and ignores taps), the
 * server's Chinese message in `error` when it fails. Resolves with the answer, or undefined.
 */
export function useAction<A extends unknown[], T>(work: (...args: A) => Promise<T>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (...args: A): Promise<T | undefined> => {
      setBusy(true)
      setError(null)
      try {
        return await work(...args)
      } catch (err) {
        setError(errorMessage(err))
        return undefined
      } finally {
        setBusy(false)
      }
    },
    [work],
  )
  return { run, busy, error, setError }
}
