import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import projectConfig from '../project.config.json'
import devConfig from './dev'
import prodConfig from './prod'

// https://docs.taro.zone/docs/config-detail
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'wutongtai-miniprogram',
    date: '2026-11-27',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // dist/ is what the WeChat DevTools open; the h5 build must never mix into it.
    outputRoot: process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist',
    plugins: [],
    // The CloudBase environment is set once, beside the AppID, in project.config.json.
    defineConstants: { WTT_CLOUD_ENV: JSON.stringify(projectConfig.cloudEnv) },
    // The browser asks every site for /favicon.ico: the h5 build has one (the mini-program needs none).
    copy: {
      patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'src/assets/h5/favicon.ico', to: 'dist-h5/favicon.ico' }] : [],
      options: {},
    },
    framework: 'react',
    // WXML cannot recurse, so Taro writes one template set per nesting level
    // (16 by default, ~2.7 KB each in the main package's base.wxml): levels
    // 0 to baseLevel - 2, then a container. Our deepest pages nest 7 elements
    // (a list card's meta line), which level 6 draws; level 7 is room for one
    // more (a reply under a comment). Deeper trees would go on through Taro's
    // comp component, a component boundary each: tests/weapp/render-budget
    // fails first.
    baseLevel: 9,
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Each component's stylesheet stands alone (BEM classes): the order in which pages and
      // subpackages import them cannot matter, as on h5 below.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
