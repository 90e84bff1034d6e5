module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    '@typescript-eslint/no-unused-vars': [
      'error',
      { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
    ],
  },
  overrides: [
    {
      // Type-aware rules: Babel strips types in jest and in the Taro build, so
      // a promise nobody awaits or a promise passed where a callback returns
      // nothing would otherwise reach readers unnoticed.
      files: ['**/*.ts', '**/*.tsx'],
      parserOptions: {
        project: ['./tsconfig.json', './server/tsconfig.json', './tests/tsconfig.json'],
        tsconfigRootDir: __dirname,
      },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      },
    },
    {
      files: ['server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'config/**/*.ts'],
      env: { node: true, jest: true },
      rules: { 'import/no-commonjs': 'off' },
    },
    {
      files: ['*.js'],
      env: { node: true },
      rules: { 'import/no-commonjs': 'off', '@typescript-eslint/no-var-requires': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'dist-h5/', 'node_modules/', '.data/', 'cloudfunctions/'],
}
