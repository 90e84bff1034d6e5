/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production'
    /** The platform being built; Taro replaces it at build time. */
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID: string
  }
}
