import { useCallback, useState } from 'react'
import { errorMessage } from '../../services/http'

/** One button's request: `busy` while it runs, the server's Chinese message in `error` when it fails. */
export function useAction<A extends unknown[]>(work: (...args: A) => Promise<unknown>) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (...args: A): Promise<boolean> => {
      setBusy(true)
      setError(null)
      try {
        await work(...args)
        return true
      } catch (err) {
        setError(errorMessage(err))
        return false
      } finally {
        setBusy(false)
      }
    },
    [work],
  )
  return { run, busy, error, setError }
}
