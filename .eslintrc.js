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
