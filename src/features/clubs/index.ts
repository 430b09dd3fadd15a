export * from './api'
export * from './labels'
export type * from './types'
export { useAction } from './use-action'
