// Three levels, one runner: `npm test` builds what the later levels need,
// then runs every project (scripts/test.mjs).
const transform = {
  '^.+\\.[jt]sx?$': [
    'babel-jest',
    {
      configFile: false,
      babelrc: false,
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        '@babel/preset-typescript',
        ['@babel/preset-react', { runtime: 'automatic' }],
      ],
    },
  ],
}

// cookie 2 (under fastify's inject) ships only ES modules, which jest cannot require.
const transformIgnorePatterns = ['/node_modules/(?!cookie/)']

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/server/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/timeouts/unit.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/weapp/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/support/weapp/jsdom-globals.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/timeouts/weapp.ts'],
      transform,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/support/timeouts/e2e.ts'],
      transform,
    },
  ],
}
