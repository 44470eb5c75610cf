import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config({ignores: ['dist/', 'coverage/', 'node_modules/', '.scratch/']}, js.configs.recommended, ...tseslint.configs.recommended, {
  languageOptions: {globals: {...globals.node}},
  rules: {
    '@typescript-eslint/consistent-type-imports': 'error',
    '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    'no-control-regex': 'off'
  }
})
