import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {
    webpackChain(chain) {
      // Extracted licence banners would ship as extra files in the size-limited package.
      // Chinese text as UTF-8 (3 bytes a character) rather than Taro's default \uXXXX escapes (6).
      chain.optimization.minimizer('terserPlugin').tap(([options]) => [
        {
          ...options,
          extractComments: false,
          terserOptions: { ...options.terserOptions, output: { ...options.terserOptions?.output, ascii_only: false } },
        },
      ])
    },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>
