/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    /** Set by the Taro CLI from `--type`. */
    TARO_ENV: 'weapp' | 'h5' | string;
    /** API origin for the mini-program build; forwarded by config/index.ts. */
    TARO_APP_API_BASE?: string;
    /** 微信云托管 environment id and service name: set both and every call goes through callContainer. */
    TARO_APP_CLOUD_ENV?: string;
    TARO_APP_CLOUD_SERVICE?: string;
  }
}
