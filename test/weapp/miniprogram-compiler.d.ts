// miniprogram-compiler ships no types: each call compiles the whole folder and throws on an error.
declare module 'miniprogram-compiler' {
  export function wxmlToJs(rootPath: string, options?: Record<string, unknown>): string;
  export function wxssToJs(rootPath: string, options?: Record<string, unknown>): string;
}
