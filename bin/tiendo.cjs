#!/usr/bin/env node
// The `tiendo` command: runs the bundled CLI (built by `npm install` through the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'main', 'cli.cjs');
if (!fs.existsSync(cli)) {
  console.error(
    'TienDo chưa được dựng: hãy chạy "npm run build:main" (hoặc "npm install") trong thư mục dự án.',
  );
  process.exit(1);
}
require(cli)
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
