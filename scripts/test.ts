// `npm test`: every level of tests on this machine. The weapp and e2e levels
// test build output, so both builds are made first; the e2e level needs
// Debian's chromium, installed here when missing (never skipped silently).
import { execSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from './chromium'

const run = (command: string, args: string[]) => {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}

function ensureChromium() {
  if (chromiumPath()) return
  const isRoot = process.getuid?.() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  if (!isRoot || !hasApt) {
    console.error(
      '\n端到端测试需要 Chromium，但本机没有找到。\n' +
        "The end-to-end tests need Debian's chromium: run `sudo apt-get install -y chromium fonts-noto-cjk`,\n" +
        'or point CHROMIUM_PATH at a Chromium binary, then run `npm test` again.\n',
    )
    process.exit(1)
  }
  console.log("Installing Debian's chromium and fonts-noto-cjk for the end-to-end tests…")
  execSync('apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium fonts-noto-cjk', {
    stdio: 'inherit',
  })
}

ensureChromium()
run('npm', ['run', '--silent', 'build:weapp'])
run('npm', ['run', '--silent', 'build:h5'])
run('npx', ['jest', ...process.argv.slice(2)])
