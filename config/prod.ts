import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {
    webpackChain(chain) {
      // Extracted licence banners would ship as extra files in the size-limited package.
      chain.optimization
        .minimizer('terserPlugin')
        .tap(([options]) => [{ ...options, extractComments: false }])
    },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>
