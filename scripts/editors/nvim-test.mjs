// `npm run test:nvim`: headless Neovim, configured with README.md's own Lua block for the installed
// version (the block marked `<!-- ci: nvim X.Y -->` with the highest X.Y not above it), opens a fic with
// a misspelled canon name in a copy of the fixture workspace and must receive the server's
// `canon.misspelled-name` diagnostic for it, and none for the names spelled right. `fic-language-server`
// is this checkout's out/server.js (run `npm run build` first), put on PATH as `npm link` would.
// Installs Debian's `neovim` with apt-get when `nvim` is missing. The README's other Neovim blocks are
// at least compiled by this Neovim's Lua, so a syntax slip in them fails too.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadReadmeBlocks, editorBlockFor, repo } from '../readme/blocks.mjs';

const TIMEOUT_MS = 90_000;
const log = (m) => console.log(`[nvim] ${m}`);

function ensureNeovim() {
  if (spawnSync('nvim', ['--version']).status === 0) return;
  log('nvim is missing: installing Debian\'s neovim package');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => {
    const [cmd, ...rest] = [...sudo, 'apt-get', '-o', 'DPkg::Lock::Timeout=600', ...args];
    const r = spawnSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.status})`);
  };
  apt('update', '-qq');
  apt('install', '-y', '-qq', 'neovim');
}

function nvimVersion() {
  const out = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const m = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(out);
  if (!m) throw new Error(`cannot read the version from \`nvim --version\`: ${out.split('\n')[0]}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Runs headless Neovim in `cwd`; the Lua in `harness` ends it and writes `result`. */
function nvim(args, cwd, env) {
  return spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', ...args], { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS });
}

// Waits for the fic's diagnostics, then writes one line per diagnostic and the attached clients.
const harness = (result) => `
local got = vim.wait(${TIMEOUT_MS - 20_000}, function() return #vim.diagnostic.get(0) > 0 end, 100)
local out = { 'filetype ' .. vim.bo.filetype }
local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)()
for _, c in pairs(clients) do table.insert(out, 'client ' .. c.name) end
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format('diagnostic %d:%d %s %s', d.lnum + 1, d.col + 1, tostring(d.code), d.message))
end
if not got then table.insert(out, 'timeout no diagnostics arrived') end
local f = assert(io.open(${JSON.stringify(result)}, 'w'))
f:write(table.concat(out, '\\n') .. '\\n')
f:close()
vim.cmd('qa!')
`;

function main() {
  const server = path.join(repo, 'out/server.js');
  if (!fs.existsSync(server)) throw new Error(`${server} is missing: run \`npm run build\` first`);
  ensureNeovim();
  const version = nvimVersion();
  const blocks = loadReadmeBlocks();
  const block = editorBlockFor(blocks, 'nvim', version);
  if (!block) throw new Error(`README.md has no \`<!-- ci: nvim X.Y -->\` Lua block for Neovim ${version.join('.')}`);
  log(`Neovim ${version.join('.')}: README.md's Lua block at line ${block.line} (${block.marker})`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fic-nvim-'));
  try {
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(server, path.join(bin, 'fic-language-server'));
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, XDG_CONFIG_HOME: path.join(tmp, 'config'), XDG_DATA_HOME: path.join(tmp, 'data'), XDG_STATE_HOME: path.join(tmp, 'state') };

    // Every README Neovim block must at least compile.
    const compile = path.join(tmp, 'compile.lua');
    const sources = blocks.filter((b) => b.lang === 'lua' && /^nvim /.test(b.marker));
    sources.forEach((b, i) => fs.writeFileSync(path.join(tmp, `block-${i}.lua`), b.code));
    fs.writeFileSync(
      compile,
      `local bad = {}
for i = 0, ${sources.length - 1} do
  local name = ${JSON.stringify(tmp)} .. '/block-' .. i .. '.lua'
  local ok, err = loadfile(name)
  if not ok then table.insert(bad, err) end
end
local f = assert(io.open(${JSON.stringify(path.join(tmp, 'compile.txt'))}, 'w'))
f:write(table.concat(bad, '\\n'))
f:close()
vim.cmd('qa!')
`,
    );
    nvim(['-u', 'NONE', '-c', `luafile ${compile}`], tmp, env);
    const compileErrors = fs.existsSync(path.join(tmp, 'compile.txt')) ? fs.readFileSync(path.join(tmp, 'compile.txt'), 'utf8').trim() : 'nvim did not run';
    if (compileErrors) throw new Error(`README.md's Neovim Lua does not compile:\n${compileErrors}`);
    log(`all ${sources.length} README Neovim blocks compile`);

    // A project: the fixture workspace (a fic with 'Rukai' for 'Rukia', and names.canon), under git.
    const ws = path.join(tmp, 'project');
    fs.cpSync(path.join(repo, 'client/test/fixtures/workspace'), ws, { recursive: true });
    fs.mkdirSync(path.join(ws, '.git'));
    const init = path.join(tmp, 'init.lua');
    fs.writeFileSync(init, block.code + '\n');
    const result = path.join(tmp, 'result.txt');
    fs.writeFileSync(path.join(tmp, 'harness.lua'), harness(result));
    const r = nvim(['-u', init, 'roof.fic', '-c', `luafile ${path.join(tmp, 'harness.lua')}`], ws, env);
    if (!fs.existsSync(result)) {
      throw new Error(`Neovim wrote no result (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${r.stdout}${r.stderr}`);
    }
    const lines = fs.readFileSync(result, 'utf8').trim().split('\n');
    for (const l of lines) log(l);
    const problems = [];
    if (!lines.includes('filetype fic')) problems.push('roof.fic did not get filetype fic');
    if (!lines.includes('client fic')) problems.push('no client named fic');
    const diagnostics = lines.filter((l) => l.startsWith('diagnostic '));
    if (!diagnostics.some((l) => /^diagnostic 16:\d+ canon\.misspelled-name .*Rukai.*Rukia/.test(l))) {
      problems.push("no canon.misspelled-name diagnostic for 'Rukai' on line 16");
    }
    const wrong = diagnostics.filter((l) => /canon\./.test(l) && !/Rukai/.test(l));
    if (wrong.length) problems.push(`canon diagnostics for names spelled right: ${wrong.join('; ')}`);
    if (problems.length) throw new Error(problems.join('\n'));
    log(`ok: Neovim ${version.join('.')} with README.md's config sees the canon diagnostic`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`[nvim] FAIL ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
