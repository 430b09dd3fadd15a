/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** Set by the Taro CLI from `--type`. */
    TARO_ENV: 'weapp' | 'h5' | string
    /** API origin for the mini-program build; forwarded by config/index.ts. */
    TARO_APP_API_BASE?: string
  }
}
