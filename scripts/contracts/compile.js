// Compiles contracts/src/DaiseeCollective.sol with solcjs (standard JSON, optimizer 200 runs)
// and writes DaiseeCollective.abi (pretty JSON, LF) and DaiseeCollective.bin (hex, no 0x)
// into the directory given as the first argument. Usage: node compile.js <solc module dir> <out dir>
'use strict';
const fs = require('fs');
const path = require('path');
const [solcDir, outDir] = process.argv.slice(2);
if (!solcDir || !outDir) {
  console.error('usage: node compile.js <solc module dir> <out dir>');
  process.exit(2);
}
const solc = require(path.resolve(solcDir));
const name = 'DaiseeCollective';
const source = fs.readFileSync(path.join(__dirname, '..', '..', 'contracts', 'src', name + '.sol'), 'utf8');
const input = {
  language: 'Solidity',
  sources: { [name + '.sol']: { content: source } },
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (output.errors || []).filter((e) => e.severity === 'error' || e.severity === 'warning');
if (errors.length > 0) {
  errors.forEach((e) => console.error(e.formattedMessage));
  process.exit(1);
}
const contract = output.contracts[name + '.sol'][name];
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(contract.abi, null, 2) + '\n');
fs.writeFileSync(path.join(outDir, name + '.bin'), contract.evm.bytecode.object + '\n');
console.log('compiled ' + name + ' with solc ' + solc.version() + ' into ' + outDir);
