/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.scss'

/** project.config.json's `cloudEnv`: the CloudBase environment id ('' = the default one). */
declare const WTT_CLOUD_ENV: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production'
    /** The platform being built; Taro replaces it at build time. */
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_ID: string
  }
}

/** An imported icon: its URL (a data URL when small). */
declare module '*.svg' {
  const src: string
  export default src
}
